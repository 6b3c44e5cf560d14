// The HTML answer to a form posted without JavaScript that cannot be taken. Like every
// page it starts with the quick exit (the same head script, so Shift×3 works), has a
// neutral title and the site's stylesheet, and it carries its own Content-Security-Policy
// with the hashes of exactly that script and style, so nothing on it is refused (issue 14).
import { createHash } from 'node:crypto';
import { code as quickExitScript, hash as quickExitHash } from 'virtual:pathway/quick-exit';
import globalCss from '../styles/global.css?raw';
import type { Translate } from '../i18n/t';
import type { Locale } from '../i18n/locales';
import { localeInfo } from '../i18n/locales';
import { isolateNumbers } from '../lib/bidi';
import { CSP_DIRECTIVES, CSP_HEADER_ONLY_DIRECTIVES } from '../lib/safety/headers';
import { localePath } from '../lib/urls';
import { exitUrl } from '../safety/exit-url';

const escape = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);

const styleHash = `sha256-${createHash('sha256').update(globalCss, 'utf8').digest('base64')}`;

/** The policy of the page below: the site's directives, with this page's own hashes. */
export const FORM_ERROR_CSP = [
  ...CSP_DIRECTIVES,
  `script-src 'self' '${quickExitHash}'`,
  `style-src 'self' '${styleHash}'`,
  ...CSP_HEADER_ONLY_DIRECTIVES,
].join('; ');

/** The page's HTML, in `lang`, listing `problems` under `heading`; send it with FORM_ERROR_CSP. */
export function formErrorPage(lang: Locale, t: Translate, heading: string, problems: string[]): string {
  const { tag, dir } = localeInfo(lang);
  const items = problems.map((p) => `<li>${escape(isolateNumbers(p))}</li>`).join('');
  const data = (name: string, value: string) => ` data-${name}="${escape(value)}"`;
  return `<!doctype html>
<html lang="${tag}" dir="${dir}">
<head><meta charset="utf-8"><script${data('exit-url', exitUrl)}${data('leaving-title', t('exit.leavingTitle'))}${data('remaining1', t('exit.pressesLeft', { count: 1 }))}${data('remaining2', t('exit.pressesLeft', { count: 2 }))}>${quickExitScript}</script>
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer"><title>${escape(t('title.callback'))}</title><style>${globalCss}</style></head>
<body><div class="exit-bar"><a class="quick-exit" data-quick-exit href="${escape(exitUrl)}" rel="noreferrer">${escape(t('exit.label'))}<span class="visually-hidden">. ${escape(t('exit.hint'))}</span></a></div>
<div class="visually-hidden" role="status" data-quick-exit-status></div>
<main id="main"><h1>${escape(heading)}</h1><ul>${items}</ul>
<p>${escape(t('callback.back.hint'))}</p>
<p><a href="${localePath(lang, 'callback/')}">${escape(t('callback.back.link'))}</a></p>
<p><a href="${localePath(lang)}">${escape(t('notFound.home'))}</a></p></main></body></html>`;
}
