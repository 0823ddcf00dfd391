import {ticks as niceTicks} from "d3";
import {fontSize} from "./labelledBars.ts";

/** Where a date cell ("2024", "2024-03", "2024-03-31") or a number cell sits on an x axis: ms since 1970, or the number. */
export function xPosition(cell: string, kind: "date" | "number" | "text"): number {
  if (kind !== "date") return Number(cell);
  const [year, month = "01", day = "01"] = cell.split("-");
  return Date.UTC(Number(year), Number(month) - 1, Number(day));
}

/** Room one tick label takes (a four-digit year and a gap). */
const tickLabel = Math.ceil(4 * fontSize * 0.62) + 12;

/**
 * Ticks for an x axis that fit the width: whole years at a round step (1, 2,
 * 5, 10…) for dates, round numbers otherwise; never more than the labels can
 * hold side by side.
 */
export function timeTicks([from, to]: [number, number], width: number, kind: "date" | "number" | "text"): (Date | number)[] {
  const room = Math.max(2, Math.floor(width / tickLabel));
  if (kind !== "date") return niceTicks(from, to, room).filter((t) => t >= from && t <= to);
  const first = new Date(from).getUTCFullYear();
  const last = new Date(to).getUTCFullYear();
  const step = [1, 2, 5, 10, 20, 25, 50, 100].find((s) => Math.floor((last - first) / s) + 1 <= room) ?? 100;
  const years = [];
  for (let year = Math.ceil(first / step) * step; year <= last; year += step) years.push(year);
  return years.map((year) => new Date(Date.UTC(year, 0, 1))).filter((date) => date.getTime() >= from && date.getTime() <= to);
}
