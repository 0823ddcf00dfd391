import {slug} from "github-slugger";
import type {Dataset} from "./dataset.ts";
import type {Fact} from "./fact.ts";

/**
 * One cell of a dataset as a figure prose can cite: `:fig{data=bus-journeys
 * year=2024 mode=Buses}` names the row by its key columns, and `column=` the
 * value when the dataset has more than one. The figure keeps the row's source
 * and quote, so its note and link work as for any figure. Returns the figure,
 * or what is wrong in an editor's words.
 */
export function datasetFigure(dataset: Dataset, attributes: Record<string, string>): {figure: Fact} | {message: string; fix: string} {
  const numbers = dataset.columns.filter((c) => c.type === "number");
  const column = attributes.column ?? (numbers.length === 1 ? numbers[0]!.name : undefined);
  const found = numbers.find((c) => c.name === column);
  if (!found) return {message: column ? `"${column}" is not a number column of ${dataset.file}` : `${dataset.file} has several number columns`, fix: `add column= with one of: ${numbers.map((c) => c.name).join(", ")}`};
  const missing = dataset.key.filter((key) => attributes[key] === undefined);
  if (missing.length) return {message: `the figure does not say which row of ${dataset.file}`, fix: `name the row by ${dataset.key.map((key) => `${key}=…`).join(" ")}`};
  const row = dataset.rows.find((r) => dataset.key.every((key) => r.cells[key] === attributes[key]));
  if (!row) return {message: `${dataset.file} has no row with ${dataset.key.map((key) => `${key} ${attributes[key]}`).join(" and ")}`, fix: `use values that are in its ${dataset.key.join(" and ")} columns`};
  const keys = dataset.key.map((key) => row.cells[key]!);
  return {
    figure: {
      kind: "fact",
      id: slug([dataset.name, ...keys, found.name].join("-")),
      label: `${found.label ?? found.description ?? found.name}, ${keys.join(", ")}`,
      value: row.values[found.name]!,
      unit: found.unit!,
      printed: row.printed[found.name]!,
      source: row.source,
      quote: row.quote,
      ...(row.rawLine !== undefined && {rawLine: row.rawLine}),
      file: dataset.file,
      line: row.line,
    },
  };
}
