// The hub coordinator's command for callback requests (`npm run hub -- <command>`).
// It runs on the coordinator's machine; the private key never goes near the site.
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { generateKeyPair, keyId } from '../src/lib/callback/seal.ts';
import { CallbackStore } from '../src/server/callback-store.ts';
import { DEV_KEY_DIR, OLD_DEV_KEY_DIR, PRIVATE_FILE, PUBLIC_FILE } from '../src/server/key-settings.ts';
import { toCsv } from './hub/csv.ts';
import { readPrivateKeys } from './hub/keys.ts';
import { checkRow, openRows } from './hub/rows.ts';
import { safeJson, visible } from './hub/safe-text.ts';
import { UsageError } from './hub/usage-error.ts';
import { pull } from './hub/pull.ts';
import { startDesk } from './hub/desk-server.ts';
import { DeskStore } from './hub/desk-store.ts';
import type { ReportedRecord } from './hub/desk-page.ts';
import { readServices, SERVICES_DIR } from './lib/content.ts';
import { neutralId } from '../src/lib/neutral-path.ts';
import { LOCALE_CODES } from '../src/i18n/locales.ts';
import { confirmRecord, type Confirmation } from '../src/lib/content-confirm.ts';
import { CONFIRM_METHODS } from '../src/lib/schema/service.ts';
import { hubTokenHash, newHubToken } from '../src/server/hub-token.ts';

const TOKEN_FILE = 'hub-token.txt';

const USAGE = `Usage: npm run hub -- <command>

  keygen [--out <dir>]              make a key pair: <dir>/${PRIVATE_FILE} (keep it secret)
                                    and <dir>/${PUBLIC_FILE} (the site's PATHWAY_CALLBACK_KEY),
                                    and the pull token <dir>/${TOKEN_FILE} (its hash is the
                                    site's PATHWAY_HUB_TOKEN_SHA256)
  keygen --dev                      the development pair in ${DEV_KEY_DIR}/, unless it exists,
                                    marked "development": true (a production server refuses it)
  pull --from <https://site> --token-file <file>
                                    fetch the site's waiting requests into this machine's
                                    inbox; the site deletes each once it is stored here
  inbox --key <private.jwk>... [--port <n>] [--lang <code>] [--retention-days <n>]
                                    the inbox as a page on http://127.0.0.1 (this machine
                                    only): requests opened with the key, labelled in --lang
                                    (default en), soonest safe time first, with a status and
                                    a note each; problem reports grouped by service beside
                                    the record (--services, default content/services);
                                    closed ones are deleted after the retention days
                                    (default 30)
  confirm <service id> --method phone|email|website|in-person [--date YYYY-MM-DD]
                                    you checked the record with the service: its file in
                                    content/services/ becomes active, checked that day, and
                                    keeps the method (comments and order kept)
  list                              ids and the hour each arrived; no content
  read --key <private.jwk> [--key <older.jwk> | --key <folder>]... [--csv | --json] [--id <id>]
                                    open and print requests (CSV or JSON to export); give
                                    every key a request may be sealed to (a folder: its *.jwk)
  delete <id>                       delete one request
  purge --older-than <days>         delete requests older than that

The hub's inbox is $PATHWAY_HUB_DIR/callback.sqlite (default .hub/): on the coordinator's
machine, the one \`pull\` fills; never the site's own data folder (.data/), or a pull from
this machine's own server would delete what it stores.`;

/** The coordinator's inbox: apart from the server's PATHWAY_DATA_DIR (see USAGE). */
const dataDir = () => process.env.PATHWAY_HUB_DIR || '.hub';

/** The token in `path`, refusing a file others may read (it opens the site's inbox). */
function readToken(path: string | undefined): string {
  if (!path) throw new UsageError('pull needs --token-file <file> (made by `keygen`).');
  let text: string;
  try {
    if ((statSync(path).mode & 0o077) !== 0) throw new UsageError(`${path} may be read by others: chmod 600 it first.`);
    text = readFileSync(path, 'utf8').trim();
  } catch (error) {
    if (error instanceof UsageError) throw error;
    throw new UsageError(`Cannot read the token file ${path}.`);
  }
  if (!/^[A-Za-z0-9_-]{32,512}$/.test(text)) throw new UsageError(`${path} does not hold a hub token.`);
  return text;
}

/** The pull token in `dir`, made when missing: the coordinator keeps it; the site only its hash. */
function ensureToken(dir: string): { token: string; tokenPath: string } {
  const tokenPath = join(dir, TOKEN_FILE);
  if (existsSync(tokenPath)) return { token: readFileSync(tokenPath, 'utf8').trim(), tokenPath };
  const token = newHubToken();
  writeFileSync(tokenPath, `${token}\n`, { mode: 0o600 });
  chmodSync(tokenPath, 0o600);
  return { token, tokenPath };
}

