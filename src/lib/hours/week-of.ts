// Build time only: each distinct opening_hours value compiled once per build.
import { compileOpeningHours } from './compile';
import type { WeeklyHours } from './week';

const compiled = new Map<string, WeeklyHours>();

/** The value compiled (see compileOpeningHours), or undefined when there is none. */
export function weekOf(openingHours: string | undefined): WeeklyHours | undefined {
  if (!openingHours) return undefined;
  let week = compiled.get(openingHours);
  if (!week) compiled.set(openingHours, (week = compileOpeningHours(openingHours)));
  return week;
}
