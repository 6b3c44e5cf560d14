// Checks records against the official HSDS 3.0 JSON Schemas (content/hsds-3.0/), the
// way Open Referral's own CI does: JSON Schema 2020-12, formats on (uuid, uri, email,
// date-time), and every object closed to properties the schema does not name. The
// schema files stay unmodified (CC BY-SA 4.0); the closing is done on copies in memory.
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { ErrorObject } from 'ajv';

export type SchemaFiles = Record<string, unknown>;

function closeObjects<T>(schema: T): T {
  if (schema && typeof schema === 'object') {
    const s = schema as Record<string, unknown>;
    if (s.type === 'object' && s.properties && !('additionalProperties' in s)) s.additionalProperties = false;
    Object.values(s).forEach(closeObjects);
  }
  return schema;
}

export interface HsdsValidator {
  /** Problems with one record against `<object>.json` (e.g. "service"); empty when valid. */
  problems(object: string, record: unknown): string[];
  /** Problems with a list's envelope against the OpenAPI file's `Page` schema. */
  pageProblems(page: unknown): string[];
}

const describe = (e: ErrorObject) => {
  const where = e.instancePath || '/';
  const extra = e.keyword === 'additionalProperties' ? ` (${(e.params as { additionalProperty: string }).additionalProperty})` : '';
  return `${where} ${e.message ?? 'is invalid'}${extra}`;
};

/** A validator over the schema files, keyed by file name ("service.json") so their $refs resolve. */
export function createHsdsValidator(files: SchemaFiles): HsdsValidator {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  for (const [name, schema] of Object.entries(files)) {
    // openapi.json is an OpenAPI document, not a JSON Schema.
    if (name === 'openapi.json') continue;
    ajv.addSchema(closeObjects(structuredClone(schema) as object), name);
  }
  // Page is a plain JSON Schema inside the OpenAPI file. It is left open: each list path
  // adds its own `contents`, and the records in it are checked one by one.
  const openapi = files['openapi.json'] as { components?: { schemas?: { Page?: object } } } | undefined;
  const pageSchema = openapi?.components?.schemas?.Page;
  const page = pageSchema ? ajv.compile({ ...pageSchema, required: ['total_items', 'total_pages', 'page_number', 'size', 'first_page', 'last_page', 'empty', 'contents'] }) : null;
  return {
    pageProblems(value) {
      if (!page) throw new Error('openapi.json (for the Page schema) was not loaded');
      return page(value) ? [] : (page.errors ?? []).map(describe);
    },
    problems(object, record) {
      const validate = ajv.getSchema(`${object}.json`);
      if (!validate) throw new Error(`no HSDS schema "${object}.json" was loaded`);
      return validate(record) ? [] : (validate.errors ?? []).map(describe);
    },
  };
}
