import {formatFigure} from "../../format/formatFigure.ts";
import {chartType, figuresOf} from "../chart.ts";
import {chartWords} from "../chartWords.ts";
import {citationsOf, figureTable} from "../figureTable.ts";
import {labelledBars} from "../labelledBars.ts";

const ids = ["met-white-share", "met-male-share", "officers-bullied-share", "sexual-harassment-survey-share"] as const;

/**
 * A bespoke chart, kept until the bars type can say the same: who the Met's
 * workforce is, and what its people report, as shares of 100.
 */
export const workforceDemographics = chartType({
  name: "workforce-demographics",
  summary: "bespoke: the Casey Review's workforce shares",
  fields: {},
  help: {},
  needs: () => ({figures: ids}),
  build(data, spec) {
    const f = figuresOf(data, ids);
    const bar = (label: string, figure: (typeof f)[keyof typeof f], highlight = false) => ({
      label, value: figure.value, valueLabel: formatFigure(figure, data.settings), highlight,
      ...(figure.kind === "fact" && figure.valueTo !== undefined && {valueTo: figure.valueTo}),
    });
    const who = [bar("White", f["met-white-share"]), bar("Male", f["met-male-share"])];
    const report = [
      bar("Officers who said they had personally been bullied", f["officers-bullied-share"], true),
      bar("Officers who had experienced unwanted sexual displays or touching, sexism and misogyny (local surveys, 2021)", f["sexual-harassment-survey-share"], true),
    ];
    const words = chartWords(data, spec);
    return {
      id: spec.id,
      title: words.title,
      subtitle: words.subtitle,
      panels: [
        {heading: "Who the force is", plot: (width) => labelledBars(who, width, {max: 100, track: true})},
        {heading: "What officers report", plot: (width) => labelledBars(report, width, {max: 100, track: true})},
      ],
      notes: words.notes,
      description: `Bar chart. Of the Met, ${formatFigure(f["met-white-share"], data.settings)} are white and ${formatFigure(f["met-male-share"], data.settings)} are male. ${formatFigure(f["officers-bullied-share"], data.settings)} of officers said they had personally been bullied, and local surveys in 2021 found that ${formatFigure(f["sexual-harassment-survey-share"], data.settings)} of officers had experienced unwanted sexual displays or touching, sexism and misogyny.`,
      table: figureTable(data, Object.values(f)),
      citations: Object.values(f).flatMap(citationsOf),
    };
  },
});
