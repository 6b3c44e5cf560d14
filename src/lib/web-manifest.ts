// The web app manifest: what a phone shows when Pathway is installed. Everything in it is
// neutral on purpose (name, icon, description): a home screen can be seen by anyone.
import { localePath } from './urls';
import type { Locale } from '../i18n/locales';

export const THEME_COLOUR = '#4b2e83';
export const BACKGROUND_COLOUR = '#ffffff';

export const ICONS = [
  { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
  { src: '/icons/icon-maskable-192.png', sizes: '192x192', type: 'image/png', purpose: 'maskable' },
  { src: '/icons/icon-maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
] as const;

export interface ManifestInput {
  lang: Locale;
  /** BCP 47 tag for the manifest's `lang`. */
  tag: string;
  dir: 'ltr' | 'rtl';
  name: string;
  description: string;
}

/** One language's manifest: it opens at that language's home page; every language shares one app id and scope. */
export function webManifest({ lang, tag, dir, name, description }: ManifestInput) {
  if (!name.trim()) throw new Error('The app needs a name');
  return {
    id: '/',
    name,
    short_name: name,
    description,
    lang: tag,
    dir,
    start_url: localePath(lang),
    scope: '/',
    display: 'standalone',
    theme_color: THEME_COLOUR,
    background_color: BACKGROUND_COLOUR,
    icons: ICONS,
  };
}
