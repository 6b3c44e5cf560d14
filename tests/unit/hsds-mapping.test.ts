import { describe, expect, it } from 'vitest';
import { structureAddress } from '../../src/lib/hsds/address';
import { fromHsdsService, slugify } from '../../src/lib/hsds/from-hsds';
import { hsdsId, PATHWAY_HSDS_NAMESPACE, serviceUuid } from '../../src/lib/hsds/ids';
import { paginate, recordsOf, rootDocument } from '../../src/lib/hsds/page';
import { toHsdsService } from '../../src/lib/hsds/to-hsds';
import type { HsdsService } from '../../src/lib/hsds/types';
import { planWrite, toYaml } from '../../src/lib/hsds/write-plan';
import { termId, vocabularyFromStrings } from '../../src/lib/hsds/vocabulary';
import type { Service } from '../../src/lib/schema/service';
import en from '../../src/i18n/locales/en.json';

const vocab = vocabularyFromStrings(en, [{ name: 'Glasgow City', code: 'S12000049' }]);

const base: Service = {
  id: 'drop-in',
  name: 'Drop-in',
  organisation: 'Example Trust',
  kind: 'specialist',
  status: 'unverified',
  categories: ['exit-support', 'housing'],
  regions: ['glasgow'],
  councilAreas: ['Glasgow City'],
  description: 'A drop-in.',
  free: null,
  sources: ['https://example.org/a', 'https://example.org/b'],
  checked: null,
};

describe('ids', () => {
  it('derives the same v5 UUID from the same content id, every time', () => {
    expect(serviceUuid('drop-in')).toBe(serviceUuid('drop-in'));
    expect(serviceUuid('drop-in')).not.toBe(serviceUuid('drop-in-2'));
    expect(serviceUuid('drop-in')).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    // Pinned (and checked with Python's uuid.uuid5): a change here would change every
    // published id and link.
    expect(PATHWAY_HSDS_NAMESPACE).toBe('4b65f516-995d-4687-99b4-b0978f063158');
    expect(hsdsId('service', 'breathing-space')).toBe('041bae65-f9c7-5e35-822e-35030aba749f');
  });
});

describe('toHsdsService', () => {
  it('writes only the facts the content has', () => {
    const record = toHsdsService(base, vocab);
    for (const absent of ['phones', 'schedules', 'service_at_locations', 'email', 'url', 'fees_description', 'cost_options', 'assured_date', 'interpretation_services']) {
      expect(record, absent).not.toHaveProperty(absent);
    }
    expect(record.service_areas).toEqual([
      expect.objectContaining({ name: 'Glasgow City', uri: 'http://statistics.data.gov.uk/id/statistical-geography/S12000049' }),
    ]);
    const needs = record.attributes!.filter((a) => a.link_type === 'need').map((a) => a.taxonomy_term!.code);
    expect(needs).toEqual(['exit-support', 'housing']);
    expect(record.attributes!.find((a) => a.link_type === 'need')!.taxonomy_term!.name).toBe(en['need.exit-support']);
  });

  it('puts free-text hours in schedule.description and invents no times', () => {
    const record = toHsdsService({ ...base, hours: 'Mon 10am-12.30pm' }, vocab);
    expect(record.schedules).toEqual([{ id: expect.any(String), service_id: record.id, description: 'Mon 10am-12.30pm' }]);
  });

  it('maps phones by RFC 6350 type, keeping label and hours', () => {
    const record = toHsdsService(
      { ...base, phone: [{ number: '0800 027 1234', label: 'Helpline', hours: '24/7' }], textphone: '18001 0800 027 1234', sms: '07800 000000' },
      vocab,
    );
    expect(record.phones!.map((p) => [p.number, p.type, p.description])).toEqual([
      ['0800 027 1234', 'voice', 'Helpline'],
      ['18001 0800 027 1234', 'textphone', undefined],
      ['07800 000000', 'text', undefined],
    ]);
    expect(record.phones![0]!.attributes![0]!.value).toBe('24/7');
  });

  it('states free as a zero-cost option and the checked date as assured_date', () => {
    const record = toHsdsService({ ...base, free: true, checked: '2022-08' }, vocab);
    expect(record.fees_description).toBe('Free');
    expect(record.cost_options).toEqual([expect.objectContaining({ amount: 0, currency: 'GBP' })]);
    expect(record.assured_date).toBe('2022-08');
  });

  it('gives a structured address only when every part is in the text', () => {
    const full = toHsdsService({ ...base, address: 'Sandyford Central, 2-6 Sandyford Place, Glasgow G3 7NB' }, vocab);
    expect(full.service_at_locations![0]!.location!.addresses).toEqual([
      expect.objectContaining({ address_1: 'Sandyford Central, 2-6 Sandyford Place', city: 'Glasgow', postal_code: 'G3 7NB', country: 'GB' }),
    ]);
    const partial = toHsdsService({ ...base, address: 'Merchant City, Glasgow (full address not published in sources)' }, vocab);
    const location = partial.service_at_locations![0]!.location!;
    expect(location.description).toBe('Merchant City, Glasgow (full address not published in sources)');
    expect(location).not.toHaveProperty('addresses');
  });
});

