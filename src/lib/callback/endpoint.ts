// Where callback requests are posted. The site uses trailing slashes everywhere
// (astro.config.mjs), and the node adapter answers "/api/callback" with a 301 to this
// address, which a browser would follow as a GET: so every client posts here directly.
export const CALLBACK_ENDPOINT = '/api/callback/';
