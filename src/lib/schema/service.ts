import { z } from 'zod';
import { COUNCIL_AREA_NAMES, NEED_IDS, REGION_IDS, SERVICE_KINDS } from './taxonomy';

// Numbers are kept as published (spaces included) so a person can compare them with the
// source; only characters that can appear in a dialled UK number are allowed.
const phoneNumber = z
  .string()
  .regex(/^\+?[0-9][0-9 ]*[0-9]$/, 'must be digits and spaces as published, e.g. "0800 027 1234"');

export const phoneSchema = z.strictObject({
  number: phoneNumber,
  label: z.string().min(1).optional(),
  hours: z.string().min(1).optional(),
});

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

/** One service of the directory, as written in `content/services/<id>.yaml`. */
export const serviceSchema = z.strictObject({
  name: z.string().min(1),
  organisation: z.string().min(1),
  kind: z.enum(SERVICE_KINDS),
  categories: z.array(z.enum(NEED_IDS)).min(1),
  regions: z.array(z.enum(REGION_IDS)).min(1),
  councilAreas: z.array(z.enum(COUNCIL_AREA_NAMES)).min(1),
  description: z.string().min(1),
  phone: z.array(phoneSchema).min(1).optional(),
  textphone: phoneNumber.optional(),
  sms: phoneNumber.optional(),
  email: z.email().optional(),
  website: z.url({ protocol: /^https?$/ }).optional(),
  hours: z.string().min(1).optional(),
  languages: z.string().min(1).optional(),
  address: z.string().min(1).optional(),
  location: locationSchema.optional(),
  free: z.boolean().nullable(),
  sources: z.array(z.url({ protocol: /^https?$/ })).min(1),
  checked: checkedDate.nullable(),
  notes: z.string().min(1).optional(),
});

export type ServiceData = z.infer<typeof serviceSchema>;
export type Phone = z.infer<typeof phoneSchema>;
/** A service with its id (the file name of its content). */
export type Service = ServiceData & { id: string };