describe('structureAddress', () => {
  it('refuses to guess: no postcode, notes after it, or a postcode outside Scotland', () => {
    expect(structureAddress('Drumhar Health Centre, North Methven Street, Perth PH1 5PD')).toMatchObject({ city: 'Perth', state_province: 'Scotland' });
    expect(structureAddress('Greyfriars House, 55 Princes Street, Perth')).toBeNull();
    expect(structureAddress('PO Box 10301, Dundee DD1 9FY (postal only)')).toBeNull();
    expect(structureAddress('46-50 Oldham Street, Manchester M4 1LE')).toBeNull();
  });
});

describe('fromHsdsService', () => {
  it('brings Pathway’s own record back unchanged', () => {
    const service: Service = { ...base, phone: [{ number: '0141 000 0000', hours: '9-5' }], sms: '07800 000000', free: true, checked: '2021', publicNotes: 'n', editorNotes: 'e', address: 'Somewhere, Glasgow', hours: 'h', languages: 'l', website: 'https://example.org/' };
    const exported = toHsdsService(service, vocab);
    const result = fromHsdsService(exported);
    // Hub regions follow from the council areas, and the editor's notes never leave the content.
    const { id, regions: _regions, editorNotes: _editorNotes, ...data } = service;
    expect(result).toEqual({ ok: true, id, data, warnings: [] });
    expect(JSON.stringify(exported)).not.toContain('"e"');
  });

  const foreign = (over: Partial<HsdsService> = {}): HsdsService => {
    const attrs = toHsdsService(base, vocab).attributes!.filter((a) => a.link_type !== 'detail');
    return {
      id: '0d8f4b40-0d3a-4e9a-9b35-1a1a1a1a1a1a',
      name: 'Café Hub & Advice',
      status: 'active',
      description: 'Advice.',
      organization: { id: '1d8f4b40-0d3a-4e9a-9b35-1a1a1a1a1a1a', name: 'Other Hub', description: 'x' },
      service_areas: [{ id: '2d8f4b40-0d3a-4e9a-9b35-1a1a1a1a1a1a', name: 'Glasgow City' }],
      attributes: attrs.map((a) => ({ id: a.id, taxonomy_term_id: a.taxonomy_term_id! })),
      ...over,
    };
  };

  it('takes in another hub’s record, recognising Pathway terms by id alone', () => {
    const result = fromHsdsService(
      foreign({
        cost_options: [{ id: '3d8f4b40-0d3a-4e9a-9b35-1a1a1a1a1a1a', amount: 5 }],
        service_at_locations: [{ id: '4d8f4b40-0d3a-4e9a-9b35-1a1a1a1a1a1a', location: { id: '5d8f4b40-0d3a-4e9a-9b35-1a1a1a1a1a1a', location_type: 'physical', addresses: [{ id: '6d8f4b40-0d3a-4e9a-9b35-1a1a1a1a1a1a', address_1: '1 High Street', city: 'Glasgow', state_province: 'Scotland', postal_code: 'G1 1AA', country: 'GB', address_type: 'physical' }] } }],
        assured_date: '2024-03-01T10:00:00Z',
      }),
      { defaultSource: 'https://other.example/hsds/' },
    );
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.id).toBe('cafe-hub-and-advice');
    expect(result.data).toMatchObject({ kind: 'specialist', categories: ['exit-support', 'housing'], free: false, address: '1 High Street, Glasgow G1 1AA', checked: '2024-03-01', sources: ['https://other.example/hsds/'] });
  });

  it('refuses what Pathway would have to guess, with reasons', () => {
    const result = fromHsdsService(foreign({ attributes: [], status: 'defunct', service_areas: [{ id: '2d8f4b40-0d3a-4e9a-9b35-1a1a1a1a1a1a', name: 'Lanarkshire' }] }));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.reasons.join('\n')).toMatch(/status is "defunct"[\s\S]*service kinds[\s\S]*Pathway needs[\s\S]*no source/);
  });

  it('refuses a record that breaks the content schema, naming the field', () => {
    const result = fromHsdsService(foreign({ phones: [{ id: '7d8f4b40-0d3a-4e9a-9b35-1a1a1a1a1a1a', number: '(0141) 555-1234' }] }), { defaultSource: 'https://other.example/' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reasons.join('\n')).toContain('phone.0.number: must be digits and spaces');
  });

  it('refuses an id that is not a plain content id, so no file is written outside the folder', () => {
    const record = toHsdsService({ ...base, id: 'x' }, vocab);
    const idAttribute = record.attributes!.find((a) => a.taxonomy_term?.code === 'content-id')!;
    idAttribute.value = '../../package';
    const result = fromHsdsService(record);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.reasons[0]).toContain('"../../package" is not a kebab-case content id');
    expect(fromHsdsService(foreign({ name: '!!!' }), { defaultSource: 'https://other.example/' }).ok).toBe(false);
  });

  it('makes kebab-case ids', () => {
    expect(slugify('  Women’s Aid — Perth & Kinross ')).toBe('women-s-aid-perth-and-kinross');
  });
});

