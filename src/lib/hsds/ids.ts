import { v5 as uuidv5 } from 'uuid';

/**
 * Pathway's UUID namespace for HSDS ids. HSDS requires UUIDs; deriving them (v5) from
 * content ids under this fixed namespace keeps every id, and every link to
 * /hsds/services/<uuid>.json, the same from one build to the next. Never change it:
 * every published id would change with it.
 */
export const PATHWAY_HSDS_NAMESPACE = '4b65f516-995d-4687-99b4-b0978f063158';

/** The stable UUID of one HSDS object, named by a path such as "service/breathing-space/phone/0". */
export function hsdsId(...path: Array<string | number>): string {
  return uuidv5(path.join('/'), PATHWAY_HSDS_NAMESPACE);
}

export const serviceUuid = (contentId: string) => hsdsId('service', contentId);
// Keyed by name so services run by the same organisation share one organization id.
export const organizationUuid = (name: string) => hsdsId('organization', name.trim().toLowerCase());
