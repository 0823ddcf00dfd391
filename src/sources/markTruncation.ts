/** The marker put where a scraped article stops mid-sentence. */
export const truncationMark = "[…]";

// An article that ends cleanly ends with sentence punctuation, maybe inside quotes or brackets.
const cleanEnding = /[.!?…]["”’')\]]*$/;

/**
 * Marks a text that stops mid-sentence (or mid-word) so that nobody quotes its
 * last fragment as if it were complete.
 */
export function markTruncation(text: string): {text: string; truncated: boolean} {
  const trimmed = text.trimEnd();
  if (!trimmed || cleanEnding.test(trimmed)) return {text: trimmed, truncated: false};
  return {text: `${trimmed} ${truncationMark}`, truncated: true};
}
