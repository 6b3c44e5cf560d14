import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/build-index';
import { SearchEngine } from '../../src/lib/search/engine';
import { foldText } from '../../src/lib/fold-text';
import { tokenize } from '../../src/lib/search/fold';
import { COUNCIL_AREA_NAMES } from '../../src/lib/schema/taxonomy';
import type { Service } from '../../src/lib/schema/service';
import towns from '../../content/council-towns.json';
import { stopwordsOf } from '../../src/lib/search/stopwords';

/** Words as the build splits them: with the language's stop words. */
const words = (text: string, lang = 'en') => tokenize(text, lang, stopwordsOf(lang));

function service(id: string, data: Partial<Service>): Service {
  return {
    id,
    name: id,
    organisation: 'Org',
    kind: 'mainstream',
    status: 'unverified',
    categories: ['health'],
    regions: ['glasgow'],
    councilAreas: ['Glasgow City'],
    description: 'A long description that is not searched.',
    free: null,
    sources: ['https://example.org/'],
    checked: null,
    ...data,
  };
}

const services: Service[] = [
  service('routes-out', { name: 'Routes Out', organisation: 'Glasgow City Council', kind: 'specialist', categories: ['exit-support'] }),
  service('glasgow-housing', { name: 'Glasgow Housing Options', categories: ['housing'], free: true }),
  service('edinburgh-housing', { name: 'Edinburgh Housing Advice', categories: ['housing'], regions: ['edinburgh-borders'], councilAreas: ['City of Edinburgh'] }),
  service('shelter', { name: 'Shelter Scotland Helpline', organisation: 'Shelter', categories: ['housing'], regions: ['national'], councilAreas: [...COUNCIL_AREA_NAMES], free: true }),
  service('paisley-clinic', { name: 'Sandyford Paisley', categories: ['sexual-health'], regions: ['glasgow'], councilAreas: ['Renfrewshire'], languages: 'Interpreters' }),
  service('housing-trust', { name: 'Women’s Refuge', organisation: 'Housing Trust', categories: ['domestic-abuse'], regions: ['ayrshire'], councilAreas: ['North Ayrshire'] }),
  service('description-only', { name: 'Quiet Place', description: 'Housing housing housing', regions: ['highland'], councilAreas: ['Highland'] }),
];

const names: Record<string, string> = { housing: 'A safe place to stay', 'exit-support': 'Help to leave selling sex', 'sexual-health': 'Sexual health', health: 'Health', 'domestic-abuse': 'Domestic abuse' };
const keywords: Record<string, string> = { housing: 'housing homeless accommodation refuge', health: 'doctor GP', 'domestic-abuse': 'violence partner' };
const data = buildSearchIndex({
  lang: 'en',
  services,
  needName: (id) => names[id] ?? id,
  needKeywords: (id) => keywords[id] ?? '',
  regionName: (id) => ({ glasgow: 'Glasgow', national: 'All of Scotland' })[id as string] ?? id,
  towns,
  formatChecked: (c) => c,
});
// What the browser receives: JSON, not objects.
const engine = new SearchEngine(JSON.parse(JSON.stringify(data)));
const ids = (q: string, filters = {}) => engine.search(q, filters).services.map((s) => s.id);

describe('fold and tokenize', () => {
  it('ignore case, accents and apostrophes', () => {
    expect(foldText('Glasgów ȘTIRLING Women’s Bo\'ness Łódź')).toBe('glasgow stirling womens boness lodz');
    expect(words('  Housing, Glasgow-City! ')).toEqual(['housing', 'glasgow', 'city']);
  });
});

