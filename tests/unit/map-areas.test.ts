import { describe, expect, it } from 'vitest';
import { summariseAreas } from '../../src/lib/map/areas';
import { fill, fillParts, plural, pluralForm } from '../../src/lib/plural';
import { parseResult, uniqueResults, type MapService } from '../../src/lib/map/results';
import { pluralForms } from '../../src/i18n/plural-forms';
import { useTranslations } from '../../src/i18n/t';

const raw = { id: 'a', name: ' Routes Out ', href: '/services/a/', areas: 'glasgow-city  east-dunbartonshire', national: null, lat: null, lon: null };

describe('parseResult', () => {
  it('reads a listed item', () => {
    expect(parseResult(raw)).toEqual({
      id: 'a',
      name: 'Routes Out',
      href: '/services/a/',
      areas: ['glasgow-city', 'east-dunbartonshire'],
      national: false,
    });
  });
  it('reads coordinates only when both are numbers', () => {
    expect(parseResult({ ...raw, lat: '55.86', lon: '-4.25' })?.location).toEqual({ lat: 55.86, lon: -4.25 });
    expect(parseResult({ ...raw, lat: '55.86', lon: 'x' })?.location).toBeUndefined();
    expect(parseResult({ ...raw, lat: '55.86' })?.location).toBeUndefined();
  });
  it('marks Scotland-wide services and skips items without a name or link', () => {
    expect(parseResult({ ...raw, national: '', areas: null })).toMatchObject({ national: true, areas: [] });
    expect(parseResult({ ...raw, name: '  ' })).toBeNull();
    expect(parseResult({ ...raw, href: null })).toBeNull();
    expect(parseResult({ ...raw, id: null })).toBeNull();
  });
  it('keeps each service once, in list order', () => {
    const a = parseResult(raw);
    const b = parseResult({ ...raw, id: 'b' });
    expect(uniqueResults([a, null, b, a]).map((s) => s.id)).toEqual(['a', 'b']);
  });
});

const service = (id: string, areas: string[], extra: Partial<MapService> = {}): MapService => ({
  id, name: id, href: `/services/${id}/`, areas, national: false, ...extra,
});
const areas = [
  { id: 'glasgow-city', name: 'Glasgow City', region: 'glasgow' },
  { id: 'east-dunbartonshire', name: 'East Dunbartonshire', region: null },
  { id: 'highland', name: 'Highland', region: 'highland' },
];

describe('summariseAreas', () => {
  const summary = summariseAreas(
    [
      service('local', ['glasgow-city']),
      service('both', ['glasgow-city', 'east-dunbartonshire'], { location: { lat: 55.9, lon: -4.2 } }),
      service('everywhere', ['glasgow-city', 'highland'], { national: true }),
    ],
    areas,
  );
  it('lists the local services of each area in list order', () => {
    expect(summary.areas.map((a) => [a.id, a.services.map((s) => s.id)])).toEqual([
      ['glasgow-city', ['local', 'both']],
      ['east-dunbartonshire', ['both']],
      ['highland', []],
    ]);
  });
  it('counts on the area only the services without their own marker', () => {
    expect(summary.areas.map((a) => a.unplaced)).toEqual([1, 0, 0]);
    expect(summary.placed.map((s) => s.id)).toEqual(['both']);
  });
  it('keeps Scotland-wide services apart', () => {
    expect(summary.national.map((s) => s.id)).toEqual(['everywhere']);
  });
});

describe('plural and fill', () => {
  const forms = { one: '{{area}}: {{count}} service', other: '{{area}}: {{count}} services' };
  it('picks the form for the count in the language', () => {
    expect(plural(forms, 'en', 1, { area: 'Fife' })).toBe('Fife: 1 service');
    expect(plural(forms, 'en', 0, { area: 'Fife' })).toBe('Fife: 0 services');
  });
  it('falls back to "other" and leaves unknown placeholders', () => {
    expect(plural({ other: '{{count}} x' }, 'pl', 3)).toBe('3 x');
    expect(fill('{{a}} {{b}}', { a: 1 })).toBe('1 {{b}}');
  });
  it('keeps filled values apart for mark-up', () => {
    expect(fillParts('{{area}}: {{count}} x {{gone}}', { area: 'Fife', count: 2 })).toEqual([
      { name: 'area', value: 'Fife' },
      ': ',
      { name: 'count', value: '2' },
      ' x {{gone}}',
    ]);
    expect(fillParts('no values', {})).toEqual(['no values']);
    expect(pluralForm({ one: 'a', few: 'b', many: 'c', other: 'd' }, 'pl', 5)).toBe('c');
  });
  it('gets every plural form of a key from the strings, placeholders kept', () => {
    const t = useTranslations('en');
    expect(pluralForms(t, 'en', 'map.area.count', ['area'])).toEqual({
      one: '{{area}}: {{count}} service',
      other: '{{area}}: {{count}} services',
    });
  });
});
