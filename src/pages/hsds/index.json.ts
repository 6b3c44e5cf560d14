import type { APIRoute } from 'astro';
import { rootDocument } from '../../lib/hsds/page';

// HSDS's root document: which version of the specification /hsds/ follows.
export const GET: APIRoute = () => Response.json(rootDocument());
