import { nationalLines } from '../../src/lib/hours/lines';
import { describe, expect, it } from 'vitest';
import {
  compareServices,
  groupByNeed,
  regionListing,
  servicesForNeed,
} from '../../src/lib/directory';
import type { Service } from '../../src/lib/schema/service';

function service(id: string, over: Partial<Service> = {}): Service {
  return {
    id,
    name: id,
    organisation: 'Org',
    kind: 'mainstream',
    status: 'unverified',
    categories: ['housing'],
    regions: ['glasgow'],
    councilAreas: ['Glasgow City'],
    description: 'd',
    free: null,
    sources: ['https://example.org/'],
    checked: null,
    ...over,
  };
}

describe('compareServices', () => {
  it('puts specialist services before mainstream, then sorts by name', () => {
    const list = [service('b'), service('c', { kind: 'specialist' }), service('a')];
    expect(list.sort(compareServices).map((s) => s.id)).toEqual(['c', 'a', 'b']);
  });
});

describe('groupByNeed', () => {
  it('groups by the first need, in the given order, dropping empty groups', () => {
    const groups = groupByNeed(
      [service('x', { categories: ['health', 'housing'] }), service('y'), service('z', { categories: ['health'] })],
      ['housing', 'emergency', 'health'],
    );
    expect(groups.map((g) => [g.need, g.services.map((s) => s.id)])).toEqual([
      ['housing', ['y']],
      ['health', ['x', 'z']],
    ]);
  });
});

describe('regionListing', () => {
  const all = [
    service('local-specialist', { kind: 'specialist', categories: ['exit-support'] }),
    service('local-housing'),
    service('elsewhere', { regions: ['dundee'] }),
    service('national-line', { regions: ['national'], categories: ['emergency'] }),
    service('national-specialist', { regions: ['national'], kind: 'specialist' }),
    service('both', { regions: ['glasgow', 'national'] }),
  ];
  const listing = regionListing(all, 'glasgow', ['exit-support', 'emergency', 'housing']);

  it('lists the region’s specialist services first', () => {
    expect(listing.specialist.map((s) => s.id)).toEqual(['local-specialist']);
  });
  it('lists other local services by need, each once', () => {
    expect(listing.local.flatMap((g) => g.services.map((s) => s.id))).toEqual(['both', 'local-housing']);
  });
  it('lists national services after, specialist first, without the region’s own', () => {
    expect(listing.national.specialist.map((s) => s.id)).toEqual(['national-specialist']);
    expect(listing.national.byNeed.flatMap((g) => g.services.map((s) => s.id))).toEqual(['national-line']);
  });
  it('leaves out other regions', () => {
    const ids = JSON.stringify(listing);
    expect(ids).not.toContain('elsewhere');
  });
});

describe('servicesForNeed', () => {
  it('matches any of a service’s needs, specialist first', () => {
    const list = servicesForNeed(
      [service('a', { categories: ['health', 'housing'] }), service('b', { kind: 'specialist' }), service('c', { categories: ['health'] })],
      'housing',
    );
    expect(list.map((s) => s.id)).toEqual(['b', 'a']);
  });
});

describe('nationalLines (issue 18: by hours as data, not by guessing from text)', () => {
  it('lists national lines with hours data, always-open first, never 999, and not Breathing Space as "day and night"', () => {
    const list = nationalLines([
      service('office', { regions: ['national'], phone: [{ number: '0141 000 0000', hours: '9am-5pm', openingHours: 'Mo-Fr 09:00-17:00' }] }),
      service('breathing', { regions: ['national'], phone: [{ number: '0800 83 85 87' }], hours: 'weekends 24 hours',
        openingHours: 'Mo-Th 18:00-02:00, Fr 18:00-24:00, Sa,Su 00:00-24:00, Mo 00:00-06:00' }),
      service('line', { regions: ['national'], phone: [{ number: '0800 027 1234', hours: '24 hours, 7 days', openingHours: '24/7' }] }),
      service('text-only', { regions: ['national'], phone: [{ number: '0800 111 1111', hours: '24 hours' }] }),
      service('local', { phone: [{ number: '0141 000 0001', openingHours: '24/7' }] }),
      service('police', { regions: ['national'], phone: [{ number: '999', openingHours: '24/7' }] }),
    ]);
    expect(list.map((l) => [l.service.id, l.always])).toEqual([['line', true], ['breathing', false], ['office', false]]);
  });
});