async function keygen(out: string | undefined, dev: boolean): Promise<void> {
  if (dev && process.env.PATHWAY_CALLBACK_KEY) return; // the build uses a real key
  const dir = out ?? (dev ? DEV_KEY_DIR : '.');
  const privatePath = join(dir, PRIVATE_FILE);
  const publicPath = join(dir, PUBLIC_FILE);
  if (existsSync(privatePath)) {
    if (dev) {
      ensureToken(dir);
      return;
    }
    throw new UsageError(`${privatePath} already exists: move it away first, or choose --out <dir>.`);
  }
  const pair = await generateKeyPair();
  const kid = await keyId(pair.publicKey);
  const settings = dev ? { kid, publicKey: pair.publicKey, development: true } : { kid, publicKey: pair.publicKey };
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  writeFileSync(privatePath, `${JSON.stringify({ ...pair.privateKey, kid }, null, 2)}\n`, { mode: 0o600 });
  chmodSync(privatePath, 0o600);
  writeFileSync(publicPath, `${JSON.stringify(settings, null, 2)}\n`);
  const { token, tokenPath } = ensureToken(dir);
  if (dev) {
    console.log(`Development callback key ${kid} written to ${dir}/.`);
    if (existsSync(join(OLD_DEV_KEY_DIR, PRIVATE_FILE))) {
      console.log(`An older development key pair is still in ${OLD_DEV_KEY_DIR}/, next to the inbox: delete that folder.`);
    }
    return;
  }
  console.log(`Private key: ${privatePath} (keep it on this machine only)`);
  console.log(`Public key settings: ${publicPath}; build the site with PATHWAY_CALLBACK_KEY=${publicPath}`);
  console.log(`Pull token: ${tokenPath} (keep it on this machine only); start the site with`);
  console.log(`  PATHWAY_HUB_TOKEN_SHA256=${hubTokenHash(token)}`);
  console.log(JSON.stringify(settings, null, 2));
}

async function read(store: CallbackStore, keyPaths: readonly string[], format: 'text' | 'csv' | 'json', only?: string) {
  const keys = await readPrivateKeys(keyPaths);
  const rows = store.rows().filter((r) => !only || r.id === only);
  if (only && rows.length === 0) throw new UsageError(`No request with id ${visible(only)}.`);
  const { opened, failures } = await openRows(rows, keys);
  for (const failure of failures) console.error(`Error: ${failure.reason}`);
  const flat = opened.map(({ id, receivedHour, request }) => ({ id, receivedHour, ...request }));
  if (format === 'json') {
    console.log(safeJson(flat));
  } else if (format === 'csv') {
    process.stdout.write(toCsv(flat));
  } else {
    for (const { id, receivedHour, request } of opened) {
      console.log(`\n${visible(id)}  (received ${visible(receivedHour)})`);
      for (const [field, value] of Object.entries(request)) {
        console.log(`  ${field.padEnd(12)} ${visible(Array.isArray(value) ? value.join(', ') : String(value))}`);
      }
    }
    if (opened.length === 0 && failures.length === 0) console.log('No callback requests.');
  }
  if (failures.length > 0) process.exitCode = 1;
}

/** Ids and hours only; a row whose envelope cannot be read is reported and left out (status 1). */
function list(store: CallbackStore, json: boolean) {
  const checked = store.rows().map(checkRow);
  const rows = checked.flatMap((c) => (c.ok ? [{ id: c.row.id, receivedHour: c.row.receivedHour }] : []));
  for (const c of checked) if (!c.ok) console.error(`Error: ${c.reason}`);
  if (json) console.log(safeJson(rows, 0));
  else {
    for (const { id, receivedHour } of rows) console.log(`${visible(id)}  ${visible(receivedHour)}`);
    console.log(`${rows.length} request${rows.length === 1 ? '' : 's'}.`);
  }
  if (rows.length < checked.length) process.exitCode = 1;
}

/** Serves the inbox page until she stops it (Ctrl+C); the store stays open meanwhile. */
/** The directory by page code, so reports show the record's current details (issue 20). */
function reportedRecords(dir: string): Map<string, ReportedRecord> {
  const records = new Map<string, ReportedRecord>();
  let services;
  try {
    services = readServices(dir);
  } catch (error) {
    console.error(`Reports will show without their records: ${(error as Error).message}`);
    return records;
  }
  for (const s of services) {
    records.set(neutralId(s.id), {
      id: s.id, name: s.name, organisation: s.organisation, status: s.status, checked: s.checked,
      phones: (s.phone ?? []).map((p) => p.number), website: s.website, hours: s.hours, address: s.address,
    });
  }
  return records;
}

