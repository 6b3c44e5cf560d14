// Issue 19, part 2: what she can reach first, and the rules that order equal matches.
import { describe, expect, it } from 'vitest';
import { buildSearchIndex } from '../../src/lib/search/build-index';
import { SearchEngine } from '../../src/lib/search/engine';
import type { SearchIndexData } from '../../src/lib/search/index-data';
import type { Service } from '../../src/lib/schema/service';
import type { NeedId } from '../../src/lib/schema/taxonomy';
import towns from '../../content/council-towns.json';

const PHONE = [{ number: '0800 000 0000' }];

function service(id: string, data: Partial<Service>): Service {
  return {
    id,
    name: id,
    organisation: 'Org',
    kind: 'mainstream',
    status: 'unverified',
    categories: ['housing'],
    regions: ['glasgow'],
    councilAreas: ['Glasgow City'],
    description: 'Not searched.',
    free: null,
    sources: ['https://example.org/'],
    checked: null,
    ...data,
  };
}

const names: Partial<Record<NeedId, string>> = { housing: 'A safe place to stay', health: 'Health', 'domestic-abuse': 'Domestic abuse', immigration: 'Immigration', emergency: 'Emergency' };
const keywords: Partial<Record<NeedId, string>> = { housing: 'housing refuge', health: 'doctor GP', 'domestic-abuse': 'violence refuge', immigration: 'refugee asylum', emergency: 'now tonight scared' };

function index(services: Service[], lang = 'en', extra: Partial<Parameters<typeof buildSearchIndex>[0]> = {}): SearchIndexData {
  const data = buildSearchIndex({
    lang,
    services,
    needName: (id) => names[id] ?? id,
    needKeywords: (id) => keywords[id] ?? '',
    languageKeywords: 'interpreter translation',
    regionName: (id) => id,
    towns,
    formatChecked: (c) => c,
    ...extra,
  });
  // What the browser receives: JSON, not objects.
  return JSON.parse(JSON.stringify(data)) as SearchIndexData;
}
const search = (services: Service[], q: string, filters = {}) =>
  new SearchEngine(index(services)).search(q, filters).services.map((s) => s.id);

describe('reachable first', () => {
  it('ranks a service she cannot contact below one she can, even when it matches better', () => {
    const services = [
      service('website-only-housing', { name: 'Housing Desk' }),
      service('phone', { name: 'Helpline', phone: PHONE }),
    ];
    expect(search(services, 'housing')).toEqual(['phone', 'website-only-housing']);
  });

  it('counts a textphone, an SMS number or an email address as a way to reach her', () => {
    const services = [
      service('none', {}),
      service('textphone', { textphone: '18001 0800 000 0000' }),
      service('sms', { sms: '07700 900000' }),
      service('email', { email: 'help@example.org' }),
    ];
    const found = search(services, 'housing');
    expect(found.at(-1)).toBe('none');
    expect(new SearchEngine(index(services)).services.map((s) => [s.id, s.reachable])).toEqual([
      ['none', false], ['textphone', true], ['sms', true], ['email', true],
    ]);
  });

  it('never lets the specialist boost lift a service she cannot reach above one she can', () => {
    const services = [
      service('specialist-no-contact', { kind: 'specialist', name: 'Housing Project' }),
      service('mainstream-phone', { name: 'Housing Line', phone: PHONE }),
    ];
    expect(search(services, 'housing')).toEqual(['mainstream-phone', 'specialist-no-contact']);
  });

  it('lists those she can contact first when only filters are set, otherwise in directory order', () => {
    const services = [service('a-none', {}), service('b-phone', { phone: PHONE }), service('c-none', {}), service('d-email', { email: 'x@example.org' })];
    expect(search(services, '', { region: 'glasgow' })).toEqual(['b-phone', 'd-email', 'a-none', 'c-none']);
  });
});

describe('equal matches', () => {
  it('puts a service confirmed by the hub (active) above an unverified one', () => {
    const services = [
      service('unverified', { phone: PHONE }),
      service('active', { phone: PHONE, status: 'active' }),
    ];
    expect(search(services, 'housing')).toEqual(['active', 'unverified']);
  });

  it('keeps a better match above a confirmed one: "active" only breaks ties', () => {
    const services = [
      service('active', { phone: PHONE, status: 'active' }),
      service('unverified-name', { name: 'Housing Line', phone: PHONE }),
    ];
    expect(search(services, 'housing')).toEqual(['unverified-name', 'active']);
  });

  it('puts a line open 24/7 above one with hours', () => {
    const services = [
      service('office-hours', { categories: ['health'], phone: [{ number: '0141 000 0000', openingHours: 'Mo-Fr 09:00-17:00' }] }),
      service('always', { categories: ['health'], phone: [{ number: '111', openingHours: '24/7' }] }),
    ];
    expect(search(services, 'doctor')).toEqual(['always', 'office-hours']);
  });

  it('puts a service she can call above one she can only email', () => {
    const services = [service('email', { email: 'x@example.org' }), service('phone', { phone: PHONE })];
    expect(search(services, 'housing')).toEqual(['phone', 'email']);
  });
});

