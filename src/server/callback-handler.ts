// POST /api/callback/ (src/lib/callback/endpoint.ts). Takes a sealed envelope (JSON, from the page's script) or a plain
// form post (no JavaScript), which it seals on arrival with the same public key. Nothing
// about the client or the body is logged; errors say what is wrong, never how the code
// failed. What it works with (key, inbox, limits, clock) comes in as `CallbackDeps`, so
// tests can hand it their own; callback-runtime.ts wires the real ones.
import { isLocale, DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { MAX_BODY_BYTES, parseEnvelope, type Envelope } from '../lib/callback/envelope';
import { FIELDS, requestFromForm, validateRequest } from '../lib/callback/request';
import { reportFromForm, validateReport } from '../lib/callback/report';
import { sealRequest, type PublicKeySettings } from '../lib/callback/seal';
import { localePath } from '../lib/urls';
import { acceptsKey, type RetiredKey } from './accepted-keys';
import { FORM_ERROR_CSP, formErrorPage } from './callback-html';
import type { Logger } from './log';
import type { RequestStore } from './request-store';
import { BodyTooLargeError, readBody } from './read-body';

export interface CallbackDeps {
  /** The key the site was built with: form posts are sealed to it, envelopes must name it. */
  key: PublicKeySettings;
  /** Older key ids still taken for envelopes, each until the end of its day. */
  retired: readonly RetiredKey[];
  now: () => Date;
  /** The inbox, opened on first use; `put` and `count` throw (or reject) when it cannot be used. */
  store: () => Pick<RequestStore, 'put' | 'count'>;
  /** Counts a post from a client (a key from client-key.ts); false when it is over its limit. */
  perClient: { allow(client: string): boolean };
  /** Counts a post from anyone (key "*"); false past the ceiling for all clients together. */
  everyone: { allow(client: string): boolean };
  /** The most requests the inbox may hold; past it new ones get 503 (0: no limit). */
  inboxMax: number;
  log: Logger;
}

export type CallbackHandler = (request: Request, client: string) => Promise<Response>;

const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

const json = (status: number, body: Record<string, string>) =>
  new Response(JSON.stringify(body), { status, headers: { ...HEADERS, 'content-type': 'application/json; charset=utf-8' } });

const html = (status: number, body: string) =>
  new Response(body, {
    status,
    headers: { ...HEADERS, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': FORM_ERROR_CSP },
  });

/** The form's error page in `lang` with one problem, by its message key. */
function formError(status: number, problem: 'busy' | 'rejected' | 'server', lang: Locale = DEFAULT_LOCALE): Response {
  const t = useTranslations(lang);
  return html(status, formErrorPage(lang, t, t('callback.errors.heading'), [t(`callback.error.${problem}`)]));
}

/** The endpoint's handler: `client` is the key the rate limit counts by (client-key.ts). */
export function createCallbackHandler(deps: CallbackDeps): CallbackHandler {
  // The inbox-full line is printed once each time the inbox fills, not for every post.
  let fullLogged = false;
  const inboxFull = async (): Promise<boolean> => {
    if (deps.inboxMax <= 0) return false;
    let count: number;
    try {
      count = await deps.store().count();
    } catch {
      return false; // storing will fail too, and say so
    }
    const full = count >= deps.inboxMax;
    if (full && !fullLogged) deps.log('inbox-full', String(deps.inboxMax));
    fullLogged = full;
    return full;
  };

  /** Stores an envelope durably; false when storage failed (the caller answers 503, no detail). */
  const store = async (envelope: Envelope): Promise<boolean> => {
    try {
      await deps.store().put(envelope);
      return true;
    } catch (error) {
      // The error code only: a message could include a path, never a body.
      deps.log('store-failed', (error as { code?: string }).code ?? 'error');
      return false;
    }
  };

  const handleEnvelope = async (body: string): Promise<Response> => {
    let value: unknown;
    try {
      value = JSON.parse(body);
    } catch {
      return json(400, { error: 'bad-json', message: 'The body is not JSON.' });
    }
    const parsed = parseEnvelope(value);
    if (!parsed.ok) return json(400, { error: 'bad-envelope', message: parsed.reason });
    if (!acceptsKey(parsed.envelope.kid, { kid: deps.key.kid, retired: deps.retired }, deps.now())) {
      return json(422, { error: 'unknown-key', message: 'Sealed to a key this site does not use: reload the page and send again.' });
    }
    if (!(await store(parsed.envelope))) return json(503, { error: 'unavailable', message: 'Could not store the request. Try again later.' });
    return json(202, { id: parsed.envelope.id });
  };

  const handleForm = async (body: string): Promise<Response> => {
    const fields = new URLSearchParams(body);
    const langField = fields.get('lang') ?? undefined;
    const lang: Locale = isLocale(langField) ? langField : DEFAULT_LOCALE;
    const t = useTranslations(lang);
    // "Report a problem with this listing" (issue 20): the same path, its own fields.
    if (fields.get('kind') === 'report') {
      const report = validateReport(reportFromForm(fields));
      if (!report) return html(400, formErrorPage(lang, t, t('callback.errors.heading'), [t('report.error.problem')]));
      if (!(await store(await sealRequest(deps.key, report)))) return formError(503, 'server', lang);
      return new Response(null, { status: 303, headers: { ...HEADERS, location: localePath(lang, 'report/sent/') } });
    }
    const result = validateRequest(requestFromForm(fields));
    if (!result.ok) {
      const problems = FIELDS.filter((f) => result.errors[f]).map((f) => t(`callback.error.${f}`));
      return html(400, formErrorPage(lang, t, t('callback.errors.heading'), problems));
    }
    const envelope = await sealRequest(deps.key, result.request);
    if (!(await store(envelope))) return formError(503, 'server', lang);
    return new Response(null, { status: 303, headers: { ...HEADERS, location: localePath(lang, 'callback/sent/') } });
  };

  return async (request, client) => {
    // The media type alone, without parameters: "application/jsonx" is not JSON.
    const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
    const form = type === 'application/x-www-form-urlencoded';
    if (!deps.perClient.allow(client)) {
      return form
        ? formError(429, 'busy')
        : json(429, { error: 'rate-limited', message: 'Too many requests from this client. Try again in a few minutes.' });
    }
    if (!form && type !== 'application/json') {
      return json(415, { error: 'unsupported-type', message: 'Send application/json (a sealed request) or a form.' });
    }
    if (!deps.everyone.allow('*')) {
      if (form) return formError(503, 'server');
      const response = json(503, { error: 'busy', message: 'The site is taking too many requests just now. Try again in a few minutes.' });
      response.headers.set('retry-after', '600');
      return response;
    }
    if (await inboxFull()) {
      return form ? formError(503, 'server') : json(503, { error: 'inbox-full', message: 'The hub cannot take more requests just now. Try again later.' });
    }
    let body: string;
    try {
      body = await readBody(request, MAX_BODY_BYTES);
    } catch (error) {
      if (!(error instanceof BodyTooLargeError)) {
        return form ? formError(400, 'rejected') : json(400, { error: 'bad-body', message: 'The body could not be read as UTF-8.' });
      }
      const response = form
        ? formError(413, 'rejected')
        : json(413, { error: 'too-large', message: `The body is over ${MAX_BODY_BYTES} bytes.` });
      // The rest of the body was never read: the connection cannot carry another request.
      response.headers.set('connection', 'close');
      return response;
    }
    return form ? handleForm(body) : handleEnvelope(body);
  };
}
