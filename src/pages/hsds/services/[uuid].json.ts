import type { APIRoute, GetStaticPaths } from 'astro';
import { getHsdsServices } from '../../../data/hsds';
import type { HsdsService } from '../../../lib/hsds/types';

export const getStaticPaths = (async () =>
  (await getHsdsServices()).map((record) => ({ params: { uuid: record.id }, props: { record } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ record: HsdsService }> = ({ props }) => Response.json(props.record);
