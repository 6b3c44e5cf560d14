import type { APIRoute, GetStaticPaths } from 'astro';
import { getHsdsServices } from '../../../data/hsds';
import { HSDS_PAGE_SIZE, paginate } from '../../../lib/hsds/page';

// Page n of the HSDS services list (/hsds/pages/1.json is /hsds/services.json).
export const getStaticPaths: GetStaticPaths = async () => {
  const pages = Math.max(1, Math.ceil((await getHsdsServices()).length / HSDS_PAGE_SIZE));
  return Array.from({ length: pages }, (_, i) => ({ params: { page: String(i + 1) } }));
};

export const GET: APIRoute = async ({ params }) =>
  Response.json(paginate(await getHsdsServices(), Number(params['page']), HSDS_PAGE_SIZE));
