// What the hub coordinator needs to keep the directory true: coverage per region and
// need, records with no phone, records never or long ago checked, and numbers or
// websites that two records share (often a copy-paste slip). Pure: scripts/check-content.ts
// reads the content and prints or writes the result.
import type { Service } from './schema/service';
import type { NeedId, RegionId } from './schema/taxonomy';
import { monthsSinceChecked } from './dates';

/** Older than this many months counts as out of date. */
export const STALE_AFTER_MONTHS = 12;

export interface Coverage<K> {
  key: K;
  total: number;
  noPhone: Service[];
  neverChecked: Service[];
  stale: Service[];
}

export interface Shared {
  /** The number or website as first written. */
  value: string;
  services: Service[];
}

export interface ContentCheck {
  today: Date;
  total: number;
  regions: Coverage<RegionId>[];
  needs: Coverage<NeedId>[];
  noPhone: Service[];
  neverChecked: Service[];
  stale: Array<{ service: Service; months: number }>;
  sharedPhones: Shared[];
  sharedWebsites: Shared[];
  /**
   * What the hub should confirm next (issue 20): unverified records, never checked first,
   * then oldest checked (`checked` compared as text: YYYY < YYYY-MM < YYYY-MM-DD sort as dates).
   */
  toConfirm: Service[];
  /** Then: records with a problem report the hub has not closed (issue 20). */
  reported: Service[];
}

export const hasPhone = (s: Service) => (s.phone?.length ?? 0) > 0;
const isStale = (s: Service, today: Date) => (monthsSinceChecked(s.checked, today) ?? -1) > STALE_AFTER_MONTHS;

/** "+44 800 83 85 87" and "0800 83 85 87" are one number. */
export function phoneKey(number: string): string {
  const digits = number.replace(/[^0-9]/g, '');
  return number.trim().startsWith('+44') ? `0${digits.slice(2)}` : digits;
}

/** "https://www.example.org/" and "http://example.org" are one website. */
export function websiteKey(url: string): string {
  const u = new URL(url);
  return `${u.hostname.replace(/^www\./, '')}${u.pathname.replace(/\/+$/, '')}${u.search}`.toLowerCase();
}

function shared(services: Service[], valuesOf: (s: Service) => string[], keyOf: (v: string) => string): Shared[] {
  const groups = new Map<string, Shared>();
  for (const service of services) {
    for (const value of new Set(valuesOf(service))) {
      const key = keyOf(value);
      const group = groups.get(key) ?? { value, services: [] };
      if (!group.services.includes(service)) group.services.push(service);
      groups.set(key, group);
    }
  }
  return [...groups.values()].filter((g) => g.services.length > 1);
}

function coverage<K>(key: K, services: Service[], today: Date): Coverage<K> {
  return {
    key,
    total: services.length,
    noPhone: services.filter((s) => !hasPhone(s)),
    neverChecked: services.filter((s) => !s.checked),
    stale: services.filter((s) => isStale(s, today)),
  };
}

/**
 * `reportedIds`: ids of records with an open problem report (from the hub's local inbox,
 * scripts/check-content.ts); none when the check runs where there is no inbox.
 */
export function checkContent(
  services: Service[],
  order: { regions: readonly RegionId[]; needs: readonly NeedId[] },
  today: Date,
  reportedIds: readonly string[] = [],
): ContentCheck {
  const sorted = [...services].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  return {
    today,
    total: services.length,
    regions: order.regions.map((r) => coverage(r, sorted.filter((s) => s.regions.includes(r)), today)),
    needs: order.needs.map((n) => coverage(n, sorted.filter((s) => s.categories.includes(n)), today)),
    noPhone: sorted.filter((s) => !hasPhone(s)),
    neverChecked: sorted.filter((s) => !s.checked),
    stale: sorted
      .filter((s) => isStale(s, today))
      .map((service) => ({ service, months: monthsSinceChecked(service.checked, today)! }))
      .sort((a, b) => b.months - a.months),
    sharedPhones: shared(
      sorted,
      (s) => [...(s.phone ?? []).map((p) => p.number), ...(s.textphone ? [s.textphone] : []), ...(s.sms ? [s.sms] : [])],
      phoneKey,
    ),
    sharedWebsites: shared(sorted, (s) => (s.website ? [s.website] : []), websiteKey),
    toConfirm: sorted
      .filter((s) => s.status === 'unverified')
      .sort((a, b) => (a.checked === b.checked ? 0 : a.checked === null ? -1 : b.checked === null ? 1 : a.checked < b.checked ? -1 : 1)),
    reported: sorted.filter((s) => reportedIds.includes(s.id)),
  };
}
