// Turns a researched record (../shared/data/services.*.json) into a content file's data,
// for the seed and additions imports: the research `notes` become `editorNotes` (never
// published), hub regions are dropped (they follow from the council areas), the status
// comes from the hub's review of the notes below (default `unverified`), and the part of a
// phone label that says where the number was found moves to the editor notes (the source
// is in `sources`). Nothing is invented: every other fact is kept as researched.
import { serviceSchema, type ServiceData, type ServiceStatus } from '../../src/lib/schema/service';

/** A record as the research files hold it. */
export type ResearchRecord = Record<string, unknown> & { id: string };

/**
 * Statuses decided from the research notes (2026-11-30), each with the reason. Every other
 * record is `unverified` until the hub confirms it (`active`).
 */
export const STATUS_REVIEW: Readonly<Record<string, { status: ServiceStatus; why: string }>> = {
  'quay-services-aberdeen': { status: 'possibly-closed', why: 'every source is from 2004–2011' },
  'edinburgh-rape-crisis-centre': { status: 'possibly-closed', why: 'Rape Crisis Scotland paused referrals in 2024; no contact found' },
  'wrasac-dundee-and-angus': { status: 'possibly-closed', why: 'Vice Versa lost its funding and was due to close at the end of 2018' },
};

/** Parenthesised provenance in a phone label: "(as listed by …, April 2020)", "(per …)". */
const PROVENANCE = /\s*\((?:as (?:listed|given|shown)|per |listed as|described by|also (?:shown|listed))[^)]*\)/gi;
const NUMBER_LISTED = /^number listed in .*/i;

/** A phone label without where it was found; "Phone" when nothing else is left. */
export function plainLabel(label: string): { label: string; provenance: string | null } {
  if (NUMBER_LISTED.test(label)) return { label: 'Phone', provenance: label };
  const plain = label.replace(PROVENANCE, '').trim();
  return { label: plain || 'Phone', provenance: plain === label ? null : label };
}

/**
 * The content data of one research record, checked against the schema. Throws, naming the
 * record and the field, when it breaks the schema.
 */
export function contentRecord(raw: ResearchRecord): ServiceData {
  const { id, regions: _regions, replaces: _replaces, notes, status: _status, ...rest } = raw;
  const provenance: string[] = [];
  const phone = Array.isArray(rest['phone'])
    ? (rest['phone'] as { number: string; label?: string; hours?: string }[]).map((p) => {
        if (!p.label) return p;
        const plain = plainLabel(p.label);
        if (plain.provenance) provenance.push(`Phone ${p.number} was labelled "${plain.provenance}" in the research.`);
        return { ...p, label: plain.label };
      })
    : undefined;
  if (typeof rest['hours'] === 'string') {
    const hours = rest['hours'].replace(PROVENANCE, '').trim();
    if (hours !== rest['hours']) provenance.push(`Hours were written "${rest['hours']}" in the research.`);
    rest['hours'] = hours;
  }
  const review = STATUS_REVIEW[id];
  const editorNotes = [notes, ...provenance, review ? `Status ${review.status}: ${review.why}.` : null]
    .filter((n): n is string => typeof n === 'string' && n.length > 0)
    .join('\n');
  // Keep every field that has a value; `free: null` and `checked: null` are values
  // ("not stated", "never checked") and are kept too.
  const kept = Object.fromEntries(
    Object.entries({ ...rest, ...(phone ? { phone } : {}) }).filter(([k, v]) => v !== null || k === 'free' || k === 'checked'),
  );
  const candidate = {
    ...kept,
    status: review?.status ?? 'unverified',
    ...(editorNotes ? { editorNotes } : {}),
  };
  const parsed = serviceSchema.safeParse(candidate);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `${i.path.join('.') || '(record)'}: ${i.message}`).join('; ');
    throw new Error(`${id}: ${problems}`);
  }
  return parsed.data;
}

/**
 * `fresh` (a record just imported from the research) with the opening hours the hub
 * transcribed by hand (issue 18) carried over from `existing`, the file it replaces:
 * the service's own when its hours text is unchanged, and each phone's by number when
 * that phone's hours text is unchanged. A changed text drops its transcription, which the
 * coordinator then writes again. Keys keep their place: `openingHours` right after `hours`.
 */
export function keepOpeningHours(fresh: ServiceData, existing: ServiceData | undefined): ServiceData {
  if (!existing) return fresh;
  const after = <T extends object>(item: T, value: string | undefined): T => {
    if (!value) return item;
    const out: Record<string, unknown> = {};
    for (const [key, v] of Object.entries(item)) {
      out[key] = v;
      if (key === 'hours') out['openingHours'] = value;
    }
    return out as T;
  };
  const record = after(fresh, existing.hours === fresh.hours ? existing.openingHours : undefined);
  if (!fresh.phone) return record;
  return {
    ...record,
    phone: fresh.phone.map((p) => {
      const old = existing.phone?.find((e) => e.number === p.number && e.hours === p.hours);
      return after(p, old?.openingHours);
    }),
  };
}
