// One HSDS 3.0 service record (already checked against the official schema) → one
// Pathway content record, checked by the same zod schema as content/services/*.yaml.
// Pathway's own export comes back exactly; another hub's record comes in as far as its
// facts reach, and is refused, with reasons, where Pathway would have to guess.
import { SERVICE_STATUSES, serviceSchema, type ServiceData } from '../schema/service';
import { formatAddress } from './address';
import { locationUuid } from './to-hsds';
import type { HsdsAttribute, HsdsService } from './types';
import { termIndex, type TaxonomyKey } from './vocabulary';

export type ImportResult =
  | { ok: true; id: string; data: ServiceData; warnings: string[] }
  | { ok: false; id: string | null; name: string; reasons: string[] };

export interface ImportOptions {
  /** A source URL for records that list none (e.g. the page the export was published on). */
  defaultSource?: string;
}

const TERMS = termIndex();

/** The Pathway terms a record's attributes point to, with their values, in order. */
function pathwayTerms(attributes: HsdsAttribute[] | undefined) {
  const found: Array<{ key: TaxonomyKey; code: string; value: string | undefined }> = [];
  for (const a of attributes ?? []) {
    const known = TERMS.get(a.taxonomy_term_id ?? a.taxonomy_term?.id ?? '');
    if (known) found.push({ ...known, value: a.value });
  }
  return found;
}

/** A kebab-case content id from a name, for records that do not carry a Pathway id. */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

const CONTENT_ID = /^[a-z0-9]+(-[a-z0-9]+)*$/;

const FREE = new Set(['free', 'free of charge', 'no charge', 'no cost']);

function freeOf(record: HsdsService, warnings: string[]): boolean | null {
  const amounts = (record.cost_options ?? []).map((c) => c.amount).filter((a): a is number => a !== undefined);
  if (amounts.some((a) => a > 0)) return false;
  if (amounts.length) return true;
  const fees = record.fees_description?.trim().replace(/[.!]+$/, '').toLowerCase();
  if (!fees) return null;
  if (FREE.has(fees)) return true;
  if (fees === 'there is a charge') return false;
  warnings.push(`fees_description "${record.fees_description}" is not a plain "free": cost left as not stated`);
  return null;
}

function phonesOf(record: HsdsService, warnings: string[]) {
  const out: Pick<ServiceData, 'phone' | 'textphone' | 'sms'> = {};
  const voice: NonNullable<ServiceData['phone']> = [];
  for (const p of record.phones ?? []) {
    const type = p.type?.toLowerCase() ?? 'voice';
    if (type === 'voice' || type === 'cell') {
      const terms = pathwayTerms(p.attributes);
      const hours = terms.find((t) => t.code === 'phone-hours')?.value;
      const openingHours = terms.find((t) => t.code === 'opening-hours')?.value;
      voice.push({
        number: p.number, ...(p.description ? { label: p.description } : {}), ...(hours ? { hours } : {}), ...(openingHours ? { openingHours } : {}),
      });
    } else if (type === 'textphone' && !out.textphone) out.textphone = p.number;
    else if (type === 'text' && !out.sms) out.sms = p.number;
    else warnings.push(`phone ${p.number} of type "${type}" has no place in Pathway: left out`);
  }
  if (voice.length) out.phone = voice;
  return out;
}

function placeOf(record: HsdsService, contentId: string, warnings: string[]): Pick<ServiceData, 'address' | 'location'> {
  const places = record.service_at_locations ?? [];
  if (places.length > 1) warnings.push(`${places.length} locations: only the first is kept`);
  const location = places[0]?.location;
  if (!location) return {};
  const out: Pick<ServiceData, 'address' | 'location'> = {};
  // Pathway's own location carries the address exactly as published in its description.
  const own = location.id === locationUuid(contentId) && location.description;
  const address = location.addresses?.[0];
  if (own) out.address = location.description;
  else if (address) out.address = formatAddress(address);
  if (location.latitude !== undefined && location.longitude !== undefined) {
    out.location = { lat: location.latitude, lon: location.longitude };
  }
  return out;
}

