// Weekly opening hours as the phone evaluates them: plain numbers, no library. The build
// turns each OSM opening_hours value into this (compile.ts); evaluate.ts reads it.

/** Minutes in a day and in a week. */
export const DAY = 1440;
export const WEEK = 7 * DAY;

/**
 * Compiled opening hours. `w`: open intervals of an ordinary week, as [start, end) minutes
 * from Monday 00:00 wall-clock time in Scotland (0 … 10080), sorted and merged. `ph`:
 * absent when the value says nothing about public holidays (the weekly hours may or may
 * not apply then); otherwise the open intervals of a bank holiday, [start, end) minutes
 * from 00:00 ([] = closed on bank holidays).
 */
export interface WeeklyHours {
  w: [number, number][];
  ph?: [number, number][];
}

/** Open all week round, every minute. */
export function isAlwaysOpen(hours: WeeklyHours): boolean {
  return hours.w.length === 1 && hours.w[0]![0] === 0 && hours.w[0]![1] === WEEK && (hours.ph === undefined || isWholeDay(hours.ph));
}

function isWholeDay(intervals: [number, number][]): boolean {
  return intervals.length === 1 && intervals[0]![0] === 0 && intervals[0]![1] === DAY;
}

/** The open intervals of weekday `day` (0 = Monday), as [start, end) minutes from its 00:00. */
export function dayIntervals(hours: WeeklyHours, day: number): [number, number][] {
  const from = day * DAY;
  const to = from + DAY;
  const out: [number, number][] = [];
  for (const [start, end] of hours.w) {
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    if (s < e) out.push([s - from, e - from]);
  }
  return out;
}
