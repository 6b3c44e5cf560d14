// On the phone, at view time, offline: is a line open now, and until when (issue 18).
// Wall-clock time in Scotland comes from Intl (Europe/London), so the phone's own time
// zone does not matter and clock changes need no rule of ours.
import { DAY, dayIntervals, isAlwaysOpen, type WeeklyHours } from './week';

/** A moment in the days ahead: `day` 0 is today, 1 tomorrow; `weekday` 0 is Monday; `minute` from 00:00. */
export interface Moment {
  day: number;
  weekday: number;
  minute: number;
}

export interface HoursNow {
  open: boolean;
  /** Open every minute of the week, bank holidays included. */
  always: boolean;
  /** When it closes (open) or opens (closed); absent when not within the next week. */
  change?: Moment;
  /**
   * Today is a bank holiday: "closed" when the hours say so, "unknown" when they say
   * nothing about bank holidays (the weekly hours may not hold today).
   */
  holiday?: 'closed' | 'unknown';
}

const LONDON = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/London', year: 'numeric', month: '2-digit', day: '2-digit',
  hour: '2-digit', minute: '2-digit', hourCycle: 'h23', weekday: 'short',
});
const WEEKDAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

/** The wall-clock date ("YYYY-MM-DD"), weekday (0 = Monday) and minute of `date` in Scotland. */
export function scotlandTime(date: Date): { ymd: string; weekday: number; minute: number } {
  const part = Object.fromEntries(LONDON.formatToParts(date).map((p) => [p.type, p.value]));
  return {
    ymd: `${part.year}-${part.month}-${part.day}`,
    weekday: WEEKDAYS.indexOf(part.weekday!),
    minute: Number(part.hour) * 60 + Number(part.minute),
  };
}

/** "YYYY-MM-DD" `days` after `ymd`, by the calendar. */
function addDays(ymd: string, days: number): string {
  const [y, m, d] = ymd.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/**
 * Whether `hours` are open at `now`, and the next change within a week. `holidays`:
 * Scotland's bank holidays as sorted "YYYY-MM-DD" strings (built into the page's script).
 */
export function hoursAt(hours: WeeklyHours, holidays: readonly string[], now: Date): HoursNow {
  const today = scotlandTime(now);
  const holidayToday = holidays.includes(today.ymd);
  if (isAlwaysOpen(hours)) return { open: true, always: true };
  // The next eight days on one timeline of minutes from today's 00:00.
  const timeline: [number, number][] = [];
  for (let day = 0; day < 8; day++) {
    const weekday = (today.weekday + day) % 7;
    const holiday = holidays.includes(addDays(today.ymd, day));
    const open = holiday && hours.ph ? hours.ph : dayIntervals(hours, weekday);
    for (const [start, end] of open) {
      const s = day * DAY + start;
      const last = timeline[timeline.length - 1];
      if (last && last[1] === s) last[1] = day * DAY + end;
      else timeline.push([s, day * DAY + end]);
    }
  }
  const t = today.minute;
  const current = timeline.find(([s, e]) => s <= t && t < e);
  const at = (minute: number): Moment => {
    const day = Math.floor(minute / DAY);
    return { day, weekday: (today.weekday + day) % 7, minute: minute % DAY };
  };
  const holiday = holidayToday ? (hours.ph ? (hours.ph.length === 0 ? 'closed' : undefined) : 'unknown') : undefined;
  const result = (open: boolean, change: number | undefined): HoursNow => ({
    open,
    always: false,
    ...(change !== undefined && change < 7 * DAY ? { change: at(change) } : {}),
    ...(holiday ? { holiday } : {}),
  });
  if (current) return result(true, current[1]);
  return result(false, timeline.find(([s]) => s > t)?.[0]);
}
