/**
 * A checked date ("2021", "2021-06" or "2021-06-14") written for people in a language,
 * at the precision the source gave. Returns null when never checked.
 */
export function formatChecked(checked: string | null, lang: string): string | null {
  if (!checked) return null;
  const [year, month, day] = checked.split('-').map(Number) as [number, number?, number?];
  const date = new Date(Date.UTC(year, (month ?? 1) - 1, day ?? 1));
  const options: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (month) options.month = 'long';
  if (day) options.day = 'numeric';
  return new Intl.DateTimeFormat(lang, options).format(date);
}

/** Whole months between a checked date and today; null when never checked. */
export function monthsSinceChecked(checked: string | null, today: Date): number | null {
  if (!checked) return null;
  const [year, month = 1] = checked.split('-').map(Number) as [number, number?];
  return (today.getUTCFullYear() - year) * 12 + (today.getUTCMonth() + 1 - month);
}
