// Pathway's own taxonomies, published inside every HSDS record as attributes. HSDS has
// no field for a service's needs, hub regions, kind, sources or editorial notes; its
// attributes + taxonomy terms are the place the specification gives for such facts.
import { hsdsId } from './ids';
import type { HsdsAttribute, HsdsTaxonomy, HsdsTaxonomyTerm } from './types';
import {
  NEED_IDS,
  REGION_IDS,
  SERVICE_KINDS,
  type CouncilAreaName,
  type NeedId,
  type RegionId,
  type ServiceKind,
} from '../schema/taxonomy';

/** Record fields that HSDS has no place for, kept as attribute values. */
export const DETAIL_CODES = ['content-id', 'source', 'note', 'phone-hours', 'opening-hours', 'status'] as const;
export type DetailCode = (typeof DETAIL_CODES)[number];

export const TAXONOMY_KEYS = ['need', 'region', 'kind', 'detail'] as const;
export type TaxonomyKey = (typeof TAXONOMY_KEYS)[number];

/** Names the export needs that live elsewhere: need and region names are UI strings. */
export interface Vocabulary {
  needNames: Record<NeedId, string>;
  regionNames: Record<RegionId, string>;
  /** GSS codes of council areas, for service_area.uri. */
  councilAreaCodes: Partial<Record<CouncilAreaName, string>>;
}

const TAXONOMIES: Record<TaxonomyKey, Omit<HsdsTaxonomy, 'id'>> = {
  need: { name: 'Pathway needs', description: 'What a woman may need help with, as Pathway groups services. The first term of a service is its main need.', version: '1' },
  region: { name: 'Pathway hub regions', description: "The regions of Scotland's national hub; 'national' means all of Scotland.", version: '1' },
  kind: { name: 'Pathway service kinds', description: 'Whether a service is specialist (for women who sell or exchange sex or are exploited) or mainstream.', version: '1' },
  detail: { name: 'Pathway record details', description: 'Facts about a Pathway record that HSDS has no field for; the attribute value holds the fact.', version: '1' },
};

const KIND_TERMS: Record<ServiceKind, { name: string; description: string }> = {
  specialist: { name: 'Specialist service', description: 'A service for women who sell or exchange sex, or who are exploited.' },
  mainstream: { name: 'Mainstream service', description: 'A service for everyone that also helps women who sell or exchange sex.' },
};

const DETAIL_TERMS: Record<DetailCode, { name: string; description: string }> = {
  'content-id': { name: 'Pathway id', description: "The record's id in Pathway's content; its page is /services/<neutral id>/, and /services/<id>/ redirects there." },
  source: { name: 'Source', description: "A public web page the record's details were read from; the first is the main source." },
  note: { name: 'Note', description: 'Things to know about the service, written for the person using it.' },
  status: { name: 'Pathway status', description: 'How sure the hub is: active (confirmed by the hub), unverified (from public sources, not yet confirmed), possibly-closed.' },
  'phone-hours': { name: 'Phone hours', description: 'When this number is answered, as published (free text).' },
  'opening-hours': { name: 'Opening hours (OSM)', description: 'When this number (or, on a service, the service) is open, in OpenStreetMap opening_hours syntax, transcribed from the text hours.' },
};

export function taxonomy(key: TaxonomyKey): HsdsTaxonomy {
  return { id: hsdsId('taxonomy', key), ...TAXONOMIES[key] };
}

export function termId(key: TaxonomyKey, code: string): string {
  return hsdsId('taxonomy', key, code);
}

function termText(key: TaxonomyKey, code: string, vocab: Vocabulary): { name: string; description: string } {
  switch (key) {
    case 'need': {
      const name = vocab.needNames[code as NeedId];
      return { name, description: `Services that help with: ${name}.` };
    }
    case 'region': {
      const name = vocab.regionNames[code as RegionId];
      return { name, description: code === 'national' ? 'Services for all of Scotland.' : `Services in the ${name} hub region.` };
    }
    case 'kind':
      return KIND_TERMS[code as ServiceKind];
    case 'detail':
      return DETAIL_TERMS[code as DetailCode];
  }
}

export function term(key: TaxonomyKey, code: string, vocab: Vocabulary): HsdsTaxonomyTerm {
  const detail = taxonomy(key);
  return {
    id: termId(key, code),
    code,
    ...termText(key, code, vocab),
    taxonomy: detail.name,
    taxonomy_id: detail.id,
    taxonomy_detail: detail,
    language: 'en',
  };
}

/**
 * An attribute tying an HSDS object to one of Pathway's terms. `index` keeps ids apart
 * when the same term is used more than once (several sources).
 */
export function attribute(
  owner: { id: string; entity: string },
  key: TaxonomyKey,
  code: string,
  vocab: Vocabulary,
  extra: { value?: string; index?: number } = {},
): HsdsAttribute {
  const t = term(key, code, vocab);
  return {
    id: hsdsId(owner.id, 'attribute', key, code, extra.index ?? 0),
    link_id: owner.id,
    link_type: key,
    link_entity: owner.entity,
    taxonomy_term_id: t.id,
    taxonomy_term: t,
    ...(extra.value !== undefined ? { value: extra.value } : {}),
  };
}

/** Every Pathway term id, so an import recognises a term even when only its id is given. */
export function termIndex(): Map<string, { key: TaxonomyKey; code: string }> {
  const index = new Map<string, { key: TaxonomyKey; code: string }>();
  const codes: Record<TaxonomyKey, readonly string[]> = {
    need: NEED_IDS,
    region: REGION_IDS,
    kind: SERVICE_KINDS,
    detail: DETAIL_CODES,
  };
  for (const key of TAXONOMY_KEYS) for (const code of codes[key]) index.set(termId(key, code), { key, code });
  return index;
}

/** Builds the vocabulary from a flat string table (en.json) and the council areas. */
export function vocabularyFromStrings(
  strings: Readonly<Record<string, unknown>>,
  councilAreas: ReadonlyArray<{ name: CouncilAreaName; code: string }>,
): Vocabulary {
  const pick = <K extends string>(ids: readonly K[], prefix: string) =>
    Object.fromEntries(
      ids.map((id) => {
        const name = strings[`${prefix}.${id}`];
        if (typeof name !== 'string' || !name) throw new Error(`No English name for ${prefix} "${id}" (key "${prefix}.${id}" in en.json)`);
        return [id, name];
      }),
    ) as Record<K, string>;
  return {
    needNames: pick(NEED_IDS, 'need'),
    regionNames: pick(REGION_IDS, 'region'),
    councilAreaCodes: Object.fromEntries(councilAreas.map((a) => [a.name, a.code])),
  };
}
