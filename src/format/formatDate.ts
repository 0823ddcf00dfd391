// A format is made once per locale and pattern: making one costs a page of dates a thousand times over.
const formats = new Map<string, Intl.DateTimeFormat>();
function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale}\0${JSON.stringify(options)}`;
  let format = formats.get(key);
  if (!format) formats.set(key, (format = new Intl.DateTimeFormat(locale, {...options, timeZone: "UTC"})));
  return format;
}

/** "2026-11-22" → "22 November 2026" (en-GB), "November 22, 2026" (en-US); in UTC so the build machine's time zone never shifts a day. */
export function formatDate(iso: string, locale: string): string {
  return dateFormat(locale, {day: "numeric", month: "long", year: "numeric"}).format(new Date(`${iso}T00:00:00Z`));
}

/** "2023-03" → "March 2023" (in the locale's words); "2023" stays "2023". */
export function formatYearMonth(value: string, locale: string): string {
  if (value.length === 4) return value;
  return dateFormat(locale, {month: "long", year: "numeric"}).format(new Date(`${value}-01T00:00:00Z`));
}
