// The search index of one language, made at build time: /find/index.json, /ro/find/index.json…
// The browser only parses it (src/lib/search/engine.ts); it never indexes.
import type { APIRoute } from 'astro';
import { localeParams } from '../../../i18n/paths';
import { useTranslations } from '../../../i18n/t';
import { localeInfo, type Locale } from '../../../i18n/locales';
import { getListedServices } from '../../../data/directory';
import { buildSearchIndex } from '../../../lib/search/build-index';
import { formatChecked } from '../../../lib/dates';
import towns from '../../../../content/council-towns.json';

export const getStaticPaths = localeParams;

export const GET: APIRoute = async ({ props }) => {
  const lang = (props as { lang: Locale }).lang;
  const t = useTranslations(lang);
  const checked = (c: string | null) => {
    const date = formatChecked(c, localeInfo(lang).tag);
    return date ? t('service.checked', { date }) : null;
  };
  const data = buildSearchIndex({
    lang,
    services: await getListedServices(),
    needName: (id) => t(`need.${id}`),
    needKeywords: (id) => t(`find.keywords.${id}`),
    languageKeywords: t('find.keywords.languages'),
    regionName: (id) => t(`region.${id}`),
    towns,
    formatChecked: checked,
  });
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
