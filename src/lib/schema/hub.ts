// content/hub.yaml: the hub's own settings that pages tell her about.
import { z } from 'zod';
import { normalisePhone } from '../callback/phone';

export const hubSettingsSchema = z.strictObject({
  callback: z.strictObject({
    /** "withheld", or the number the hub calls from as her phone shows it (a callable number). */
    callerId: z.union([
      z.literal('withheld'),
      z.string().refine((n) => normalisePhone(n) !== null, 'must be "withheld" or a phone number the hub calls from'),
    ]),
  }),
});

export type HubSettings = z.infer<typeof hubSettingsSchema>;

/**
 * The settings in `value` (content/hub.yaml, parsed), or an Error naming `file` and the
 * field that is wrong, so a bad edit fails the build with a message the coordinator can act on.
 */
export function parseHubSettings(value: unknown, file: string): HubSettings {
  const result = hubSettingsSchema.safeParse(value);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.') || '(top)'}: ${i.message}`);
  throw new Error(`${file}: ${problems.join('; ')}`);
}
