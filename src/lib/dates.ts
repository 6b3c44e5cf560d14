// Making an Intl.DateTimeFormat costs far more than using one (locale data is resolved on
// each construction), and the build formats a date on every service page and card: about
// 13% of a 1,000-service build's CPU went there. One formatter per language and precision.
const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(lang: string, month: boolean, day: boolean): Intl.DateTimeFormat {
  const key = `${lang}|${month ? 'm' : ''}${day ? 'd' : ''}`;
  let f = formatters.get(key);
  if (!f) {
    const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
    if (month) options.month = 'long';
    if (day) options.day = 'numeric';
    f = new Intl.DateTimeFormat(lang, options);
    formatters.set(key, f);
  }
  return f;
}

/**
 * A checked date ("2021", "2021-06" or "2021-06-14") written for people in a language,
 * at the precision the source gave. Returns null when never checked.
 */
export function formatChecked(checked: string | null, lang: string): string | null {
  if (!checked) return null;
  const [year, month, day] = checked.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  return formatter(lang, Boolean(month), Boolean(day)).format(date);
}

/** Whole months between a checked date and today; null when never checked. */
export function monthsSinceChecked(checked: string | null, today: Date): number | null {
  if (!checked) return null;
  const [year, month = 1] = checked.split('-').map(Number) as [number, number?];
  return (today.getUTCFullYear() - year) * 12 + (today.getUTCMonth() + 1 - month);
}
