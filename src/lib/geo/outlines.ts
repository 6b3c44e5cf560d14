// Turns the council-area GeoJSON of ../shared/data into the compact TopoJSON the map
// draws. Pure, so the build script and the unit tests run the same code.
import { z } from 'zod';
import { topology } from 'topojson-server';
import { presimplify, quantile, simplify, sphericalTriangleArea } from 'topojson-simplify';
import { quantize } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { COUNCIL_AREA_NAMES, HUB_REGION_IDS } from '../schema/taxonomy';
import { areaId } from './area-id';

const polygon = z.strictObject({ type: z.literal('Polygon'), coordinates: z.array(z.array(z.array(z.number()))) });
const multiPolygon = z.strictObject({
  type: z.literal('MultiPolygon'),
  coordinates: z.array(z.array(z.array(z.array(z.number())))),
});

export const councilAreaGeoJsonSchema = z.object({
  type: z.literal('FeatureCollection'),
  attribution: z.string().min(1, 'the source must carry its attribution (OGL)'),
  features: z
    .array(
      z.object({
        type: z.literal('Feature'),
        properties: z.object({
          name: z.enum(COUNCIL_AREA_NAMES),
          code: z.string().regex(/^S12\d{6}$/, 'must be a GSS code like S12000036'),
          hubRegion: z.enum(HUB_REGION_IDS).nullable(),
        }),
        geometry: z.union([polygon, multiPolygon]),
      }),
    )
    .refine((fs) => new Set(fs.map((f) => f.properties.name)).size === COUNCIL_AREA_NAMES.length, {
      message: `must hold each of Scotland's ${COUNCIL_AREA_NAMES.length} council areas exactly once`,
    }),
});

/** What each outline carries besides its shape. */
export interface OutlineProperties {
  name: (typeof COUNCIL_AREA_NAMES)[number];
  code: string;
  /** The hub region the area belongs to, or null outside the hub's regions. */
  region: (typeof HUB_REGION_IDS)[number] | null;
}

export interface OutlineMetadata {
  attribution: string;
  licence: string;
  licenceUrl: string;
  generatedBy: string;
}

export type OutlineTopology = Topology<{ areas: GeometryCollection<OutlineProperties> }> & {
  metadata: OutlineMetadata;
};

export interface OutlineOptions {
  /** Share of the inner points of the source to keep (0–1]; the smallest triangles go first. */
  keep: number;
  /** Grid size of the delta-encoded integer coordinates. */
  quantization: number;
}

export const DEFAULT_OUTLINE_OPTIONS: OutlineOptions = { keep: 0.3, quantization: 1e4 };

/** Simplifies the outlines, keeping shared borders shared, and quantizes them. */
export function buildOutlines(input: unknown, options: OutlineOptions = DEFAULT_OUTLINE_OPTIONS): OutlineTopology {
  const parsed = councilAreaGeoJsonSchema.safeParse(input);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new Error(`The council-area GeoJSON is not in the expected shape:\n${issues.join('\n')}`);
  }
  if (!(options.keep > 0 && options.keep <= 1)) throw new Error(`keep must be in (0, 1], got ${options.keep}`);
  const geo = parsed.data;
  const features = [...geo.features]
    .sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'en'))
    .map((f) => ({
      type: 'Feature' as const,
      id: areaId(f.properties.name),
      properties: { name: f.properties.name, code: f.properties.code, region: f.properties.hubRegion },
      geometry: f.geometry,
    }));
  const collection = { type: 'FeatureCollection', features } as GeoJSON.FeatureCollection;
  const topo = topology({ areas: collection }) as Topology<{ areas: GeometryCollection<OutlineProperties> }>;
  const weighted = presimplify(topo, sphericalTriangleArea);
  const simplified = simplify(weighted, quantile(weighted, options.keep));
  const quantized = quantize(simplified, options.quantization);
  return {
    ...(quantized as OutlineTopology),
    metadata: {
      attribution: geo.attribution,
      licence: 'Open Government Licence v3.0',
      licenceUrl: 'https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/',
      generatedBy: 'scripts/build-outlines.ts',
    },
  };
}
