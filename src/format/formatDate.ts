/** "2026-11-22" → "22 November 2026" (en-GB), "November 22, 2026" (en-US); in UTC so the build machine's time zone never shifts a day. */
export function formatDate(iso: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, {day: "numeric", month: "long", year: "numeric", timeZone: "UTC"}).format(new Date(`${iso}T00:00:00Z`));
}

/** "2023-03" → "March 2023" (in the locale's words); "2023" stays "2023". */
export function formatYearMonth(value: string, locale: string): string {
  if (value.length === 4) return value;
  return new Intl.DateTimeFormat(locale, {month: "long", year: "numeric", timeZone: "UTC"}).format(new Date(`${value}-01T00:00:00Z`));
}
