import type { APIRoute } from 'astro';
import { getHsdsServices } from '../../data/hsds';
import { paginate } from '../../lib/hsds/page';

// Every service, fully expanded, as page 1 of 1 in HSDS's paginated shape.
export const GET: APIRoute = async () => Response.json(paginate(await getHsdsServices()));
