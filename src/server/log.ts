// The server's one logger (issue 17 D). It prints fixed messages only: never a request's
// address, path, body or time, never an error's message or stack (either can carry what
// a woman typed). A line has no timestamp of its own, and a message that can come from
// a request is printed at most once an hour, with how many were held back, so even the
// log collector's own timestamps cannot time a request to better than the hour the inbox
// keeps. Runs under Node's type stripping and inside the built endpoint alike.

/** Every line the server can print, by name; the detail of each is checked, never free text. */
const MESSAGES = {
  listening: (url: string) => `Pathway: ${url}`,
  'dev-key': () =>
    `Pathway: ${'!'.repeat(72)}\n` +
    'Pathway: WARNING: this build carries the DEVELOPMENT callback key. Anyone with the\n' +
    'Pathway: development key pair (.dev-keys/) can open every request. Fine on your own\n' +
    'Pathway: machine; for a live site build with PATHWAY_CALLBACK_KEY=<the hub\'s\n' +
    'Pathway: callback.public.json> and start with PATHWAY_ENV=production.\n' +
    `Pathway: ${'!'.repeat(72)}`,
  'data-dir-open': (dir: string) =>
    `Pathway: WARNING: the data folder ${dir} can be read by other users of this machine: run chmod 700 on it.`,
  'store-failed': (code: string) => `callback: could not store a request (${code})`,
  'inbox-full': (max: string) =>
    `callback: the inbox is full (${max} requests, PATHWAY_INBOX_MAX_REQUESTS): new requests get 503 until the ` +
    'coordinator opens and deletes requests (npm run hub -- read, then delete or purge).',
  'handler-failed': (name: string) => `callback: a request failed unexpectedly (${name})`,
  'framework-error': () => 'server: the framework reported an error; its details are not printed, as they can hold request data',
  'framework-note': () => 'server: the framework printed a message; it is not shown, as it can hold request data',
  'cannot-start': (reason: string) => `Pathway: cannot start: ${reason}`,
  crashed: (name: string) => `server: stopped by an unexpected ${name}; details are not printed, as they can hold request data`,
} as const satisfies Record<string, (detail: string) => string>;

export type LogEvent = keyof typeof MESSAGES;

/** Messages a request can cause: printed once an hour at most. */
const PER_REQUEST: ReadonlySet<LogEvent> = new Set(['store-failed', 'handler-failed', 'framework-error', 'framework-note']);
const HOUR_MS = 3_600_000;

/** The detail of a message a request can cause is a code or a name: a plain token. */
const TOKEN = /^[\w.:/@+~[\]-]{1,100}$/;
/** Other details come from the operator's settings at start: any printable text. */
const PRINTABLE = /^[^\p{Cc}\p{Cf}]{1,800}$/u;

export type Logger = (event: LogEvent, detail?: string) => void;

/**
 * A logger writing one line per event to `write` (stderr by default). `now` is for tests.
 * A detail that does not fit (see TOKEN and PRINTABLE) is printed as "?".
 */
export function createLogger(write: (line: string) => void = (line) => process.stderr.write(line), now = Date.now): Logger {
  const last = new Map<LogEvent, { at: number; held: number }>();
  return (event, detail = '') => {
    if (PER_REQUEST.has(event)) {
      const seen = last.get(event);
      if (seen && now() - seen.at < HOUR_MS) {
        seen.held += 1;
        return;
      }
      last.set(event, { at: now(), held: 0 });
      const held = seen && seen.held > 0 ? ` (and ${seen.held} more in the hour before)` : '';
      write(`${MESSAGES[event](TOKEN.test(detail) ? detail : '?')}${held}\n`);
      return;
    }
    write(`${MESSAGES[event](PRINTABLE.test(detail) ? detail : '?')}\n`);
  };
}

/** The process's logger. */
export const log: Logger = createLogger();

/**
 * Replaces the console so that whatever a library prints (Astro logs a failed render
 * with the path, a stack and the time to the second) becomes one fixed line. The
 * server's own lines go through `log`, which writes to stderr directly.
 */
export function quietConsole(logger: Logger = log): void {
  for (const method of ['warn', 'error', 'trace'] as const) console[method] = () => logger('framework-error');
  for (const method of ['log', 'info', 'debug', 'dir'] as const) console[method] = () => logger('framework-note');
}
