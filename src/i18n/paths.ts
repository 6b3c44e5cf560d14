import { DEFAULT_LOCALE, LOCALE_CODES, type Locale } from './locales';

/** Route params for `[...lang]` pages: English at the root, others under /<lang>/. */
export function localeParams(): { params: { lang: string | undefined }; props: { lang: Locale } }[] {
  return LOCALE_CODES.map((lang) => ({
    params: { lang: lang === DEFAULT_LOCALE ? undefined : lang },
    props: { lang },
  }));
}

/** Every language × every item, for pages like `[...lang]/services/[id]`. */
export function localeParamsFor<K extends string, T>(
  key: K,
  items: readonly T[],
  idOf: (item: T) => string,
) {
  return localeParams().flatMap(({ params, props }) =>
    items.map((item) => ({
      params: { ...params, [key]: idOf(item) } as { lang: string | undefined } & Record<K, string>,
      props: { ...props, item },
    })),
  );
}
