// "Forget this device": remove everything the site stored in this browser. The browser
// APIs come in as a parameter so the same code runs in tests against fakes.
import { PATHWAY_DATABASES } from '../storage-names';

export interface DeviceStores {
  readonly serviceWorker?: Pick<ServiceWorkerContainer, 'getRegistrations'> | undefined;
  readonly caches?: Pick<CacheStorage, 'keys' | 'delete'> | undefined;
  readonly localStorage?: Pick<Storage, 'clear'> | undefined;
  readonly sessionStorage?: Pick<Storage, 'clear'> | undefined;
  /** `databases` is optional: where the browser lacks it, Pathway's own names are deleted. */
  readonly indexedDB?: (Pick<IDBFactory, 'deleteDatabase'> & Partial<Pick<IDBFactory, 'databases'>>) | undefined;
  /** `navigator.storage`, for the origin-private file system. */
  readonly storage?: Pick<StorageManager, 'getDirectory'> | undefined;
}

/** What was removed, and anything that could not be. */
export interface ForgetReport {
  serviceWorkers: number;
  caches: number;
  databases: number;
  failures: string[];
}

function deleteDatabase(factory: Pick<IDBFactory, 'deleteDatabase'>, name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = factory.deleteDatabase(name);
    request.onsuccess = () => resolve();
    request.onerror = () => reject(request.error ?? new Error(`could not delete database ${name}`));
    // Blocked means a connection in another tab is still open: the browser deletes the
    // database as soon as that tab closes it or goes away, so this is not a failure.
    request.onblocked = () => resolve();
  });
}

/**
 * Unregister service workers, delete caches, clear web storage, delete every IndexedDB
 * database (those the browser lists, and always Pathway's own by name, PATHWAY_DATABASES)
 * and the origin-private file system. Each step runs even if another fails.
 * `databases` in the report counts the deletions made, listed or not.
 */
export async function forgetDevice(stores: DeviceStores): Promise<ForgetReport> {
  const report: ForgetReport = { serviceWorkers: 0, caches: 0, databases: 0, failures: [] };
  const attempt = async (what: string, step: () => Promise<void> | void) => {
    try {
      await step();
    } catch (error) {
      report.failures.push(`${what}: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
  await attempt('service workers', async () => {
    const registrations = (await stores.serviceWorker?.getRegistrations()) ?? [];
    for (const r of registrations) if (await r.unregister()) report.serviceWorkers++;
  });
  await attempt('caches', async () => {
    for (const key of (await stores.caches?.keys()) ?? []) if (await stores.caches!.delete(key)) report.caches++;
  });
  await attempt('localStorage', () => stores.localStorage?.clear());
  await attempt('sessionStorage', () => stores.sessionStorage?.clear());
  await attempt('IndexedDB', async () => {
    const factory = stores.indexedDB;
    if (!factory) return;
    const listed = typeof factory.databases === 'function' ? await factory.databases() : [];
    const names = new Set([...listed.flatMap(({ name }) => (name === undefined ? [] : [name])), ...PATHWAY_DATABASES]);
    for (const name of names) {
      await deleteDatabase(factory, name);
      report.databases++;
    }
  });
  await attempt('files', async () => {
    const root = await stores.storage?.getDirectory();
    if (!root) return;
    // FileSystemDirectoryHandle is async-iterable in browsers; TypeScript's DOM lib
    // lacks the iterator, hence the narrow cast.
    const entries = root as unknown as { keys(): AsyncIterable<string> };
    for await (const name of entries.keys()) await root.removeEntry(name, { recursive: true });
  });
  return report;
}
