import { z } from 'zod';
import { COUNCIL_AREA_NAMES, NEED_IDS, SERVICE_KINDS, type RegionId } from './taxonomy';
import { openingHoursProblem } from '../hours/compile';

// Numbers are kept as published (spaces included) so a person can compare them with the
// source; only characters that can appear in a dialled UK number are allowed.
const phoneNumber = z
  .string()
  .regex(/^\+?[0-9][0-9 ]*[0-9]$/, 'must be digits and spaces as published, e.g. "0800 027 1234"');

/**
 * Words that belong to the coordinator, not to her (issue 16): research notes such as
 * "verify before publishing" must never reach a page. Public text containing them fails
 * the build, naming the file and field; such notes go in `editorNotes`.
 */
export const EDITOR_PHRASES = /\b(before publishing|stored (?:source|copie|page)s?|verif(?:y|ied|ication)|confirm(?:ed|ation)?|to be checked|possibly closed)\b/i;

/** Text she reads on a page or in the open data. */
const publicText = z
  .string()
  .min(1)
  .refine((text) => !EDITOR_PHRASES.test(text), {
    message: 'reads like a note for the coordinator (e.g. "verify", "confirm", "before publishing"): put it in editorNotes, and write for her here',
  });

/**
 * Hours as data (issue 18): OSM opening_hours syntax, transcribed from the `hours` text
 * beside it (which stays, for her and for the coordinator). A value the opening_hours
 * library cannot read, warns about, or would call "unknown" fails the build.
 */
const openingHours = z.string().superRefine((value, ctx) => {
  const problem = openingHoursProblem(value);
  if (problem) ctx.addIssue({ code: 'custom', message: `opening_hours "${value}": ${problem}` });
});

export const phoneSchema = z.strictObject({
  number: phoneNumber,
  /** Plain: "Helpline", "Out of hours", "Office"; where the number came from goes in sources. */
  label: publicText.optional(),
  hours: publicText.optional(),
  openingHours: openingHours.optional(),
});

/**
 * How sure the hub is that the service is there (issue 16): `active` (confirmed by the
 * hub), `unverified` (researched from public sources, not yet confirmed: the default for
 * imported records), `possibly-closed` (kept off lists and search; its page says so),
 * `closed` (not published).
 */
export const SERVICE_STATUSES = ['active', 'unverified', 'possibly-closed', 'closed'] as const;
export type ServiceStatus = (typeof SERVICE_STATUSES)[number];

// "YYYY", "YYYY-MM" or "YYYY-MM-DD": sources often give only a month or a year. YAML
// readers turn an unquoted 2024-02-06 into a Date, so a Date is read back as its day.
export const checkedDate = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z
    .string()
    .regex(/^\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?)?$/, 'must be YYYY, YYYY-MM or YYYY-MM-DD'),
);

export const locationSchema = z.strictObject({
  lat: z.number().min(54.5).max(61).describe('latitude in Scotland (WGS84)'),
  lon: z.number().min(-9).max(-0.5).describe('longitude in Scotland (WGS84)'),
});

/** How the hub confirmed a record (issue 20): `npm run hub -- confirm <id> --method …`. */
export const CONFIRM_METHODS = ['phone', 'email', 'website', 'in-person'] as const;
export const confirmationSchema = z.strictObject({
  method: z.enum(CONFIRM_METHODS),
  date: checkedDate,
});

/** One service of the directory, as written in `content/services/<id>.yaml`. */
export const serviceSchema = z.strictObject({
  name: z.string().min(1),
  organisation: z.string().min(1),
  kind: z.enum(SERVICE_KINDS),
  status: z.enum(SERVICE_STATUSES),
  categories: z.array(z.enum(NEED_IDS)).min(1),
  // Hub regions are not written here: they follow from the council areas (src/lib/regions.ts).
  councilAreas: z.array(z.enum(COUNCIL_AREA_NAMES)).min(1),
  description: publicText,
  phone: z.array(phoneSchema).min(1).optional(),
  textphone: phoneNumber.optional(),
  sms: phoneNumber.optional(),
  email: z.email().optional(),
  website: z.url({ protocol: /^https?$/ }).optional(),
  hours: publicText.optional(),
  /** The place's (or the whole service's) hours as data, beside `hours`. */
  openingHours: openingHours.optional(),
  languages: publicText.optional(),
  address: publicText.optional(),
  location: locationSchema.optional(),
  free: z.boolean().nullable(),
  sources: z.array(z.url({ protocol: /^https?$/ })).min(1),
  checked: checkedDate.nullable(),
  /** The hub's own confirmation (status active): how, and when. Not shown to her. */
  confirmed: confirmationSchema.optional(),
  /** Written for her, plain: shown on the service's page. */
  publicNotes: publicText.optional(),
  /** For the coordinator: doubts, conflicts, what to confirm. Never rendered, never exported. */
  editorNotes: z.string().min(1).optional(),
});

export type ServiceData = z.infer<typeof serviceSchema>;
export type Phone = z.infer<typeof phoneSchema>;
/** A service with its id (the file name of its content) and its hub regions, which follow
 *  from its council areas (src/lib/regions.ts). */
export type Service = ServiceData & { id: string; regions: RegionId[] };
