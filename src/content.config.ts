import { defineCollection } from 'astro:content';
import { file, glob } from 'astro/loaders';
import { serviceSchema } from './lib/schema/service';
import { councilAreaSchema, needSchema, regionSchema } from './lib/schema/places';

// Content lives in the project's top-level content/ folder so non-developers find it.
// PATHWAY_SERVICES_DIR lets the schema test build a broken fixture instead.
const root = './content';
const servicesDir = process.env.PATHWAY_SERVICES_DIR ?? `${root}/services`;

const services = defineCollection({
  loader: glob({ pattern: '*.yaml', base: servicesDir }),
  schema: serviceSchema,
});
const regions = defineCollection({ loader: file(`${root}/regions.yaml`), schema: regionSchema });
const needs = defineCollection({ loader: file(`${root}/needs.yaml`), schema: needSchema });
const councilAreas = defineCollection({
  loader: file(`${root}/council-areas.yaml`),
  schema: councilAreaSchema,
});

export const collections = { services, regions, needs, councilAreas };
