// When the hub may next call (issue 20): the first moment, from now, that falls on a day
// and in a time of day she said were safe, on Scotland's clock (Europe/London, so summer
// time is followed). The windows are the ones the form shows her (en.json,
// callback.time.*: morning 9am–12 noon, afternoon 12 noon–5pm, evening 5pm–8pm).
import type { DAYS, TIMES } from './fields';

type Day = (typeof DAYS)[number];
type Time = (typeof TIMES)[number];

/** Each time of day as [first hour, hour it ends], on the 24-hour clock. */
export const TIME_WINDOWS: Record<Time, readonly [number, number]> = {
  morning: [9, 12],
  afternoon: [12, 17],
  evening: [17, 20],
};

const STEP_MS = 15 * 60_000;
/** A week and a day of steps: every day and window comes round within it. */
const STEPS = (8 * 24 * 60) / 15;
const WEEKDAYS: Record<string, Day> = { Mon: 'mon', Tue: 'tue', Wed: 'wed', Thu: 'thu', Fri: 'fri', Sat: 'sat', Sun: 'sun' };

const clock = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/London', weekday: 'short', hour: 'numeric', hourCycle: 'h23' });

/** The weekday and hour at `at` in Scotland. */
function wallClock(at: Date): { day: Day; hour: number } {
  const parts = Object.fromEntries(clock.formatToParts(at).map((p) => [p.type, p.value]));
  return { day: WEEKDAYS[parts['weekday'] ?? ''] ?? 'mon', hour: Number(parts['hour']) };
}

/**
 * The first safe moment at or after `now` (to the quarter hour after the first; `now`
 * itself when it is safe), or null when no day or no time was given. Shape: a Date.
 */
export function nextSafeTime(days: readonly Day[], times: readonly Time[], now: Date): Date | null {
  if (days.length === 0 || times.length === 0) return null;
  const first = new Date(Math.ceil(now.getTime() / STEP_MS) * STEP_MS);
  for (let k = -1; k < STEPS; k++) {
    const at = k < 0 ? now : new Date(first.getTime() + k * STEP_MS);
    const { day, hour } = wallClock(at);
    if (days.includes(day) && times.some((t) => hour >= TIME_WINDOWS[t][0] && hour < TIME_WINDOWS[t][1])) return at;
  }
  return null;
}
