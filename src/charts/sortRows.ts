import {z} from "zod";

/** How a chart orders its categories: as the data file lists them, or by value. */
export const sortField = z.enum(["none", "descending", "ascending"]).default("none");

export const sortHelp = 'optional: "descending" (largest first), "ascending", or "none" to keep the order of the data file (the default)';

/** Rows in the order a spec asks for; ties keep their file order. */
export function sortRows<T>(rows: readonly T[], sort: z.infer<typeof sortField>, value: (row: T) => number): T[] {
  if (sort === "none") return [...rows];
  const sign = sort === "descending" ? -1 : 1;
  return [...rows].sort((a, b) => sign * (value(a) - value(b)));
}
