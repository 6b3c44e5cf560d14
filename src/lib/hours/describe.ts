// Opening hours in her language: day names and times come from Intl.DateTimeFormat for the
// page's locale (24- or 12-hour as the locale writes them, its own digits), the phrases
// from the UI strings. Runs at build time (the weekly table), in the service worker (the
// same table on pages built offline) and on the phone ("open now").
import { DAY, dayIntervals, type WeeklyHours } from './week';
import type { HoursNow } from './evaluate';

/** The phrases, already translated ("hours.*" UI strings), with {{time}} and {{day}} left in. */
export interface HoursStrings {
  open24: string;
  openUntil: string;
  openUntilDay: string;
  closedOpens: string;
  closedOpensTomorrow: string;
  closedOpensDay: string;
  closed: string;
  holidayClosed: string;
  holidayUnknown: string;
}

// 1 January 2024 was a Monday: weekday n is 1 + n January, read in UTC.
const dayDate = (weekday: number) => new Date(Date.UTC(2024, 0, 1 + weekday));
const cache = new Map<string, Intl.DateTimeFormat>();
function format(tag: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = tag + JSON.stringify(options);
  let f = cache.get(key);
  // The site's English is Scotland's: "17:00" and "Monday", not the US "5:00 PM".
  const locale = tag === 'en' ? 'en-GB' : tag;
  if (!f) cache.set(key, (f = new Intl.DateTimeFormat(locale, { timeZone: 'UTC', ...options })));
  return f;
}

/**
 * A time of day (minutes from 00:00) as the locale writes it. The end of a day (1440) reads
 * "24:00" where the locale writes a 24-hour clock ("18:00–24:00", not the misreadable
 * "18:00–0:00"), and midnight as the locale writes it elsewhere ("12:00 AM").
 */
export function timeOfDay(minute: number, tag: string): string {
  const date = new Date(Date.UTC(2024, 0, 1, 0, minute % DAY));
  const f = format(tag, { hour: 'numeric', minute: '2-digit' });
  if (minute === DAY && f.resolvedOptions().hourCycle === 'h23') return format(tag, { hour: 'numeric', minute: '2-digit', hourCycle: 'h24' }).format(date);
  return f.format(date);
}

/**
 * Ranges as the locale lists them (Intl.ListFormat, units: "9:00–12:00, 13:00–17:00";
 * Arabic "…، و…"), as parts, so each range can be kept whole on screen.
 */
export function listParts(ranges: readonly string[], tag: string): { type: 'element' | 'literal'; value: string }[] {
  return new Intl.ListFormat(tag === 'en' ? 'en-GB' : tag, { type: 'unit', style: 'short' }).formatToParts(ranges);
}

/** A weekday's name (0 = Monday) in the locale, "long" or "short". */
export function weekdayName(weekday: number, tag: string, width: 'long' | 'short' = 'long'): string {
  return format(tag, { weekday: width }).format(dayDate(weekday));
}

/** A day's open ranges ("09:00–17:00"), or null when closed all day, or "all" when open all day. */
export function dayRanges(intervals: [number, number][], tag: string): string[] | 'all' | null {
  if (intervals.length === 0) return null;
  if (intervals.length === 1 && intervals[0]![0] === 0 && intervals[0]![1] === DAY) return 'all';
  return intervals.map(([s, e]) => `${timeOfDay(s, tag)}–${timeOfDay(e, tag)}`);
}

/** Seven rows, Monday first: the weekday's name and its ranges (see dayRanges). */
export function weekRows(hours: WeeklyHours, tag: string): { weekday: number; name: string; ranges: string[] | 'all' | null }[] {
  return Array.from({ length: 7 }, (_, weekday) => ({
    weekday, name: weekdayName(weekday, tag), ranges: dayRanges(dayIntervals(hours, weekday), tag),
  }));
}

const fill = (template: string, values: Record<string, string>) =>
  template.replace(/\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '');

/** "Open now · closes 17:00", "Closed now · opens tomorrow at 09:00", …, and the bank-holiday note. */
export function describeNow(now: HoursNow, tag: string, s: HoursStrings): { status: string; note?: string } {
  const note = now.holiday === 'closed' ? s.holidayClosed : now.holiday === 'unknown' ? s.holidayUnknown : undefined;
  const withNote = (status: string) => (note ? { status, note } : { status });
  if (now.always) return withNote(s.open24);
  const change = now.change;
  if (!change) return withNote(now.open ? s.open24 : s.closed);
  const time = timeOfDay(change.minute, tag);
  const day = weekdayName(change.weekday, tag);
  if (now.open) return withNote(fill(change.day === 0 ? s.openUntil : s.openUntilDay, { time, day }));
  const template = change.day === 0 ? s.closedOpens : change.day === 1 ? s.closedOpensTomorrow : s.closedOpensDay;
  return withNote(fill(template, { time, day }));
}