describe('planWrite', () => {
  const { id: _id, regions: _regions, ...data } = base;
  it('creates new files, leaves equal content alone however it is laid out, and needs force to replace', () => {
    expect(planWrite('x.yaml', null, data, false).action).toBe('create');
    expect(planWrite('x.yaml', toYaml(data).replace('free: null', 'free: ~'), data, false).action).toBe('unchanged');
    const changed = planWrite('x.yaml', toYaml({ ...data, name: 'Drop in' }), data, false);
    expect(changed.action).toBe('conflict');
    expect(changed.diff).toContain('-name: Drop in');
    expect(changed.diff).toContain('+name: Drop-in');
    expect(planWrite('x.yaml', 'not: [yaml', data, true).action).toBe('overwrite');
  });

  it("keeps the file's editor notes, which never travel in HSDS", () => {
    const onDisk = toYaml({ ...data, editorNotes: 'Ring to confirm the hours.' });
    expect(planWrite('x.yaml', onDisk, data, false).action).toBe('unchanged');
  });
});

describe('pages', () => {
  it('gives the root document and HSDS’s page shape', () => {
    expect(rootDocument()).toEqual({ version: '3.0', profile: expect.stringMatching(/^https:\/\//) });
    expect(paginate(['a', 'b', 'c'], 2, 2)).toEqual({ total_items: 3, total_pages: 2, page_number: 2, size: 1, first_page: false, last_page: true, empty: false, contents: ['c'] });
    expect(paginate([])).toMatchObject({ total_items: 0, total_pages: 1, empty: true, first_page: true, last_page: true });
    expect(() => paginate([], 0)).toThrow(/page number/);
  });

  it('finds records in a page, a list or one service, and refuses anything else', () => {
    expect(recordsOf({ contents: [1] })).toEqual([1]);
    expect(recordsOf([1, 2])).toEqual([1, 2]);
    expect(recordsOf({ id: 'x', name: 'y' })).toHaveLength(1);
    expect(() => recordsOf({ hello: 1 })).toThrow(/not an HSDS services page/);
  });

  it('names Pathway’s terms stably', () => {
    expect(termId('need', 'housing')).toBe(termId('need', 'housing'));
  });
});
