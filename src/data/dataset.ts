import {z} from "zod";
import type {Printed} from "../format/formatNumber.ts";
import type {Unit} from "../format/unit.ts";

export const datasetsFolder = "data/datasets";

/** Columns every dataset row has besides its own: where its values come from. */
export const provenanceColumns = {required: ["source", "quote"], optional: ["note"]} as const;

/** A column of a dataset: its kind (inferred from the cells, or declared), and for numbers their unit. */
export interface DatasetColumn {
  name: string;
  type: "number" | "date" | "text";
  unit?: Unit;
  description?: string;
  /** The name readers see in tables: the .json's label, or the column's name. */
  label?: string;
}

/** One row of a dataset, every number in it stated by the row's quote. */
export interface DatasetRow {
  line: number;
  /** The cells as written. */
  cells: Record<string, string>;
  /** The number columns' values (undefined for an empty cell). */
  values: Record<string, number | undefined>;
  /** How the quote writes each number, so pages print it the same way. */
  printed: Record<string, Printed>;
  source: string;
  quote: string;
  /** For a row from a data-file source: the line of that file its values come from. */
  rawLine?: number;
  note?: string;
}

/**
 * A table in data/datasets/<name>.csv: a header row, then rows of years,
 * categories, series and values, each row with the source and the exact words
 * that state its values. An optional data/datasets/<name>.json describes it.
 */
export interface Dataset {
  name: string;
  file: string;
  description?: string;
  /** The data columns, in file order, without the provenance columns. */
  columns: DatasetColumn[];
  /** The columns that together name a row (no two rows share them). */
  key: string[];
  rows: DatasetRow[];
}

/** data/datasets/<name>.json: what the inference cannot know. All of it optional. */
export const datasetMetaSchema = z.strictObject({
  description: z.string().min(1).optional(),
  key: z.array(z.string().min(1)).min(1).optional(),
  columns: z.record(z.string(), z.strictObject({
    unit: z.string().min(1).optional(),
    type: z.enum(["number", "date", "text"]).optional(),
    description: z.string().min(1).optional(),
    label: z.string().min(1).optional(),
    from: z.string().min(1).optional(),
    factor: z.number().positive().optional(),
  })).default({}),
});

export const datasetMetaHelp: Record<string, string> = {
  description: "a sentence saying what the dataset holds",
  key: 'the columns that together name a row, e.g. ["year", "mode"]',
  columns: 'for each column that needs it, its unit, type or description, e.g. {"fare": {"unit": "GBP"}}',
  "columns.unit": "a unit such as count, percent, GBP or USD",
  "columns.type": "number, date or text",
  "columns.description": "what the column holds",
  "columns.label": 'the column\'s name as readers see it in tables, e.g. "Year opened"',
  "columns.from": "for rows from a data-file source: the column of that file the values come from (the same name when left out)",
  "columns.factor": "for rows from a data-file source: what its cells are multiplied by, e.g. 1000 for a file in thousands",
};
