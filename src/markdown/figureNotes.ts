import {h} from "hastscript";
import {toHtml} from "hast-util-to-html";
import type {Data} from "../data/loadData.ts";
import {formatFigure} from "../format/formatFigure.ts";
import type {StoryContext} from "../remark/context.ts";
import {sourceHref} from "../sources/quoteAnchor.ts";

/**
 * The story's figure notes: for every number in the prose, its value, the
 * source and the exact words that state it (or how it was computed), with links
 * to the quoted passage and back to each place the number appears.
 */
export function figureNotes(cited: StoryContext["cited"], data: Data): string {
  if (!cited.size) return "";
  const items = [...cited.values()].map(({figure, count}) => {
    const back = Array.from({length: count}, (_, i) => h("a.back", {href: `#ref-${figure.id}-${i + 1}`, ariaLabel: `Back to the text (${i + 1})`}, "↩"));
    const outlet = (id: string) => data.sources.get(id)?.outlet ?? id;
    const body =
      figure.kind === "fact"
        ? [
            `${figure.label}: ${formatFigure(figure, data.settings)}. ${outlet(figure.source)}: `,
            figure.rawLine !== undefined
              ? h("a", {href: `${sourceHref(figure.source)}#row-${figure.rawLine}`}, `line ${figure.rawLine} of ${data.sources.get(figure.source)?.file ?? figure.source} (${figure.quote})`)
              : h("a", {href: sourceHref(figure.source, figure.quote)}, h("q", figure.quote)),
            ...(figure.note ? [` ${figure.note}`] : []),
          ]
        : [
            `${figure.label}: ${formatFigure(figure, data.settings)}, computed from ${formatFigure(figure.numerator, data.settings)} (${outlet(figure.numerator.source)}: `,
            h("a", {href: sourceHref(figure.numerator.source, figure.numerator.quote)}, h("q", figure.numerator.quote)),
            `) of ${formatFigure(figure.denominator, data.settings)} (${outlet(figure.denominator.source)}: `,
            h("a", {href: sourceHref(figure.denominator.source, figure.denominator.quote)}, h("q", figure.denominator.quote)),
            "). ",
            ...(figure.comparison ? [h("strong", "Note: "), figure.comparison] : []),
            ...(figure.note ? [` ${figure.note}`] : []),
          ];
    return h("li", {id: `fig-${figure.id}`}, [...body, " ", ...back]);
  });
  return toHtml(
    h("section.figure-notes", {ariaLabelledBy: "figure-notes-title"}, [
      h("h2", {id: "figure-notes-title"}, "Where the numbers come from"),
      h("p", "Every number in this story comes from one of its sources. Each was checked against the words (or the data file) of its source when this page was built."),
      h("ol", items),
    ]),
  );
}
