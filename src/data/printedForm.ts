import type {Printed} from "../format/formatNumber.ts";
import type {NumberMention} from "./numberMentions.ts";

/** Decimal places of a number as written in a data file: "1.60" → 2. */
function decimalsOf(text: string): number {
  return text.split(".")[1]?.length ?? 0;
}

/**
 * How a value written in a data file (e.g. "35800000") is stated in its quote
 * ("35.8 million"): the printed form pages use, or, when the quote does not
 * state it, undefined and the mention that came closest (the quote says "35.8
 * million" where the row says 35.8).
 */
export function printedForm(text: string, mentions: readonly NumberMention[]): {printed?: Printed; near?: NumberMention} {
  const value = Number(text);
  const mention = mentions.find((m) => m.value === value && !m.scale) ?? mentions.find((m) => m.value === value);
  if (!mention) return {near: mentions.find((m) => m.scale && m.base === value)};
  // The row's own precision counts too: a value written 1.60 keeps two decimals.
  const written = mention.scale ? decimalsOf(String(Number(`${text}e-${mention.scale}`))) : decimalsOf(text);
  return {printed: {decimals: Math.max(written, mention.decimals), scale: mention.scale}};
}
