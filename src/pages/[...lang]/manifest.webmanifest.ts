// /manifest.webmanifest and /<lang>/manifest.webmanifest: installed from a page in her
// language, the app opens in that language.
import type { APIRoute } from 'astro';
import { localeParams } from '../../i18n/paths';
import { localeInfo, type Locale } from '../../i18n/locales';
import { useTranslations } from '../../i18n/t';
import { webManifest } from '../../lib/web-manifest';

export const getStaticPaths = localeParams;

export const GET: APIRoute<{ lang: Locale }> = ({ props }) => {
  const t = useTranslations(props.lang);
  const info: { dir: 'ltr' | 'rtl'; tag?: string } = localeInfo(props.lang);
  const manifest = webManifest({
    lang: props.lang,
    tag: info.tag ?? props.lang,
    dir: info.dir,
    name: t('site.name'),
    description: t('pwa.manifest.description'),
  });
  return new Response(JSON.stringify(manifest), { headers: { 'Content-Type': 'application/manifest+json' } });
};
