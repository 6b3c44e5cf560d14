// Whether a listed service can be called now: one of its lines (or, with none, the service
// itself) is open by its hours as data. No hours as data: not "open now".
import { hoursAt } from './evaluate';
import type { WeeklyHours } from './week';

export function openNow(
  s: { phones: readonly { week?: WeeklyHours }[]; week?: WeeklyHours },
  holidays: readonly string[],
  now: Date,
): boolean {
  const weeks = s.phones.flatMap((p) => (p.week ? [p.week] : []));
  if (weeks.length === 0 && s.week) weeks.push(s.week);
  return weeks.some((week) => hoursAt(week, holidays, now).open);
}
