import { z } from 'zod';
import { COUNCIL_AREA_NAMES, HUB_REGION_IDS, NEED_IDS, REGION_IDS } from './taxonomy';

// Region and need names are UI strings (src/i18n), so that every language names them.
export const regionSchema = z.strictObject({
  id: z.enum(REGION_IDS),
  /** Rollout phase of the hub (1 = first); absent for "national". */
  phase: z.number().int().min(1).optional(),
  councilAreas: z.array(z.enum(COUNCIL_AREA_NAMES)),
});

export const councilAreaSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.enum(COUNCIL_AREA_NAMES),
  code: z.string().regex(/^S12\d{6}$/, 'must be a GSS code like S12000036'),
  region: z.enum(HUB_REGION_IDS).nullable(),
});

export const needSchema = z.strictObject({
  id: z.enum(NEED_IDS),
  /** Shown first on the home page: the needs a woman in crisis looks for. */
  featured: z.boolean().default(false),
});

export type Region = z.infer<typeof regionSchema>;
export type CouncilArea = z.infer<typeof councilAreaSchema>;
export type Need = z.infer<typeof needSchema>;
