// How much of each translation a native speaker has reviewed (issue 22), from the locale
// files' `_meta.reviewed` (recorded by `npm run i18n:import`), for the About page.
import { reviewCounts } from '../lib/i18n-review';
import type { Locale } from './locales';

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json', { eager: true });

/** Reviewed and total strings of `lang`'s translation. */
export function reviewState(lang: Locale): { reviewed: number; total: number } {
  const file = files[`./locales/${lang}.json`];
  const { reviewed, total } = reviewCounts(file?.default ?? {});
  return { reviewed, total };
}
