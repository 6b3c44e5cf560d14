// POST /api/callback/ (src/lib/callback/endpoint.ts). Takes a sealed envelope (JSON, from the page's script) or a plain
// form post (no JavaScript), which it seals on arrival with the same public key. Nothing
// about the client or the body is logged; errors say what is wrong, never how the code
// failed.
import keySettings from 'virtual:pathway/callback-key';
import { isLocale, DEFAULT_LOCALE, type Locale } from '../i18n/locales';
import { useTranslations } from '../i18n/t';
import { MAX_BODY_BYTES, parseEnvelope, type Envelope } from '../lib/callback/envelope';
import { FIELDS, requestFromForm, validateRequest } from '../lib/callback/request';
import { sealRequest } from '../lib/callback/seal';
import { localePath } from '../lib/urls';
import { FORM_ERROR_CSP, formErrorPage } from './callback-html';
import { callbackStore, rateLimiter } from './callback-runtime';
import { BodyTooLargeError, readBody } from './read-body';

const HEADERS = { 'cache-control': 'no-store', 'x-content-type-options': 'nosniff' };

const json = (status: number, body: Record<string, string>) =>
  new Response(JSON.stringify(body), { status, headers: { ...HEADERS, 'content-type': 'application/json; charset=utf-8' } });

const html = (status: number, body: string) =>
  new Response(body, {
    status,
    headers: { ...HEADERS, 'content-type': 'text/html; charset=utf-8', 'content-security-policy': FORM_ERROR_CSP },
  });

/** Stores an envelope durably; false when storage failed (the caller answers 503, no detail). */
function store(envelope: Envelope): boolean {
  try {
    callbackStore().put(envelope);
    return true;
  } catch (error) {
    // The error code only: a message could include a path, never a body.
    console.error(`callback: could not store a request (${(error as { code?: string }).code ?? 'error'})`);
    return false;
  }
}

export async function handleCallback(request: Request, client: string): Promise<Response> {
  // The media type alone, without parameters: "application/jsonx" is not JSON.
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  const form = type === 'application/x-www-form-urlencoded';
  if (!rateLimiter().allow(client)) {
    const t = useTranslations(DEFAULT_LOCALE);
    return form
      ? html(429, formErrorPage(DEFAULT_LOCALE, t, t('callback.errors.heading'), [t('callback.error.busy')]))
      : json(429, { error: 'rate-limited', message: 'Too many requests from this client. Try again in a few minutes.' });
  }
  if (!form && type !== 'application/json') {
    return json(415, { error: 'unsupported-type', message: 'Send application/json (a sealed request) or a form.' });
  }
  let body: string;
  try {
    body = await readBody(request, MAX_BODY_BYTES);
  } catch (error) {
    const tooLarge = error instanceof BodyTooLargeError;
    if (form) {
      const t = useTranslations(DEFAULT_LOCALE);
      return html(tooLarge ? 413 : 400, formErrorPage(DEFAULT_LOCALE, t, t('callback.errors.heading'), [t('callback.error.rejected')]));
    }
    return tooLarge
      ? json(413, { error: 'too-large', message: `The body is over ${MAX_BODY_BYTES} bytes.` })
      : json(400, { error: 'bad-body', message: 'The body could not be read as UTF-8.' });
  }
  return form ? handleForm(body) : handleEnvelope(body);
}

async function handleEnvelope(body: string): Promise<Response> {
  let value: unknown;
  try {
    value = JSON.parse(body);
  } catch {
    return json(400, { error: 'bad-json', message: 'The body is not JSON.' });
  }
  const parsed = parseEnvelope(value);
  if (!parsed.ok) return json(400, { error: 'bad-envelope', message: parsed.reason });
  if (parsed.envelope.kid !== keySettings.kid) {
    return json(422, { error: 'unknown-key', message: 'Sealed to a key this site does not use: reload the page and send again.' });
  }
  if (!store(parsed.envelope)) return json(503, { error: 'unavailable', message: 'Could not store the request. Try again later.' });
  return json(202, { id: parsed.envelope.id });
}

async function handleForm(body: string): Promise<Response> {
  const fields = new URLSearchParams(body);
  const langField = fields.get('lang') ?? undefined;
  const lang: Locale = isLocale(langField) ? langField : DEFAULT_LOCALE;
  const t = useTranslations(lang);
  const result = validateRequest(requestFromForm(fields));
  if (!result.ok) {
    const problems = FIELDS.filter((f) => result.errors[f]).map((f) => t(`callback.error.${f}`));
    return html(400, formErrorPage(lang, t, t('callback.errors.heading'), problems));
  }
  const envelope = await sealRequest(keySettings, result.request);
  if (!store(envelope)) {
    return html(503, formErrorPage(lang, t, t('callback.errors.heading'), [t('callback.error.server')]));
  }
  return new Response(null, { status: 303, headers: { ...HEADERS, location: localePath(lang, 'callback/sent/') } });
}
