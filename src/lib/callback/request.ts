// What a callback request says, and how a form's fields become one. Shared by the
// browser (before sealing) and the server (a form posted without JavaScript), so the
// two can never disagree about what is valid.
import * as z from 'zod/mini';
import { NEED_IDS, REGION_IDS } from '../schema/taxonomy';
import { isLocale, LOCALE_CODES, type Locale } from '../../i18n/locales';
import { COVERS, DAYS, FIELDS, LIMITS, TIMES, YES_NO, type Field } from './fields';
import { normalisePhone } from './phone';

export { FIELDS, type Field } from './fields';

// Control and format characters (Unicode Cc and Cf) have no use in what a woman types,
// and some act on whoever reads it (issue 17 G): C1 controls (U+009B) steer a terminal,
// bidi overrides (U+202E) reorder what a spreadsheet shows, and JSON escapes would blow up
// the sealed size. Line breaks are kept (as "\n") for the message, and the zero-width
// joiner and non-joiner (U+200D, U+200C), which emoji and some scripts need and which act
// on nothing. Browser and server share this rule, so they never disagree.
const HIDDEN = /(?![\n\u200C\u200D])[\p{Cc}\p{Cf}]/u;
// What was refused before issue 17: C0 controls but "\n", and DEL. Opening a stored
// request still uses it, so what came in then still opens; the hub escapes the rest.
const C0 = /[\u0000-\u0009\u000B-\u001F\u007F]/;

const plain = (max: number, refused: RegExp) =>
  z.string().check(
    z.overwrite((s) => s.replace(/\r\n?/g, '\n').trim()),
    z.maxLength(max),
    z.refine((s) => !refused.test(s)),
  );

const schemaRefusing = (refused: RegExp) => z.object({
  phone: z.pipe(z.string(), z.transform((s, ctx) => {
    const e164 = normalisePhone(s);
    if (!e164) ctx.issues.push({ code: 'custom', input: s, message: 'phone' });
    return e164 ?? '';
  })),
  days: z.array(z.enum(DAYS)).check(z.minLength(1)),
  times: z.array(z.enum(TIMES)).check(z.minLength(1)),
  voicemail: z.enum(YES_NO),
  text: z.enum(YES_NO),
  cover: z.enum(COVERS),
  coverWords: plain(LIMITS.coverWords, refused),
  language: plain(LIMITS.language, refused).check(z.minLength(1)),
  interpreter: z.enum(YES_NO),
  region: z.enum(REGION_IDS),
  needs: z.array(z.enum(NEED_IDS)),
  message: plain(LIMITS.message, refused),
  // The language of the page she wrote on, so the hub sees it whatever she typed in
  // "language" (issue 17). Optional: requests sealed before it existed still open.
  pageLanguage: z.optional(z.enum(LOCALE_CODES as [Locale, ...Locale[]])),
});

const requestSchema = schemaRefusing(HIDDEN);
// Made on first use: the browser never opens a request, so its bundle can drop it.
let storedSchema: typeof requestSchema | undefined;

export type CallbackRequest = z.infer<typeof requestSchema>;
export type RequestInput = z.input<typeof requestSchema>;
export type FieldErrors = Partial<Record<Field, true>>;

export type Validation = { ok: true; request: CallbackRequest } | { ok: false; errors: FieldErrors };

/** Checks and normalises a request (phone to E.164, text trimmed, lists de-duplicated). */
export function validateRequest(input: unknown): Validation {
  return validateWith(requestSchema, input);
}

/**
 * validateRequest with the character rule of before issue 17 (only C0 controls and DEL
 * refused), for opening a request already stored: one that came in then must still open.
 * Whoever shows what it says must escape control and format characters (scripts/hub/safe-text.ts).
 */
export function validateStoredRequest(input: unknown): Validation {
  storedSchema ??= schemaRefusing(C0);
  return validateWith(storedSchema, input);
}

function validateWith(schema: typeof requestSchema, input: unknown): Validation {
  const result = schema.safeParse(input);
  const errors: FieldErrors = {};
  if (!result.success) {
    for (const issue of result.error.issues) {
      const field = issue.path[0];
      if (typeof field === 'string' && (FIELDS as readonly string[]).includes(field)) errors[field as Field] = true;
    }
    // A request that is not even an object has no fields to blame: blame them all.
    if (Object.keys(errors).length === 0) for (const f of FIELDS) errors[f] = true;
    return { ok: false, errors };
  }
  const request = result.data;
  if (request.cover === 'own-words' && !request.coverWords) return { ok: false, errors: { coverWords: true } };
  if (request.cover !== 'own-words') request.coverWords = '';
  request.days = [...new Set(request.days)];
  request.times = [...new Set(request.times)];
  request.needs = [...new Set(request.needs)];
  return { ok: true, request };
}

/** Reads the form's fields (a browser FormData or a posted body) into a request input. */
export function requestFromForm(form: { get(name: string): unknown; getAll(name: string): unknown[] }): Record<Field | 'pageLanguage', unknown> {
  const one = (name: Field) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : value === null ? '' : undefined;
  };
  const all = (name: Field) => form.getAll(name);
  return {
    phone: one('phone'),
    days: all('days'),
    times: all('times'),
    voicemail: one('voicemail'),
    text: one('text'),
    cover: one('cover'),
    coverWords: one('coverWords'),
    language: one('language'),
    interpreter: one('interpreter'),
    region: one('region'),
    needs: all('needs'),
    message: one('message'),
    // A language the site does not speak is dropped, not blamed on a field she can see.
    pageLanguage: ((lang) => (typeof lang === 'string' && isLocale(lang) ? lang : undefined))(form.get('lang')),
  };
}
