/** A date as the data files write it: a year (2024), a year and month (2024-03) or a day (2024-03-31). */
export const dateLike = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Whether a date cell names a real year, month or day: 2023-02-30 and 2023-13 do not. */
export function realDate(text: string): boolean {
  if (!dateLike.test(text)) return false;
  const [year, month = "01", day = "01"] = text.split("-");
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day)));
  return date.getUTCFullYear() === Number(year) && date.getUTCMonth() === Number(month) - 1 && date.getUTCDate() === Number(day);
}
