import {resolve} from "node:path";

/**
 * The project's root folder. Builds and scripts run from it (npm sets the working
 * directory); PROJECT_ROOT lets tests point a build at a copy of the project.
 */
export function projectRoot(): string {
  return resolve(process.env.PROJECT_ROOT ?? process.cwd());
}
