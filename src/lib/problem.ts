/**
 * A problem in the project's input (a story, a data file, a source), reported to
 * an editor as `path:line:column  what is wrong  (how to fix it)`.
 */
export interface Problem {
  /** Path relative to the project root, e.g. `data/workforce.csv`. */
  file: string;
  /** 1-based line, when the problem has one. */
  line?: number;
  /** 1-based column, when the problem has one. */
  column?: number;
  /** What is wrong, in an editor's words. */
  message: string;
  /** What to do about it. */
  fix: string;
}

export function formatProblem({file, line, column, message, fix}: Problem): string {
  const where = line === undefined ? file : column === undefined ? `${file}:${line}` : `${file}:${line}:${column}`;
  // Text quoted from an editor's file is shown, never obeyed: control characters (a terminal's escape codes) are written as \u codes.
  // eslint-disable-next-line no-control-regex
  return `${where}  ${message}  (${fix})`.replace(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g, (char) => `\\u${char.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/** Thrown when input is wrong; carries every problem found, not only the first. */
export class ContentError extends Error {
  readonly problems: Problem[];
  /** Shown under the message by Astro's dev overlay. */
  readonly hint = "Fix each file at the line named, then save: the page reloads by itself.";
  constructor(problems: Problem[]) {
    super(problems.map(formatProblem).join("\n"));
    this.name = "ContentError";
    this.problems = problems;
    // The code that noticed a content problem is no help to an editor: show only the problems.
    this.stack = `${this.name}: ${this.message}`;
  }
}

/** Collects problems while a loader goes on reading, so that one run reports them all. */
export class Problems {
  readonly list: Problem[] = [];
  add(problem: Problem): void {
    this.list.push(problem);
  }
  get size(): number {
    return this.list.length;
  }
  /** Throws a ContentError if anything was collected. */
  throwIfAny(): void {
    if (this.list.length) throw new ContentError(this.list);
  }
}
