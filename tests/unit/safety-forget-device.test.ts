import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { forgetDevice } from '../../src/lib/safety/forget-device';

function fakeStorage() {
  const data = new Map<string, string>([['x', '1']]);
  return { data, clear: () => data.clear() };
}

function openDb(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const req = indexedDB.open(name, 1);
    req.onupgradeneeded = () => req.result.createObjectStore('s');
    req.onsuccess = () => {
      req.result.close();
      resolve();
    };
    req.onerror = () => reject(req.error);
  });
}

describe('forgetDevice', () => {
  it('removes service workers, caches, storage and every IndexedDB database', async () => {
    await openDb('outbox');
    await openDb('settings');
    const unregistered: string[] = [];
    const cacheNames = new Set(['pages-v1', 'index-v1']);
    const local = fakeStorage();
    const session = fakeStorage();
    const report = await forgetDevice({
      serviceWorker: {
        getRegistrations: async () => [
          { unregister: async () => (unregistered.push('sw'), true) } as unknown as ServiceWorkerRegistration,
        ],
      },
      caches: { keys: async () => [...cacheNames], delete: async (k: string) => cacheNames.delete(k) },
      localStorage: local,
      sessionStorage: session,
      indexedDB,
    });
    // outbox and settings, listed; workbox-expiration, Pathway's own name, deleted anyway.
    expect(report).toEqual({ serviceWorkers: 1, caches: 2, databases: 3, failures: [] });
    expect(unregistered).toEqual(['sw']);
    expect(cacheNames.size).toBe(0);
    expect(local.data.size + session.data.size).toBe(0);
    expect(await indexedDB.databases()).toEqual([]);
  });

  it("deletes Pathway's databases by name where the browser cannot list them", async () => {
    await openDb('outbox');
    const deleted: string[] = [];
    const report = await forgetDevice({
      indexedDB: { deleteDatabase: (name: string) => (deleted.push(name), indexedDB.deleteDatabase(name)) },
    });
    expect(deleted).toEqual(['outbox', 'workbox-expiration']);
    expect(report.failures).toEqual([]);
    expect(await indexedDB.databases()).toEqual([]);
  });

  it('goes on after a step fails and says which one', async () => {
    const local = fakeStorage();
    const report = await forgetDevice({
      caches: { keys: async () => { throw new Error('denied'); }, delete: async () => false },
      localStorage: local,
    });
    expect(report.failures).toEqual(['caches: denied']);
    expect(local.data.size).toBe(0);
  });

  it('does nothing harmful where the browser lacks an API', async () => {
    expect(await forgetDevice({})).toEqual({ serviceWorkers: 0, caches: 0, databases: 0, failures: [] });
  });
});
