// Whether the build is for a static host with no server (PATHWAY_STATIC_HOST=1): then the
// search forms GET find/ and the page says search needs JavaScript, instead of posting to
// the server's search (issue 19). Read at build time.
export const STATIC_HOST = process.env['PATHWAY_STATIC_HOST'] === '1';
