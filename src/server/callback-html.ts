// The small HTML answers to a form posted without JavaScript that cannot be taken.
// Like every page, it starts with the quick exit and has a neutral title.
import type { Translate } from '../i18n/t';
import type { Locale } from '../i18n/locales';
import { localeInfo } from '../i18n/locales';
import { localePath } from '../lib/urls';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

export function formErrorPage(lang: Locale, t: Translate, heading: string, problems: string[]): string {
  const exitUrl = import.meta.env.PUBLIC_EXIT_URL ?? 'https://www.bbc.co.uk/weather';
  const items = problems.map((p) => `<li>${escape(p)}</li>`).join('');
  return `<!doctype html>
<html lang="${lang}" dir="${localeInfo(lang).dir}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${escape(t('title.callback'))}</title>
<style>body{font-family:system-ui,sans-serif;line-height:1.5;margin:0}main{max-inline-size:48rem;margin-inline:auto;padding:1rem}
.quick-exit{display:block;padding:.75rem 1rem;background:#b3261e;color:#fff;font-weight:700;text-align:center}</style></head>
<body><a class="quick-exit" data-quick-exit href="${escape(exitUrl)}" rel="noreferrer">${escape(t('exit.label'))}</a>
<main id="main"><h1>${escape(heading)}</h1><ul>${items}</ul>
<p>${escape(t('callback.back.hint'))}</p>
<p><a href="${localePath(lang, 'callback/')}">${escape(t('callback.back.link'))}</a></p></main></body></html>`;
}
