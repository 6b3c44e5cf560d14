// Build time only: OSM opening_hours values (https://wiki.openstreetmap.org/wiki/Key:opening_hours)
// checked and turned into weekly intervals with the opening_hours library, which is far
// too large to ship to a phone (issue 18).
import OpeningHours from 'opening_hours';
import { DAY, WEEK, type WeeklyHours } from './week';

/** Where the rules of public holidays come from: Scotland (the library's own holiday data). */
const SCOTLAND = { lat: 56.5, lon: -4.2, address: { country_code: 'gb', state: 'Scotland' } };
/** An ordinary week: no Scottish bank holiday and no clock change (8–15 February 2027). */
const ORDINARY_MONDAY = [2027, 1, 8] as const;
/** A Scottish bank holiday (Early May bank holiday, Monday 3 May 2027). */
const BANK_HOLIDAY = [2027, 4, 3] as const;

export class OpeningHoursError extends Error {
  override name = 'OpeningHoursError';
}

function parse(value: string): OpeningHours {
  let parsed: OpeningHours;
  try {
    parsed = new OpeningHours(value, SCOTLAND);
  } catch (error) {
    throw new OpeningHoursError(`not OSM opening_hours syntax: ${String(error).split('\n')[0]}`);
  }
  const warnings = parsed.getWarnings();
  if (warnings.length > 0) throw new OpeningHoursError(`opening_hours warns: ${warnings[0]!.split('\n')[0]}`);
  return parsed;
}

/** Open intervals between two local times, as minutes from `from`; throws on unknown state. */
function intervals(parsed: OpeningHours, from: Date, to: Date): [number, number][] {
  const out: [number, number][] = [];
  for (const [start, end, unknown] of parsed.getOpenIntervals(from, to)) {
    if (unknown) throw new OpeningHoursError('has times marked unknown or with comments: the phone could not say "open now"');
    // Wall-clock minutes, so the week reads the same whatever time zone the build runs in.
    out.push([minutesBetween(from, start), minutesBetween(from, end)]);
  }
  return out;
}

function minutesBetween(from: Date, at: Date): number {
  const days = Math.round((Date.UTC(at.getFullYear(), at.getMonth(), at.getDate()) - Date.UTC(from.getFullYear(), from.getMonth(), from.getDate())) / 86_400_000);
  return days * DAY + at.getHours() * 60 + at.getMinutes();
}

/**
 * The value checked and compiled for the phone (week.ts's WeeklyHours). Throws an
 * OpeningHoursError saying what is wrong when the library cannot parse it, warns about it,
 * or would answer "unknown" for some time of an ordinary week.
 */
export function compileOpeningHours(value: string): WeeklyHours {
  const parsed = parse(value);
  const monday = new Date(...ORDINARY_MONDAY);
  const w = intervals(parsed, monday, new Date(monday.getFullYear(), monday.getMonth(), monday.getDate() + 7));
  if (w.some(([start, end]) => start < 0 || end > WEEK)) throw new OpeningHoursError('does not fit one week');
  if (!/\bPH\b/.test(value)) return { w };
  const holiday = new Date(...BANK_HOLIDAY);
  return { w, ph: intervals(parsed, holiday, new Date(holiday.getFullYear(), holiday.getMonth(), holiday.getDate() + 1)) };
}

/** The problem with a value, or undefined when it compiles (for schema checks). */
export function openingHoursProblem(value: string): string | undefined {
  try {
    compileOpeningHours(value);
    return undefined;
  } catch (error) {
    return error instanceof OpeningHoursError ? error.message : String(error);
  }
}
