// The shapes around the records: HSDS's root document and its paginated list.
import type { HsdsPage } from './types';

export const HSDS_VERSION = '3.0';
// Pathway publishes plain HSDS 3.0 with no profile of its own, so the profile is the
// specification's documentation.
export const HSDS_PROFILE = 'https://docs.openreferral.org/en/v3.0/';

/** The document at /hsds/ (the "/" path of the HSDS OpenAPI template). */
export function rootDocument() {
  return { version: HSDS_VERSION, profile: HSDS_PROFILE };
}

/**
 * Services per page of /hsds/services.json and /hsds/pages/<n>.json: one file stays a
 * sensible download (about 1.5 MB raw, 150 KB gzip at 500 expanded records) as the
 * directory grows to thousands (issue 15).
 */
export const HSDS_PAGE_SIZE = 500;

/** The address of page `n` (from 1): page 1 is also /hsds/services.json. */
export function hsdsPagePath(n: number): string {
  return `/hsds/pages/${n}.json`;
}

/**
 * One page of a list in HSDS's `Page` shape. Pages count from 1; a static site serves
 * the whole directory as page 1 of 1, which keeps /hsds/services.json one file.
 */
export function paginate<T>(items: readonly T[], pageNumber = 1, perPage = Math.max(items.length, 1)): HsdsPage<T> {
  if (!Number.isInteger(pageNumber) || pageNumber < 1) throw new RangeError(`page number must be 1 or more, not ${pageNumber}`);
  if (!Number.isInteger(perPage) || perPage < 1) throw new RangeError(`page size must be 1 or more, not ${perPage}`);
  const totalPages = Math.max(1, Math.ceil(items.length / perPage));
  const contents = items.slice((pageNumber - 1) * perPage, pageNumber * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: pageNumber,
    size: contents.length,
    first_page: pageNumber === 1,
    last_page: pageNumber >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/**
 * The service records in an HSDS document: a page (its `contents`), a list, or one
 * service. Anything else is refused with what was found.
 */
export function recordsOf(document: unknown): unknown[] {
  if (Array.isArray(document)) return document;
  if (document && typeof document === 'object') {
    const doc = document as Record<string, unknown>;
    if (Array.isArray(doc.contents)) return doc.contents;
    if ('id' in doc && 'name' in doc) return [doc];
  }
  throw new Error('not an HSDS services page, list of services or service (expected "contents", an array, or an object with "id" and "name")');
}
