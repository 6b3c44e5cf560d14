// Coverage the hub can see (issue 16): for each of the 32 council areas and each core need,
// how many local listed services (active or unverified, not Scotland-wide) with a phone
// serve it, and where none does. Scotland-wide lines help everywhere and would hide every
// local gap, so they are left out. Pure: scripts/check-content.ts prints the table.
import { isListed } from './directory';
import type { Service } from './schema/service';
import { COUNCIL_AREA_NAMES } from './schema/taxonomy';

/** The core needs of a woman leaving, in the columns' order. */
export const CORE_NEEDS = [
  { key: 'stay', label: 'A place to stay today', test: (s: Service) => s.categories.includes('housing') },
  { key: 'out-of-hours', label: 'Out-of-hours housing', test: (s: Service) => s.categories.includes('housing') && answersOutOfHours(s) },
  { key: 'domestic-abuse', label: 'Domestic abuse', test: (s: Service) => s.categories.includes('domestic-abuse') },
  { key: 'sexual-violence', label: 'Sexual violence', test: (s: Service) => s.categories.includes('sexual-violence') },
  { key: 'sexual-health', label: 'Sexual health', test: (s: Service) => s.categories.includes('sexual-health') },
  { key: 'crisis-money', label: 'Crisis money', test: (s: Service) => s.categories.includes('social-security') || s.categories.includes('money-advice') },
] as const;

/** A line answered outside office hours, as its label or hours say ("out of hours", "24 hours"). */
function answersOutOfHours(s: Service): boolean {
  const text = (s.phone ?? []).map((p) => `${p.label ?? ''} ${p.hours ?? ''}`).join(' ') + ` ${s.hours ?? ''}`;
  return /out[- ]of[- ](office[- ])?hours|outside office hours|24[- ]hours?|24\/7|round the clock|day and night|on-call|standby/i.test(text);
}

export interface AreaCoverageRow {
  area: string;
  /** Services with a phone per core need, in CORE_NEEDS order. */
  counts: number[];
  /** The core needs no service with a phone covers here. */
  gaps: string[];
}

export function areaCoverage(services: readonly Service[]): AreaCoverageRow[] {
  const national = (s: Service) => COUNCIL_AREA_NAMES.every((a) => s.councilAreas.includes(a));
  const reachable = services.filter((s) => isListed(s) && (s.phone?.length ?? 0) > 0 && !national(s));
  return COUNCIL_AREA_NAMES.map((area) => {
    const here = reachable.filter((s) => s.councilAreas.includes(area));
    const counts = CORE_NEEDS.map((need) => here.filter(need.test).length);
    return { area, counts, gaps: CORE_NEEDS.filter((_, i) => counts[i] === 0).map((n) => n.label) };
  });
}

/** The table as Markdown. */
export function formatAreaCoverage(rows: readonly AreaCoverageRow[]): string {
  const head = `| council area | ${CORE_NEEDS.map((n) => n.label).join(' | ')} | gaps |`;
  const rule = `|---|${CORE_NEEDS.map(() => '---:').join('|')}|---|`;
  const body = rows.map((r) => `| ${r.area} | ${r.counts.join(' | ')} | ${r.gaps.join(', ') || '–'} |`);
  return [head, rule, ...body].join('\n');
}
