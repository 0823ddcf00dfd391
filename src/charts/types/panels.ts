import {z} from "zod";
import type {Data} from "../../data/loadData.ts";
import {fillFigures} from "../../data/fillFigures.ts";
import {formatFigure} from "../../format/formatFigure.ts";
import type {ChartModel, ChartSpec, ChartType, Needs, SpecProblem} from "../chart.ts";
import {chartType, lazyTable} from "../chart.ts";

/** The other chart types, by name: set by the registry, which imports this type too. */
let registry: ReadonlyMap<string, ChartType> = new Map();
export function usePanelTypes(types: ReadonlyMap<string, ChartType>): void {
  registry = types;
}

const panelShape = z.looseObject({type: z.string().min(1), heading: z.string().min(1).optional()});
type PanelSpec = z.infer<typeof panelShape>;

/** A panel's own fields, checked against its type: the fields, or what is wrong with them. */
function panelFields(panel: PanelSpec, index: number): {type: ChartType; fields: Record<string, unknown>} | SpecProblem[] {
  const type = registry.get(panel.type);
  if (!type || type.name === "panels") {
    const names = [...registry.keys()].filter((name) => name !== "panels");
    return [{field: ["panels", index, "type"], message: `panel ${index + 1} has the unknown type "${panel.type}"`, fix: `use one of: ${names.join(", ")}`}];
  }
  const parsed = z.strictObject({type: z.string(), heading: z.string().optional(), ...type.fields}).safeParse(panel);
  if (!parsed.success) {
    return parsed.error.issues.map((issue) => {
      const name = issue.path.join(".") || "the panel";
      const hint = type.help[String(issue.path[0])];
      return {field: ["panels", index, ...(issue.path as PropertyKey[])], message: `panel ${index + 1}: ${issue.code === "unrecognized_keys" ? `unknown field ${issue.keys.map((k) => `"${k}"`).join(", ")}` : `${name} is not valid`}`, fix: hint ? `${name} should be ${hint}` : `a ${type.name} panel takes: type, heading, ${Object.keys(type.fields).join(", ")}`};
    });
  }
  const {type: _, heading: __, ...fields} = parsed.data as Record<string, unknown>;
  return {type, fields};
}

/** Every panel that reads well, with its type and fields. */
function readPanels(panels: PanelSpec[]) {
  return panels.map((panel, index) => ({panel, index, read: panelFields(panel, index)}));
}

function build(data: Data, spec: ChartSpec, panels: PanelSpec[]): ChartModel[] {
  return readPanels(panels).flatMap(({read}) => (Array.isArray(read) ? [] : [read.type.build(data, {...spec, type: read.type.name, fields: read.fields})]));
}

/**
 * Several panels under one title, each drawn by its own type (a waffle above
 * two sets of bars, say): one figure, one description, one data table, one
 * embed. The panels' tables must share their columns.
 */
export const panels = chartType({
  name: "panels",
  summary: "several panels under one title, each of its own type, with a heading",
  fields: {panels: z.array(panelShape).min(2)},
  help: {panels: 'a list of panels, each {"type": "bars", "heading": "…", and the fields of that type}'},
  needs({panels: list}): Needs {
    const all = readPanels(list).flatMap(({read}) => (Array.isArray(read) ? [] : [read.type.needs(read.fields)]));
    return {
      figures: all.flatMap((n) => n.figures ?? []),
      timelines: all.flatMap((n) => n.timelines ?? []),
      factFiles: all.flatMap((n) => n.factFiles ?? []),
      datasets: all.flatMap((n) => n.datasets ?? []),
      field: "panels",
    };
  },
  validate(data, {panels: list}) {
    const read = readPanels(list);
    const problems = read.flatMap(({read: r, index}) => (Array.isArray(r) ? r : (r.type.validate?.(data, r.fields) ?? []).map((p) => ({...p, field: ["panels", index, ...(typeof p.field === "string" ? [p.field] : p.field)]}))));
    if (problems.length) return problems;
    const spec = {id: "", type: "panels", title: "", subtitle: "", notes: [], file: "", lineOf: () => 1, fields: {}};
    const columns = new Set(build(data, spec, list).map((model) => model.table.columns.join("|")));
    return columns.size > 1 ? [{field: "panels", message: "the panels show different kinds of data, which one data table cannot hold", fix: "make them separate charts"}] : [];
  },
  build(data, spec) {
    const models = build(data, spec, spec.fields.panels);
    const fill = (text: string) => fillFigures(text, (id) => formatFigure(data.figures.get(id)!, data.settings));
    const headings = spec.fields.panels.map((panel) => (panel.heading ? fill(panel.heading) : undefined));
    const first = models[0]!;
    return {
      id: spec.id,
      title: first.title,
      subtitle: first.subtitle,
      panels: models.flatMap((model, index) => model.panels.map((panel) => ({...panel, ...(headings[index] && {heading: headings[index]})}))),
      // Each panel repeats the chart's own notes; each note is said once.
      notes: [...new Set(models.flatMap((model) => model.notes))],
      description: models.map((model, index) => (headings[index] ? `${headings[index]}: ${model.description}` : model.description)).join(" "),
      // A figure shown in two panels is one row of the table.
      table: lazyTable(() => ({columns: first.table.columns, rows: [...new Map(models.flatMap((model) => model.table.rows).map((row) => [row.map((cell) => cell.text).join("\n"), row])).values()]})),
      citations: models.flatMap((model) => model.citations),
    };
  },
});
