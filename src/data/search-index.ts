// One language's search index, as find/index.json carries it to the phone and as the
// server searches it for a page sent without JavaScript (issue 19): the same words, the
// same services, the same ranking.
import { useTranslations } from '../i18n/t';
import { localeInfo, type Locale } from '../i18n/locales';
import { getListedServices } from './directory';
import { buildSearchIndex } from '../lib/search/build-index';
import type { SearchIndexData } from '../lib/search/index-data';
import { formatChecked } from '../lib/dates';
import towns from '../../content/council-towns.json';

/** The index of `lang` (listed services only, names and dates in that language). */
export async function searchIndexFor(lang: Locale): Promise<SearchIndexData> {
  const t = useTranslations(lang);
  const checked = (c: string | null) => {
    const date = formatChecked(c, localeInfo(lang).tag);
    return date ? t('service.checked', { date }) : null;
  };
  return buildSearchIndex({
    lang,
    services: await getListedServices(),
    needName: (id) => t(`need.${id}`),
    needKeywords: (id) => t(`find.keywords.${id}`),
    languageKeywords: t('find.keywords.languages'),
    regionName: (id) => t(`region.${id}`),
    towns,
    formatChecked: checked,
  });
}
