import {existsSync} from "node:fs";
import {join} from "node:path";
import {locate} from "../lib/locate.ts";
import {parseJson} from "../lib/parseJson.ts";
import type {Problems} from "../lib/problem.ts";
import {readText} from "../lib/readText.ts";
import {zodProblems} from "../lib/zodProblems.ts";
import {fallbackSettings, settingsFile, settingsHelp, settingsSchema, type SiteSettings} from "./settings.ts";

/**
 * Reads data/site.json. Every problem names the line and the fix; while there
 * are any, neutral fallbacks stand in so the rest of the check still runs.
 */
export function loadSettings(root: string, problems: Problems): SiteSettings {
  const path = join(root, settingsFile);
  if (!existsSync(path)) {
    problems.add({file: settingsFile, message: "the site's settings file is missing", fix: `create it with the fields ${Object.keys(settingsSchema.shape).join(", ")} (see "Site settings" in README.md)`});
    return fallbackSettings;
  }
  const text = readText(root, settingsFile, problems);
  if (text === undefined) return fallbackSettings;
  const {json, problem} = parseJson(text, settingsFile);
  if (problem) {
    problems.add(problem);
    return fallbackSettings;
  }
  const parsed = settingsSchema.safeParse(json, {reportInput: true});
  if (!parsed.success) {
    problems.list.push(...zodProblems(parsed.error, json, settingsFile, (p) => locate(text, p), settingsHelp, Object.keys(settingsSchema.shape)));
    return fallbackSettings;
  }
  return parsed.data;
}
