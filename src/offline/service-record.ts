// What the phone needs to build a service page with no network: each service as a compact
// record, shared by every language (service details are in English), in buckets so that a
// change to one service downloads one bucket, not the directory (issue 15).
import type { Service } from '../lib/schema/service';
import { COUNCIL_AREA_NAMES } from '../lib/schema/taxonomy';
import { neutralId } from '../lib/neutral-path';

/** A service as its page needs it: the content's fields minus the map's location and the
 *  coordinator's notes (this file is public, like the page). */
export type ServiceRecord = Omit<Service, 'location' | 'editorNotes'> & {
  /** Every council area of Scotland: the page says "All of Scotland". */
  allScotland: boolean;
};

/** How many files the directory's records are spread over; fixed so a service never moves. */
export const BUCKETS = 64;

/** The bucket of a neutral id (src/lib/neutral-path.ts): 0 to BUCKETS - 1. */
export function bucketOf(code: string): number {
  return parseInt(code.slice(0, 2), 36) % BUCKETS;
}

/** The site path of a bucket's file: "/directory/services/07.json". */
export function bucketPath(bucket: number): string {
  return `/directory/services/${String(bucket).padStart(2, '0')}.json`;
}

/** One bucket's file: records by neutral id. */
export type ServiceBucket = Record<string, ServiceRecord>;

export function toServiceRecord(service: Service): ServiceRecord {
  const { location: _location, editorNotes: _editorNotes, ...rest } = service;
  return { ...rest, allScotland: COUNCIL_AREA_NAMES.every((a) => service.councilAreas.includes(a)) };
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
