// Copies the Scottish postcode-district table from ../shared/data into content/, in the
// compact form the site ships: district → the Scottish council areas it touches. Run
// with `npm run import:postcodes [path/to/shared/data]`; the built site carries its own copy.
import { readFileSync, writeFileSync } from 'node:fs';
import { COUNCIL_AREA_NAMES } from '../src/lib/schema/taxonomy';

interface SourceDistrict {
  councilAreas: string[];
  note?: string;
}
const sourcePath = `${process.argv[2] ?? '../shared/data'}/postcode-districts.json`;
const source = JSON.parse(readFileSync(sourcePath, 'utf8')) as {
  _meta: { source: { repository: string; commit: string; licence: string } };
  districts: Record<string, SourceDistrict>;
};

const scottish = new Set<string>(COUNCIL_AREA_NAMES);
const districts: Record<string, string[]> = {};
const crossBorder: string[] = [];
for (const [district, d] of Object.entries(source.districts)) {
  const areas = d.councilAreas.filter((a) => scottish.has(a)).sort();
  // A district wholly in England (CA6) is left out: it is not a place Pathway covers.
  if (areas.length === 0) continue;
  districts[district] = areas;
  if (areas.length < d.councilAreas.length) crossBorder.push(district);
}

const out = {
  _source: {
    from: '../shared/data/postcode-districts.json',
    repository: source._meta.source.repository,
    commit: source._meta.source.commit,
    licence: source._meta.source.licence,
    note: 'Scottish council areas only; crossBorder districts also cover part of England.',
  },
  crossBorder: crossBorder.sort(),
  districts,
};
writeFileSync(new URL('../content/postcode-districts.json', import.meta.url), `${JSON.stringify(out)}\n`);
console.log(`${Object.keys(districts).length} districts, ${crossBorder.length} cross the border`);