describe('what a word means', () => {
  it('ranks a service whose main need a word names above one for which it is a side need, specialist or not', () => {
    const services = [
      service('specialist-side', { kind: 'specialist', categories: ['domestic-abuse', 'health'], phone: PHONE }),
      service('main-health', { categories: ['health', 'emergency'], phone: PHONE }),
    ];
    expect(search(services, 'doctor')).toEqual(['main-health', 'specialist-side']);
  });

  it('ranks a whole word above words it only starts: "refuge" before the Refugee Council', () => {
    const services = [
      service('scottish-refugee-council', { name: 'Scottish Refugee Council', categories: ['immigration'], phone: PHONE }),
      service('womens-aid', { name: 'Women’s Aid', categories: ['domestic-abuse', 'housing'], phone: PHONE }),
      service('homeless-line', { name: 'Homeless Line', categories: ['housing'], phone: PHONE }),
    ];
    const found = search(services, 'refuge');
    expect(found.slice(0, 2).sort()).toEqual(['homeless-line', 'womens-aid']);
    expect(found.at(-1)).toBe('scottish-refugee-council');
    // While she is still typing, the word it starts is found as before.
    expect(search(services, 'refug')[0]).toBe('scottish-refugee-council');
  });

  it('maps "tonight", "now" and "scared" to the emergency need through its keywords', () => {
    const services = [service('housing', { phone: PHONE }), service('crisis', { categories: ['emergency'], phone: PHONE })];
    for (const q of ['tonight', 'now', 'scared']) expect(search(services, q), q).toEqual(['crisis']);
  });

  it('finds a service by its languages text and by the words for interpreting', () => {
    const services = [
      service('romanian', { languages: 'Romanian and Polish speaking staff', phone: PHONE }),
      service('interpreters', { languages: 'Interpreters can be arranged', phone: PHONE }),
      service('none', { phone: PHONE }),
    ];
    expect(search(services, 'Romanian')).toEqual(['romanian']);
    expect(search(services, 'interpreter').sort()).toEqual(['interpreters', 'romanian']);
    expect(search(services, 'translation').sort()).toEqual(['interpreters', 'romanian']);
  });
});

describe('what the index holds', () => {
  it('leaves possibly-closed and closed services out of the index', () => {
    const data = index([
      service('open', { phone: PHONE }),
      service('maybe-closed', { status: 'possibly-closed', phone: PHONE }),
      service('closed', { status: 'closed', phone: PHONE }),
      service('confirmed', { status: 'active', phone: PHONE }),
    ]);
    expect(data.services.map((s) => [s.id, s.status])).toEqual([['open', 'unverified'], ['confirmed', 'active']]);
  });

  it('drops a possibly-closed service should an index ever carry one', () => {
    const data = index([service('open', { phone: PHONE }), service('other', { phone: PHONE })]);
    data.services[1]!.status = 'possibly-closed';
    const engine = new SearchEngine(data);
    expect(engine.search('housing').services.map((s) => s.id)).toEqual(['open']);
    expect(engine.search('', { region: 'glasgow' }).services.map((s) => s.id)).toEqual(['open']);
  });
});

describe('text as people type it, through the engine', () => {
  const zh = [
    service('glasgow-housing', { name: 'Glasgow Housing', phone: PHONE }),
    service('edinburgh-housing', { name: 'Edinburgh Housing', regions: ['edinburgh-borders'], councilAreas: ['City of Edinburgh'], phone: PHONE }),
    service('glasgow-health', { categories: ['health'], phone: PHONE }),
  ];
  const zhIndex = index(zh, 'zh', {
    needName: (id) => ({ housing: '安全的住处', health: '健康' })[id as string] ?? id,
    needKeywords: (id) => ({ housing: '住房 住处', health: '医生 医院' })[id as string] ?? '',
    regionName: (id) => ({ glasgow: '格拉斯哥（Glasgow）', 'edinburgh-borders': '爱丁堡和边区' })[id as string] ?? id,
  });
  const zhEngine = new SearchEngine(zhIndex);
  const zhIds = (q: string) => zhEngine.search(q).services.map((s) => s.id);

  it('finds Chinese words typed without spaces, in either order', () => {
    expect(zhIds('格拉斯哥住房')).toEqual(['glasgow-housing']);
    expect(zhIds('住房 格拉斯哥')).toEqual(['glasgow-housing']);
    expect(zhIds('格拉斯哥的医院')).toEqual(['glasgow-health']);
  });

  it('finds an Arabic word stretched with tatweel as the word itself', () => {
    const ar = index([service('housing', { phone: PHONE })], 'ar', { needKeywords: (id) => (id === 'housing' ? 'سكن مأوى' : '') });
    const engine = new SearchEngine(ar);
    expect(engine.search('ســكن').services.map((s) => s.id)).toEqual(['housing']);
    expect(engine.search('مـأوى').services.map((s) => s.id)).toEqual(['housing']);
  });

  it('finds full-width and zero-width text', () => {
    const services = [service('housing', { phone: PHONE })];
    expect(search(services, 'ｈｏｕｓｉｎｇ')).toEqual(['housing']);
    expect(search(services, 'hou\u200Bsing')).toEqual(['housing']);
  });
});

describe('plurals', () => {
  it('treats a word and the same word with "s" alike: "women" still finds Women’s Aid by its name', () => {
    const services = [
      service('exit', { categories: ['exit-support'], phone: PHONE }),
      service('womens-aid', { name: 'Women’s Aid', categories: ['domestic-abuse'], phone: PHONE }),
    ];
    const data = index(services, 'en', { needKeywords: (id) => (id === 'exit-support' ? 'leave women' : '') });
    expect(new SearchEngine(data).search('women').services.map((s) => s.id)).toEqual(['womens-aid', 'exit']);
  });
});
