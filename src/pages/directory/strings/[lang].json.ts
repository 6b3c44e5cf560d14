// A service page's words in one language (src/offline/service-strings.ts):
// /directory/strings/<lang>.json, for the offline worker and the page build.
import type { APIRoute, GetStaticPaths } from 'astro';
import { LOCALE_CODES, localeInfo, type Locale } from '../../../i18n/locales';
import { useTranslations } from '../../../i18n/t';
import { MARKER } from '../../../lib/marker';
import { NEED_IDS, REGION_IDS } from '../../../lib/schema/taxonomy';
import { localePath } from '../../../lib/urls';
import { SERVICE_STRING_KEYS, type ServiceStrings } from '../../../offline/service-strings';

export const getStaticPaths: GetStaticPaths = () => LOCALE_CODES.map((lang) => ({ params: { lang } }));

export const GET: APIRoute = ({ params }) => {
  const lang = params['lang'] as Locale;
  const t = useTranslations(lang);
  const strings: Record<string, string> = Object.fromEntries(SERVICE_STRING_KEYS.map((k) => [k, t(k)]));
  strings['service.organisation'] = t('service.organisation', { organisation: MARKER });
  strings['service.checked'] = t('service.checked', { date: MARKER });
  strings['englishOnly.askInterpreter'] = t('englishOnly.askInterpreter', { phrase: MARKER });
  // Filled on the page (lib/plural.ts fill): the site's name and the checked date.
  strings['service.unverified'] = t('service.unverified', { site: '{{site}}' });
  strings['service.unverified.dated'] = t('service.unverified.dated', { site: '{{site}}', date: '{{date}}' });
  for (const need of NEED_IDS) strings[`need.${need}`] = t(`need.${need}`);
  for (const region of REGION_IDS) strings[`region.${region}`] = t(`region.${region}`);
  const { tag, interpreter } = localeInfo(lang);
  const body: ServiceStrings = { lang, tag, phrase: interpreter, root: localePath(lang), t: strings };
  return new Response(JSON.stringify(body), { headers: { 'Content-Type': 'application/json' } });
};
