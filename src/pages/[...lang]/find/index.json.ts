// The search index of one language, made at build time: /find/index.json, /ro/find/index.json…
// The browser only parses it (src/lib/search/engine.ts); it never indexes.
import type { APIRoute } from 'astro';
import { localeParams } from '../../../i18n/paths';
import type { Locale } from '../../../i18n/locales';
import { searchIndexFor } from '../../../data/search-index';

export const getStaticPaths = localeParams;

export const GET: APIRoute = async ({ props }) => {
  const data = await searchIndexFor((props as { lang: Locale }).lang);
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
