// Helpers for the callback tests: a built server of the test's own, the hub command,
// sealing in Node with the key the site was built with, and filling in the form.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createServer } from 'node:net';
import type { Page } from '@playwright/test';
import { validateRequest, type CallbackRequest } from '../../../src/lib/callback/request';
import { sealRequest } from '../../../src/lib/callback/seal';
import { DEV_KEY_DIR, PRIVATE_FILE, readPublicKeySettings } from '../../../src/server/key-settings';

export const ENDPOINT = '/api/callback/';
export const keySettings = readPublicKeySettings();
/** The private key of the development pair the test build was made with. */
export const PRIVATE_KEY_PATH = process.env.PATHWAY_CALLBACK_PRIVATE_KEY ?? `${DEV_KEY_DIR}/${PRIVATE_FILE}`;

export async function sparePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

export interface TestServer {
  url: string;
  process: ChildProcess;
  /** Everything the server printed, stdout and stderr. */
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** Starts the built server on 127.0.0.1 and a spare port, with its own data folder. */
export async function startServer(dataDir: string, env: Record<string, string> = {}): Promise<TestServer> {
  const port = await sparePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ['src/server/serve.ts'], {
    env: { ...process.env, HOST: '127.0.0.1', PORT: String(port), PATHWAY_DATA_DIR: dataDir, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr!.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Bounded wait for the server to answer: at most 100 tries.
  for (let i = 0; i < 100; i++) {
    try {
      if ((await fetch(`${url}/`)).ok) break;
    } catch {
      await new Promise((r) => setTimeout(r, 100));
    }
  }
  return {
    url,
    process: child,
    output: () => output,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
}

/** `npm run hub -- read --json` against a data folder. */
export function hubRead(dataDir: string, keyPath = PRIVATE_KEY_PATH): { status: number; stdout: string; stderr: string } {
  // The hub reads the server's own folder here: a test stands in for the coordinator's copy.
  const result = spawnSync(process.execPath, ['--import', 'tsx', 'scripts/hub.ts', 'read', '--key', keyPath, '--json'], {
    env: { ...process.env, PATHWAY_HUB_DIR: dataDir },
    encoding: 'utf8',
  });
  return { status: result.status ?? -1, stdout: result.stdout, stderr: result.stderr };
}

export type OpenedRequest = CallbackRequest & { id: string; receivedHour: string };

/**
 * Every request the hub could open. The e2e inbox outlives a run, so it may hold requests
 * sealed to an older development key: those are reported on stderr and left out here.
 */
export function hubReadAll(dataDir: string): OpenedRequest[] {
  const { status, stdout, stderr } = hubRead(dataDir);
  if (status !== 0 && status !== 1) throw new Error(`hub read failed (${status}): ${stderr}`);
  return JSON.parse(stdout) as OpenedRequest[];
}

export const sample = {
  phone: '07911 123456',
  days: ['tue', 'thu'],
  times: ['afternoon'],
  voicemail: 'no',
  text: 'yes',
  cover: 'own-words',
  coverWords: 'Ask if I ordered the blue curtains',
  language: 'Română',
  interpreter: 'yes',
  region: 'edinburgh-borders',
  needs: ['housing', 'exit-support'],
  message: 'Best after the school run',
} as const;

/** A valid request sealed in Node with the site's key, as the browser would. */
export async function sealedSample(id?: string, message: string = sample.message) {
  const checked = validateRequest({ ...sample, message });
  if (!checked.ok) throw new Error('sample is invalid');
  return sealRequest(keySettings, checked.request, id);
}

/**
 * Opens the callback form with JavaScript and waits until its island has hydrated (it
 * then sets `novalidate`): a click before that would post the plain form instead.
 */
export async function gotoForm(page: Page, base = '') {
  await page.goto(`${base}/callback/`);
  await page.locator('form.callback-form[novalidate]').waitFor();
}

/** Fills in the callback form as a person would. */
export async function fillForm(page: Page, values: { phone: string; message: string }) {
  await page.getByLabel('Phone number to call').fill(values.phone);
  await page.getByRole('group', { name: 'Which days are safe to call?' }).getByLabel('Tuesday').check();
  await page.getByRole('group', { name: 'Which days are safe to call?' }).getByLabel('Thursday').check();
  await page.getByLabel('Afternoon (12 noon to 5pm)').check();
  await page.getByRole('group', { name: 'Is it safe to leave a voicemail message?' }).getByLabel('No').check();
  await page.getByRole('group', { name: 'Is it safe to send a text message?' }).getByLabel('Yes').check();
  await page.getByLabel('Use my own words').check();
  await page.getByLabel(/What should we say\?/).fill(sample.coverWords);
  await page.getByLabel('Which language do you want to speak?').fill(sample.language);
  await page.getByRole('group', { name: 'Would you like an interpreter?' }).getByLabel('Yes').check();
  await page.getByLabel('Where are you?').selectOption('edinburgh-borders');
  await page.getByLabel('A safe place to stay').check();
  await page.getByLabel('Help to leave selling sex').check();
  await page.getByLabel(/Anything else we should know/).fill(values.message);
}

/** The fields the hub should read back after fillForm. */
export function expectedFields(phoneE164: string, message: string) {
  return {
    phone: phoneE164, days: ['tue', 'thu'], times: ['afternoon'], voicemail: 'no', text: 'yes',
    cover: 'own-words', coverWords: sample.coverWords, language: sample.language, interpreter: 'yes',
    region: 'edinburgh-borders', needs: ['exit-support', 'housing'], message,
  };
}

/** The bytes of a file, or empty when it does not exist. */
export function bytesOf(path: string): Buffer {
  try {
    return readFileSync(path);
  } catch {
    return Buffer.alloc(0);
  }
}
