import {closest, distance} from "fastest-levenshtein";

/** " (did you mean `x`?)"-style hint for a misspelt name, or "" when nothing is close. */
export function didYouMean(name: string, known: readonly string[]): string {
  if (!known.length) return "";
  const best = closest(name, known as string[]);
  return distance(name, best) <= Math.max(2, Math.floor(best.length / 3)) ? `did you mean "${best}"?` : "";
}
