// `npm run hub -- inbox` and `npm run hub -- confirm` (issue 20): the coordinator's desk
// page over the local inbox, and confirming a record, from the command or from that page.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CallbackStore } from '../../src/server/callback-store.ts';
import { LOCALE_CODES } from '../../src/i18n/locales.ts';
import { confirmRecord, type Confirmation } from '../../src/lib/content-confirm.ts';
import { neutralId } from '../../src/lib/neutral-path.ts';
import { CONFIRM_METHODS } from '../../src/lib/schema/service.ts';
import { readServices, SERVICES_DIR } from '../lib/content.ts';
import type { ReportedRecord } from './desk-page.ts';
import { startDesk } from './desk-server.ts';
import { DeskStore } from './desk-store.ts';
import { readPrivateKeys } from './keys.ts';
import { UsageError } from './usage-error.ts';

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

/** Serves the inbox page until she stops it (Ctrl+C); the store stays open meanwhile. */
export async function inbox(store: CallbackStore, dataDir: string, values: { key?: string[]; port?: string; host?: string; lang?: string; 'retention-days'?: string; services?: string }) {
  const lang = values.lang ?? 'en';
  if (!(LOCALE_CODES as string[]).includes(lang)) throw new UsageError(`--lang must be one of ${LOCALE_CODES.join(', ')}.`);
  const retentionDays = Number(values['retention-days'] ?? 30);
  if (!Number.isInteger(retentionDays) || retentionDays < 0) throw new UsageError('--retention-days must be a whole number of days, such as 30 (0: delete on closing).');
  const port = Number(values.port ?? 0);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError('--port must be a port number.');
  const strings = JSON.parse(readFileSync(new URL(`../../src/i18n/locales/${lang}.json`, import.meta.url), 'utf8')) as Record<string, string>;
  const desk = new DeskStore(dataDir);
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
export function confirm(id: string | undefined, values: { method?: string | undefined; date?: string | undefined; services?: string | undefined }): string {
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
