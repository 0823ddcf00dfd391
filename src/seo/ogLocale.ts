const kept = new Map<string, string>();

/** A locale as Open Graph writes it, language_TERRITORY: en_GB, zh_TW (from zh-Hant-TW); worked out once per locale, not once per page. */
export function ogLocale(locale: string): string {
  let og = kept.get(locale);
  if (og === undefined) {
    const {language, region} = new Intl.Locale(locale);
    kept.set(locale, (og = region ? `${language}_${region}` : language));
  }
  return og;
}
