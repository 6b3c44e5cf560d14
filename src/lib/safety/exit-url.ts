// Where the quick exit goes: a neutral page on another site, set at build time.
export const DEFAULT_EXIT_URL = 'https://www.bbc.co.uk/weather';

/** The exit destination from PUBLIC_EXIT_URL (empty or unset: the default). */
export function resolveExitUrl(value: string | undefined): string {
  if (!value) return DEFAULT_EXIT_URL;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`PUBLIC_EXIT_URL must be a full web address such as ${DEFAULT_EXIT_URL}, not "${value}"`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new Error(`PUBLIC_EXIT_URL must start with https:// (got "${value}")`);
  }
  return url.href;
}
