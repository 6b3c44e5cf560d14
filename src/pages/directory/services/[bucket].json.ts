// The directory's records in BUCKETS files, for the offline worker and the page build
// (src/offline/service-record.ts): /directory/services/00.json … /directory/services/63.json.
import type { APIRoute, GetStaticPaths } from 'astro';
import { getServices } from '../../../data/directory';
import { assertNeutralIdsUnique } from '../../../lib/neutral-path';
import { BUCKETS } from '../../../offline/service-record';
import { bucketsOf } from '../../../offline/records';

export const getStaticPaths: GetStaticPaths = () =>
  Array.from({ length: BUCKETS }, (_, i) => ({ params: { bucket: String(i).padStart(2, '0') } }));

export const GET: APIRoute = async ({ params }) => {
  const services = await getServices();
  assertNeutralIdsUnique(services.map((s) => s.id));
  const bucket = bucketsOf(services)[Number(params['bucket'])] ?? {};
  return new Response(JSON.stringify(bucket), { headers: { 'Content-Type': 'application/json' } });
};