describe('search ranking', () => {
  it('ranks a name match above a keyword or need match', () => {
    const found = ids('housing');
    expect(found[0]).toMatch(/housing$/);
    expect(found.indexOf('glasgow-housing')).toBeLessThan(found.indexOf('shelter'));
  });

  it('never searches the long description', () => {
    expect(ids('quiet')).toEqual(['description-only']);
    expect(ids('housing')).not.toContain('description-only');
  });

  it('finds words typed with typos', () => {
    expect(ids('glsgow housing')).toContain('glasgow-housing');
    expect(ids('edinbrugh')).toContain('edinburgh-housing');
    expect(ids('housng')[0]).toMatch(/housing$/);
  });

  it('finds words from their first letters, as she types', () => {
    expect(ids('housing glas')[0]).toBe('glasgow-housing');
    expect(ids('paisl')).toContain('paisley-clinic');
  });

  it('finds towns through their council area', () => {
    // Paisley is in Renfrewshire; the service's name does not say Renfrewshire.
    expect(ids('renfrewshire')).toContain('paisley-clinic');
    expect(ids('irvine')).toContain('housing-trust');
  });

  it('matches need names and keywords in the page language', () => {
    // "doctor" is a keyword of the need "health", which only this service lists.
    expect(ids('doctor')).toEqual(['description-only']);
    expect(ids('safe place stay')).toContain('glasgow-housing');
  });

  it('lets services for all of Scotland match any place, below local ones', () => {
    const found = ids('housing glasgow');
    expect(found).toContain('shelter');
    expect(found.indexOf('glasgow-housing')).toBeLessThan(found.indexOf('shelter'));
    expect(found).not.toContain('edinburgh-housing');
  });

  it('does not bury specialist services', () => {
    // A name match still wins, but the specialist service's organisation match comes next,
    // above mainstream services that only work in Glasgow.
    expect(ids('glasgow').slice(0, 2)).toEqual(['glasgow-housing', 'routes-out']);
  });

  it('ignores accents in the query', () => {
    expect(ids('Glàsgow Hóusing')[0]).toBe('glasgow-housing');
  });

  it('shows what matches most words when nothing matches them all', () => {
    expect(ids('somewhere zzzz housing')).toContain('glasgow-housing');
  });

  it('waits for more than one letter', () => {
    expect(engine.search('h').total).toBe(0);
  });

  it('searches a single character in scripts where one character says a lot', () => {
    const zh = buildSearchIndex({
      lang: 'zh', services, towns,
      needName: (id) => (id === 'housing' ? '安全的住处' : id),
      needKeywords: (id) => (id === 'housing' ? '住房 住处' : ''),
      regionName: (id) => id,
      formatChecked: (c) => c,
    });
    const found = new SearchEngine(zh).search('住').services.map((s) => s.id);
    expect(found).toContain('glasgow-housing');
  });

  it('caps the results but counts them all', () => {
    const result = engine.search('housing', {}, 2);
    expect(result.services).toHaveLength(2);
    expect(result.total).toBeGreaterThan(2);
  });
});

describe('filters', () => {
  it('narrows by region, keeping services for all of Scotland', () => {
    expect(ids('housing', { region: 'edinburgh-borders' }).sort()).toEqual(['edinburgh-housing', 'shelter']);
  });

  it('narrows by council area', () => {
    expect(ids('', { area: 'renfrewshire' }).sort()).toEqual(['paisley-clinic', 'shelter']);
  });

  it('narrows by need, kind, free and language', () => {
    expect(ids('', { need: 'exit-support' })).toEqual(['routes-out']);
    expect(ids('glasgow', { kind: 'specialist' })).toEqual(['routes-out']);
    expect(ids('housing', { free: true }).sort()).toEqual(['glasgow-housing', 'shelter']);
    expect(ids('', { language: true })).toEqual(['paisley-clinic']);
  });

  it('lists every service of the filters in directory order when the query is empty', () => {
    expect(engine.search('', {}).total).toBe(0);
    expect(ids('', { region: 'glasgow' })).toEqual(['routes-out', 'glasgow-housing', 'shelter', 'paisley-clinic']);
  });
});

describe('robustness', () => {
  it('never throws on odd queries', () => {
    for (const q of ['', '   ', '!!!', '\u0000', 'a'.repeat(5000), '🙂 housing', '((', '\\', '住房医生']) {
      expect(() => engine.search(q)).not.toThrow();
    }
  });

  it('ignores words of an index that does not match its services, rather than failing', () => {
    const stale = { ...data, words: { ...data.words, records: [{ v: 'housing', i: 0, n: 1 }] } };
    const e = new SearchEngine(JSON.parse(JSON.stringify(stale)));
    expect(e.search('housing').total).toBeGreaterThan(0);
    expect(e.search('glasgow').total).toBe(0);
  });
});

describe('the "open now" filter (issue 18)', () => {
  const withHours = [
    service('night-line', { name: 'Night Line', categories: ['housing'], phone: [{ number: '0800 000 0001', openingHours: 'Mo-Su 18:00-24:00' }] }),
    service('day-office', { name: 'Day Office', categories: ['housing'], phone: [{ number: '0800 000 0002', openingHours: 'Mo-Fr 09:00-17:00' }] }),
    service('no-hours', { name: 'No Hours', categories: ['housing'], phone: [{ number: '0800 000 0003' }] }),
  ];
  const index = JSON.parse(JSON.stringify(buildSearchIndex({
    lang: 'en', services: withHours, needName: (id) => id, needKeywords: () => '', regionName: (id) => id, towns, formatChecked: (c) => c,
  })));

  it('keeps only services open at the moment the engine is asked, by their hours as data', async () => {
    const { openNow } = await import('../../src/lib/hours/open-now');
    const at = (iso: string) => new SearchEngine(index, (s) => openNow(s, [], new Date(iso)));
    expect(at('2026-12-01T11:00:00Z').search('housing', { openNow: true }).services.map((s) => s.id)).toEqual(['day-office']);
    expect(at('2026-12-01T20:00:00Z').search('', { openNow: true }).services.map((s) => s.id)).toEqual(['night-line']);
    expect(at('2026-12-01T20:00:00Z').search('housing').services).toHaveLength(3);
  });
});

