// Build time only: the directory's services as the phone's records (service-record.ts),
// with their opening hours compiled (the opening_hours library stays off the phone).
import type { Service } from '../lib/schema/service';
import { COUNCIL_AREA_NAMES } from '../lib/schema/taxonomy';
import { neutralId } from '../lib/neutral-path';
import { weekOf } from '../lib/hours/week-of';
import type { WeeklyHours } from '../lib/hours/week';
import { BUCKETS, bucketOf, type ServiceBucket, type ServiceRecord } from './service-record';

export function toServiceRecord(service: Service): ServiceRecord {
  const { location: _location, editorNotes: _editorNotes, phone, ...rest } = service;
  const week = weekOf(service.openingHours);
  return {
    ...rest,
    ...(week ? { week } : {}),
    ...(phone ? { phone: phone.map(withWeek) } : {}),
    allScotland: COUNCIL_AREA_NAMES.every((a) => service.councilAreas.includes(a)),
  };
}

function withWeek<T extends { openingHours?: string | undefined }>(item: T): T & { week?: WeeklyHours } {
  const week = weekOf(item.openingHours);
  return week ? { ...item, week } : item;
}

/** Every service's record, grouped into its bucket (empty buckets included). */
export function bucketsOf(services: readonly Service[]): ServiceBucket[] {
  const buckets: ServiceBucket[] = Array.from({ length: BUCKETS }, () => ({}));
  for (const s of services) {
    const code = neutralId(s.id);
    buckets[bucketOf(code)]![code] = toServiceRecord(s);
  }
  return buckets;
}
