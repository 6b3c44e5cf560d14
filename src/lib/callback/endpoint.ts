// Where callback requests are posted. The site uses trailing slashes everywhere
// (astro.config.mjs), so the endpoint's own address is "/api/callback/"; the server also
// takes DESIGN.md's "/api/callback" (src/server/serve.ts), which Astro alone would answer
// with a redirect that a client follows as a GET.
export const CALLBACK_ENDPOINT = '/api/callback/';

/** The request target with "/api/callback" (and its query, if any) sent to the endpoint. */
export function toCallbackEndpoint(url: string): string {
  const alias = CALLBACK_ENDPOINT.slice(0, -1);
  return url === alias || url.startsWith(`${alias}?`) ? CALLBACK_ENDPOINT + url.slice(alias.length) : url;
}