async function inbox(store: CallbackStore, values: { key?: string[]; port?: string; host?: string; lang?: string; 'retention-days'?: string; services?: string }) {
  const lang = values.lang ?? 'en';
  if (!(LOCALE_CODES as string[]).includes(lang)) throw new UsageError(`--lang must be one of ${LOCALE_CODES.join(', ')}.`);
  const retentionDays = Number(values['retention-days'] ?? 30);
  if (!Number.isInteger(retentionDays) || retentionDays < 0) throw new UsageError('--retention-days must be a whole number of days, such as 30 (0: delete on closing).');
  const port = Number(values.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number.');
  const strings = JSON.parse(readFileSync(new URL(`../src/i18n/locales/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
  const desk = new DeskStore(dataDir());
  const services = values.services ?? SERVICES_DIR;
  const { server, url } = await startDesk({
    inbox: store, desk, keys: await readPrivateKeys(values.key ?? []), strings, retentionDays, host: values.host ?? '127.0.0.1', port,
    records: () => reportedRecords(services),
    confirm: (id, method) => confirm(id, { method, services }),
  });
  console.log(`Inbox: ${url} (this machine only; Ctrl+C to stop)`);
  await new Promise<void>((resolve) => {
    for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => resolve());
  });
  // The browser keeps its connection open: close it too, or the process would stay.
  server.closeAllConnections();
  await new Promise((resolve) => server.close(resolve));
  desk.close();
}

/**
 * Marks a record confirmed by the hub (issue 20); the file is written only if the result
 * is valid. Returns the line it prints; throws a UsageError saying what is wrong.
 */
function confirm(id: string | undefined, values: { method?: string | undefined; date?: string | undefined; services?: string | undefined }): string {
  if (!id || !/^[a-z0-9-]+$/.test(id)) throw new UsageError('confirm needs a service id, the name of its file in content/services/ without .yaml.');
  const method = values.method as Confirmation['method'];
  if (!CONFIRM_METHODS.includes(method)) throw new UsageError(`--method must be one of ${CONFIRM_METHODS.join(', ')}.`);
  const date = values.date ?? new Date().toISOString().slice(0, 10);
  const file = join(values.services ?? 'content/services', `${id}.yaml`);
  if (!existsSync(file)) throw new UsageError(`No record ${file}.`);
  let text: string;
  try {
    text = confirmRecord(readFileSync(file, 'utf8'), { method, date });
  } catch (error) {
    throw new UsageError(`${file}: ${(error as Error).message}`);
  }
  writeFileSync(file, text);
  const line = `${file}: active, checked ${date} by ${method}. Commit it and rebuild the site.`;
  console.log(line);
  return line;
}

async function main(argv: string[]): Promise<void> {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      key: { type: 'string', multiple: true }, csv: { type: 'boolean' }, json: { type: 'boolean' }, id: { type: 'string' },
      out: { type: 'string' }, dev: { type: 'boolean' }, 'older-than': { type: 'string' }, help: { type: 'boolean' },
      from: { type: 'string' }, 'token-file': { type: 'string' },
      method: { type: 'string' }, date: { type: 'string' }, services: { type: 'string' },
      port: { type: 'string' }, host: { type: 'string' }, lang: { type: 'string' }, 'retention-days': { type: 'string' },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || !command) {
    console.log(USAGE);
    return;
  }
  if (command === 'keygen') return keygen(values.out, values.dev ?? false);
  if (command === 'confirm') {
    confirm(rest[0], values);
    return;
  }

  const store = new CallbackStore(dataDir());
  try {
    switch (command) {
      case 'pull': {
        if (!values.from) throw new UsageError('pull needs --from <https://site>.');
        const { received, added } = await pull({ from: values.from, token: readToken(values['token-file']), inbox: store });
        console.log(`Pulled ${received} request(s), ${added} new; the site has deleted them. Read them with \`read\`.`);
        return;
      }
      case 'inbox':
        return await inbox(store, values);
      case 'list':
        return list(store, values.json ?? false);
      case 'read':
        if (values.csv && values.json) throw new UsageError('Choose one of --csv and --json.');
        return await read(store, values.key ?? [], values.csv ? 'csv' : values.json ? 'json' : 'text', values.id);
      case 'delete': {
        const id = rest[0];
        if (!id) throw new UsageError('delete needs the id of a request (see `list`).');
        if (!store.delete(id)) throw new UsageError(`No request with id ${visible(id)}.`);
        console.log(`Deleted ${visible(id)}.`);
        return;
      }
      case 'purge': {
        const days = Number(values['older-than']);
        if (!values['older-than'] || !Number.isInteger(days) || days < 0) {
          throw new UsageError('purge needs --older-than <days>, a whole number such as 30.');
        }
        console.log(`Deleted ${store.purgeOlderThan(days)} request(s) older than ${days} day(s).`);
        return;
      }
      default:
        throw new UsageError(`Unknown command "${command}".\n\n${USAGE}`);
    }
  } finally {
    store.close();
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const known = error instanceof UsageError || (error instanceof Error && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS'));
  console.error(`Error: ${known ? (error as Error).message : String(error)}`);
  process.exitCode = 2;
});
