import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { feature, mesh } from 'topojson-client';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { areaId } from '../../src/lib/geo/area-id';
import { buildOutlines, type OutlineTopology } from '../../src/lib/geo/outlines';
import type { CouncilArea } from '../../src/lib/schema/places';

const OUTLINES = 'public/geo/council-areas.topo.json';
const committed = JSON.parse(readFileSync(OUTLINES, 'utf8')) as OutlineTopology;
const councilAreas = parse(readFileSync('content/council-areas.yaml', 'utf8')) as CouncilArea[];

describe(`the committed outlines (${OUTLINES})`, () => {
  it('are at most 50 KB gzip (DESIGN budget)', () => {
    const gzip = gzipSync(readFileSync(OUTLINES), { level: 9 }).length;
    console.log(`${OUTLINES}: ${gzip} bytes gzip`);
    expect(gzip).toBeLessThanOrEqual(50 * 1024);
  });

  it('hold every council area with the name, GSS code and hub region of the content', () => {
    const areas = feature(committed, committed.objects.areas).features;
    expect(areas).toHaveLength(32);
    const byId = new Map(areas.map((a) => [a.id, a.properties]));
    for (const area of councilAreas) {
      expect(byId.get(area.id), area.name).toEqual({ name: area.name, code: area.code, region: area.region });
    }
  });

  // CI checks out ../shared beside the project; elsewhere set PATHWAY_SHARED_DATA.
  const source = join(process.env['PATHWAY_SHARED_DATA'] ?? '../shared/data', 'scotland-council-areas.geojson');
  it.skipIf(!existsSync(source))(`are what npm run build:outlines makes of ${source} (skipped when it is absent)`, () => {
    const rebuilt = buildOutlines(JSON.parse(readFileSync(source, 'utf8')));
    expect(`${JSON.stringify(rebuilt)}\n`).toBe(readFileSync(OUTLINES, 'utf8'));
  });

  it('carry the OGL attribution of the boundaries', () => {
    expect(committed.metadata.attribution).toContain('Open Government Licence v3.0');
    expect(committed.metadata.attribution).toContain('Contains OS data © Crown copyright');
    expect(committed.metadata.licence).toBe('Open Government Licence v3.0');
  });
});

// Two unit squares side by side: their shared border must stay one shared arc.
const square = (x: number) => [
  [
    [x, 55],
    [x + 0.5, 55],
    [x + 1, 55],
    [x + 1, 56],
    [x + 0.5, 56.001],
    [x, 56],
    [x, 55],
  ],
];
const fixture = {
  type: 'FeatureCollection',
  attribution: 'Test data, Open Government Licence v3.0',
  features: [
    { type: 'Feature', properties: { name: 'Stirling', code: 'S12000030', hubRegion: null }, geometry: { type: 'Polygon', coordinates: square(-4) } },
    { type: 'Feature', properties: { name: 'Falkirk', code: 'S12000014', hubRegion: null }, geometry: { type: 'Polygon', coordinates: square(-3) } },
  ],
};

describe('buildOutlines', () => {
  it('rejects a file that lacks council areas, with what is wrong', () => {
    expect(() => buildOutlines(fixture)).toThrow(/each of Scotland's 32 council areas exactly once/);
  });

  it('rejects a bad GSS code and an unknown name', () => {
    const bad = structuredClone(fixture);
    bad.features[0]!.properties.code = 'X1';
    bad.features[1]!.properties.name = 'Atlantis';
    expect(() => buildOutlines(bad)).toThrow(/features\.0\.properties\.code: must be a GSS code[\s\S]*features\.1\.properties\.name/);
  });

  it('rejects a keep share outside (0, 1]', () => {
    expect(() => buildOutlines(fullFixture(), { keep: 0, quantization: 1e4 })).toThrow(/keep must be in/);
  });

  it('keeps borders shared, names areas by id and drops small wiggles', () => {
    const topo = buildOutlines(fullFixture(), { keep: 0.01, quantization: 1e4 });
    const areas = feature(topo, topo.objects.areas).features;
    expect(areas.map((a) => a.id).slice(0, 2)).toEqual(['aberdeen-city', 'aberdeenshire']);
    // The inner border between neighbours is one arc, drawn once.
    const inner = mesh(topo, topo.objects.areas, (a, b) => a !== b);
    expect(inner.coordinates.length).toBeGreaterThan(0);
    const wiggle = (t: OutlineTopology) =>
      (feature(t, t.objects.areas).features.find((a) => a.id === 'stirling')!.geometry as GeoJSON.Polygon).coordinates[0]!
        .some(([, lat]) => Math.abs(lat! - 56.001) < 1e-4);
    expect(wiggle(topo)).toBe(false);
    expect(wiggle(buildOutlines(fullFixture(), { keep: 1, quantization: 1e5 }))).toBe(true);
    expect(topo.metadata.attribution).toBe('Test data, Open Government Licence v3.0');
  });
});

/** The fixture's two squares plus tiny far-away squares for the other 30 areas. */
function fullFixture() {
  const names = councilAreas.map((a) => a.name).filter((n) => n !== 'Stirling' && n !== 'Falkirk');
  return {
    ...fixture,
    features: [
      ...fixture.features,
      ...names.map((name, i) => ({
        type: 'Feature',
        properties: { name, code: councilAreas.find((a) => a.name === name)!.code, hubRegion: null },
        geometry: { type: 'Polygon', coordinates: [[[-8 + i * 0.1, 60], [-7.95 + i * 0.1, 60], [-7.95 + i * 0.1, 60.05], [-8 + i * 0.1, 60]]] },
      })),
    ],
  };
}

describe('areaId', () => {
  it('matches the ids of content/council-areas.yaml', () => {
    for (const area of councilAreas) expect(areaId(area.name)).toBe(area.id);
  });
});
