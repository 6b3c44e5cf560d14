// What the phone needs to build a service page with no network: each service as a compact
// record, shared by every language (service details are in English), in buckets so that a
// change to one service downloads one bucket, not the directory (issue 15).
import type { Phone, Service } from '../lib/schema/service';
import type { WeeklyHours } from '../lib/hours/week';

/** A service as its page needs it: the content's fields minus the map's location and the
 *  coordinator's notes (this file is public, like the page). */
export type ServiceRecord = Omit<Service, 'location' | 'editorNotes' | 'phone'> & {
  /** Every council area of Scotland: the page says "All of Scotland". */
  allScotland: boolean;
  /** `openingHours` compiled for the phone (src/lib/hours/compile.ts). */
  week?: WeeklyHours;
  phone?: (Phone & { week?: WeeklyHours })[];
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
