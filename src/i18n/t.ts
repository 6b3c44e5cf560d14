import i18next, { type TOptions } from 'i18next';
import en from './locales/en.json';
import { LOCALE_CODES, type Locale } from './locales';

type PluralSuffix = 'zero' | 'one' | 'two' | 'few' | 'many' | 'other';
type BaseKey<K> = K extends `${infer Base}_${PluralSuffix}` ? Base : K;

/**
 * Every UI string key, plural forms under their base key ("x.count" for "x.count_one").
 * English is the reference: a key it lacks is a type error.
 */
export type MessageKey = BaseKey<Exclude<keyof typeof en, '_meta'>>;
export type Translate = (key: MessageKey, options?: TOptions) => string;

const files = import.meta.glob<{ default: Record<string, unknown> }>('./locales/*.json', {
  eager: true,
});
const resources = Object.fromEntries(
  Object.entries(files).map(([path, mod]) => {
    const code = path.replace(/^.*\/(.+)\.json$/, '$1');
    const { _meta, ...strings } = mod.default;
    return [code, { translation: strings }];
  }),
);

// One instance for the whole build; keys are flat ("home.title"), so i18next must not
// read dots or colons as nesting or namespaces.
const instance = i18next.createInstance();
await instance.init({
  resources,
  lng: 'en',
  fallbackLng: false,
  supportedLngs: LOCALE_CODES,
  keySeparator: false,
  nsSeparator: false,
  interpolation: { escapeValue: false }, // Astro escapes what it renders
  returnNull: false,
  initAsync: false,
});

const cache = new Map<Locale, Translate>();

/** The translate function for one language. */
export function useTranslations(lang: Locale): Translate {
  let t = cache.get(lang);
  if (!t) {
    // Keys are checked by MessageKey above; i18next's own key typing is not configured.
    const fixed = instance.getFixedT(lang) as unknown as (key: string, options?: TOptions) => string;
    t = (key, options) => fixed(key, options);
    cache.set(lang, t);
  }
  return t;
}