function hoursOf(record: HsdsService, warnings: string[]): string | undefined {
  const schedules = record.schedules ?? [];
  const described = schedules.filter((s) => s.description).map((s) => s.description!);
  if (described.length < schedules.length) {
    warnings.push('a schedule without a description was left out (Pathway keeps hours as text)');
  }
  return described.length ? described.join('; ') : undefined;
}

function checkedOf(assured: string | undefined): string | null {
  return assured ? (/^\d{4}(-\d{2}(-\d{2})?)?/.exec(assured)?.[0] ?? null) : null;
}

/** One HSDS service as Pathway content, or the reasons it cannot be taken in. */
export function fromHsdsService(record: HsdsService, options: ImportOptions = {}): ImportResult {
  const terms = pathwayTerms(record.attributes);
  const codes = (key: TaxonomyKey) => terms.filter((t) => t.key === key).map((t) => t.code);
  const details = (code: string) => terms.filter((t) => t.key === 'detail' && t.code === code).map((t) => t.value ?? '');
  const id = details('content-id')[0] ?? slugify(record.name);
  const warnings: string[] = [];
  const reasons: string[] = [];

  // The id becomes a file name and a URL: an id from another hub's file must not reach
  // outside content/services ("../x") or make an odd URL.
  if (!CONTENT_ID.test(id)) reasons.push(`id ${JSON.stringify(id)} is not a kebab-case content id (like "glasgow-womens-aid")`);
  const status = (SERVICE_STATUSES as readonly string[]).includes(details('status')[0] ?? '') ? details('status')[0]! : 'unverified';
  if (record.status !== 'active' && !(record.status === 'inactive' && status === 'possibly-closed')) {
    reasons.push(`status is "${record.status}": Pathway lists only active services`);
  }
  if (!record.organization) reasons.push('no organization: Pathway names who runs every service');
  if (codes('kind').length !== 1) reasons.push('needs exactly one "Pathway service kinds" term (specialist or mainstream)');
  if (!codes('need').length) reasons.push('no "Pathway needs" term: map its taxonomy terms to Pathway needs first');
  const sources = details('source').length ? details('source') : options.defaultSource ? [options.defaultSource] : [];
  if (!sources.length) reasons.push('no source: Pathway keeps no record without one (give --source <url>)');

  const candidate = {
    name: record.name,
    organisation: record.organization?.name,
    kind: codes('kind')[0],
    // Pathway's own status when the record carries it (its own export); a record from
    // elsewhere is unverified until the hub confirms it.
    status,
    categories: codes('need'),
    councilAreas: (record.service_areas ?? []).map((a) => a.name),
    description: record.description,
    ...phonesOf(record, warnings),
    ...(record.email ? { email: record.email } : {}),
    ...(record.url ? { website: record.url } : {}),
    ...(() => {
      const hours = hoursOf(record, warnings);
      return hours ? { hours } : {};
    })(),
    ...(record.interpretation_services
      ? { languages: record.interpretation_services }
      : record.languages?.some((l) => l.name)
        ? { languages: record.languages.flatMap((l) => (l.name ? [l.name] : [])).join(', ') }
        : {}),
    ...placeOf(record, id, warnings),
    free: freeOf(record, warnings),
    sources,
    checked: checkedOf(record.assured_date),
    ...(details('note')[0] ? { publicNotes: details('note')[0] } : {}),
    ...(details('opening-hours')[0] ? { openingHours: details('opening-hours')[0] } : {}),
  };
  if (!reasons.length) {
    const parsed = serviceSchema.safeParse(candidate);
    if (parsed.success) return { ok: true, id, data: parsed.data, warnings };
    for (const issue of parsed.error.issues) reasons.push(`${issue.path.join('.') || '(record)'}: ${issue.message}`);
  }
  return { ok: false, id, name: record.name, reasons };
}
