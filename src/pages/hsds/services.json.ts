import type { APIRoute } from 'astro';
import { getHsdsServices } from '../../data/hsds';
import { HSDS_PAGE_SIZE, paginate } from '../../lib/hsds/page';

// The first page of every service, fully expanded, in HSDS's paginated shape; the others
// are /hsds/pages/<n>.json (total_pages says how many).
export const GET: APIRoute = async () => Response.json(paginate(await getHsdsServices(), 1, HSDS_PAGE_SIZE));
