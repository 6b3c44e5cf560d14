// The hub coordinator's command for callback requests (`npm run hub -- <command>`).
// It runs on the coordinator's machine; the private key never goes near the site.
import { parseArgs } from 'node:util';
import { CallbackStore } from '../src/server/callback-store.ts';
import { DEV_KEY_DIR, PRIVATE_FILE, PUBLIC_FILE } from '../src/server/key-settings.ts';
import { toCsv } from './hub/csv.ts';
import { readPrivateKeys } from './hub/keys.ts';
import { checkRow, openRows } from './hub/rows.ts';
import { safeJson, visible } from './hub/safe-text.ts';
import { UsageError } from './hub/usage-error.ts';
import { pull } from './hub/pull.ts';
import { keygen, readToken, TOKEN_FILE } from './hub/keygen.ts';
import { confirm, inbox } from './hub/desk-command.ts';

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
        return await inbox(store, dataDir(), values);
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
