import type {z} from "zod";
import type {Problem} from "./problem.ts";
import {didYouMean} from "./suggest.ts";

/** Where a field sits in its file; supplied by the caller, which knows the format. */
export type Locator = (path: readonly PropertyKey[]) => {line: number; column?: number};

/** Describes, for an editor, what a valid value of each field looks like. */
export type FieldHelp = Record<string, string>;

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  return path.reduce<unknown>((value, key) => (value && typeof value === "object" ? (value as Record<PropertyKey, unknown>)[key] : undefined), input);
}

const kinds: Record<string, string> = {array: "a list", string: "text", number: "a number", object: "a group of fields", boolean: "true or false", date: "a date"};

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "empty";
  return kinds[typeof value] ?? typeof value;
}

function fieldName(path: readonly PropertyKey[]): string {
  return path.map((key) => (typeof key === "number" ? `[${key + 1}]` : String(key))).join(".").replace(/\.\[/g, "[");
}

/**
 * Turns zod's issues into editor-facing problems: the file, the line, what is
 * wrong in plain words, and the fix. Never shows zod's own wording alone.
 */
export function zodProblems(error: z.ZodError, input: unknown, file: string, where: Locator, help: FieldHelp, knownKeys: readonly string[]): Problem[] {
  return error.issues.flatMap((issue): Problem[] => {
    const path = issue.path as PropertyKey[];
    const name = fieldName(path);
    // Help is keyed by field name: the first named key on the path ("outlet" in [3, "outlet"]).
    const keys = path.filter((k): k is string => typeof k === "string");
    const hint = help[keys.join(".")] ?? help[keys[0] ?? ""] ?? "";
    if (issue.code === "unrecognized_keys") {
      return issue.keys.map((key) => {
        const guess = didYouMean(key, knownKeys);
        return {
          file, ...where([...path, key]),
          message: `unknown field "${key}"`,
          fix: guess ? `${guess} Rename it` : `remove it, or use one of: ${knownKeys.join(", ")}`,
        };
      });
    }
    if (valueAt(input, path) === undefined) {
      return [{file, ...where(path.slice(0, -1)), message: `the field "${name}" is missing`, fix: `add ${name}: ${hint || "a value"}`}];
    }
    const fix = hint ? `${name} should be ${hint}` : `correct ${name}`;
    const value = valueAt(input, path);
    const message =
      issue.code === "invalid_type" ? `${name} is ${kindOf(value)}, not ${kinds[issue.expected] ?? issue.expected}`
      : issue.code === "invalid_value" ? `${name} "${String(value)}" is not one of the allowed values`
      : issue.code === "too_small" && value === "" ? `${name} is empty`
      : issue.code === "too_small" && Array.isArray(value) ? `${name} is an empty list`
      : `${name} is not valid: ${issue.message}`;
    return [{file, ...where(path), message, fix}];
  });
}
