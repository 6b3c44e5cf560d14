// "Open now" with Scotland's bank holidays built in: what the search worker loads, only
// once a search asks for open services (the evaluator and the holiday list stay out of a
// shared search link's first JavaScript).
import holidays from 'virtual:pathway/bank-holidays';
import { openNow } from './open-now';
import type { WeeklyHours } from './week';

export function openNowInScotland(s: { phones: readonly { week?: WeeklyHours }[]; week?: WeeklyHours }, now: Date): boolean {
  return openNow(s, holidays, now);
}
