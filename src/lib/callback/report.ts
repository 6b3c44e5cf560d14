// "Report a problem with this listing" (issue 20): what is wrong with a service's page,
// sealed to the hub exactly like a callback request (same envelope, endpoint, outbox and
// no-JavaScript path). Shared by the browser (before sealing), the server (a form posted
// without JavaScript) and the hub (after opening), so the three never disagree.
import * as z from 'zod/mini';
import { isLocale, LOCALE_CODES, type Locale } from '../../i18n/locales';

/** What can be wrong, in the order the form offers them. */
export const PROBLEMS = ['number', 'closed', 'moved', 'hours', 'other'] as const;
export const REPORT_DETAILS_MAX = 300;

// As for callback requests (request.ts): no control or format characters but line breaks
// and the zero-width joiners.
const HIDDEN = /(?![\n\u200C\u200D])[\p{Cc}\p{Cf}]/u;

const reportSchema = z.object({
  kind: z.literal('report'),
  /** The page's neutral id ("/services/<this>/", src/lib/neutral-path.ts): the hub maps it to the record. */
  page: z.string().check(z.regex(/^[0-9a-z]{8}$/)),
  problem: z.enum(PROBLEMS),
  details: z.string().check(
    z.overwrite((s) => s.replace(/\r\n?/g, '\n').trim()),
    z.maxLength(REPORT_DETAILS_MAX),
    z.refine((s) => !HIDDEN.test(s)),
  ),
  pageLanguage: z.optional(z.enum(LOCALE_CODES as [Locale, ...Locale[]])),
});

export type ProblemReport = z.infer<typeof reportSchema>;

export const isReport = (value: unknown): boolean => (value as { kind?: unknown } | null)?.kind === 'report';

/** The report, checked, or null when a field is missing or wrong (the form shows which). */
export function validateReport(input: unknown): ProblemReport | null {
  const result = reportSchema.safeParse(input);
  return result.success ? result.data : null;
}

/** The neutral id in a service page's path ("/ar/services/ab12cd34/" → "ab12cd34"), or "". */
export function pageCode(path: string): string {
  return /\/services\/([0-9a-z]{8})\/$/.exec(path)?.[1] ?? '';
}

/** Reads the report form's fields (a browser FormData or a posted body). */
export function reportFromForm(form: { get(name: string): unknown }): Record<keyof ProblemReport, unknown> {
  const text = (name: string) => {
    const value = form.get(name);
    return typeof value === 'string' ? value : '';
  };
  const lang = text('lang');
  return {
    kind: 'report',
    page: pageCode(text('page')),
    problem: text('problem'),
    details: text('details'),
    pageLanguage: isLocale(lang) ? lang : undefined,
  };
}
