import {spawn, type ChildProcess} from "node:child_process";
import {readdirSync} from "node:fs";
import {join} from "node:path";
import {afterAll, describe, expect, it} from "vitest";
import {freshLoadInNewProcess, loadInNewProcess} from "../helpers/newProcess.ts";
import {copyProject, editorEnv} from "../helpers/project.ts";

const project = copyProject("dev");
const port = 4800 + Math.floor(Math.random() * 100);
let server: ChildProcess | undefined;
let log = "";

/** Fetches a page from the dev server until `test` passes or ten seconds go by. */
async function waitFor(path: string, test: (html: string) => boolean): Promise<string> {
  let html = "";
  for (const started = Date.now(); Date.now() - started < 10_000; await new Promise((r) => setTimeout(r, 250))) {
    html = await fetch(`http://127.0.0.1:${port}${path}`).then((r) => r.text(), () => "");
    if (test(html)) return html;
  }
  throw new Error(`${path} never passed its test; the server said:\n${log}`);
}

afterAll(() => {
  if (server?.pid) process.kill(-server.pid, "SIGTERM");
});

describe("npm run dev (live preview)", () => {
  it("shows an edited paragraph, a changed data row and a new timeline event on the next load, charts included", async () => {
    server = spawn("npm", ["run", "--silent", "dev", "--", "--port", String(port), "--host", "127.0.0.1"], {cwd: project.dir, detached: true, env: editorEnv()});
    server.stdout!.on("data", (chunk) => (log += chunk));
    server.stderr!.on("data", (chunk) => (log += chunk));
    await waitFor("/casey-review/", (html) => html.includes("Where the numbers come from"));

    project.edit("content/casey-review.md", (t) => t.replace("The review followed the murder", "Live preview works. The review followed the murder"));
    await waitFor("/casey-review/", (html) => html.includes("Live preview works."));

    project.edit("data/facts/workforce.csv", (t) => t.replace("Officers who said they had personally been bullied,22", "Officers who said they had personally been bullied (edited),22"));
    await waitFor("/casey-review/", (html) => html.includes("Officers who said they had personally been bullied (edited)"));

    project.edit("data/timelines/met-scandals.csv", (t) => `${t}rowley-apology,2023,,inferred,Rowley says “I’m sorry we’ve let you all down”,cnn-2023,"I'm sorry we've let you all down, and we will fix this",Said on the day the final report was published.\n`);
    const html = await waitFor("/casey-review/", (page) => page.includes("Rowley says “I’m sorry we’ve let you all down”"));
    // The new event is in the chart's SVG, not only in its table.
    expect(html.match(/<svg[^]*?<\/svg>/g)!.some((svg) => svg.includes("Rowley says"))).toBe(true);
  });

  it("serves every chart's CSV, SVG, PNG and oEmbed document on request (a build writes them all at once)", async () => {
    // The server started above.
    const charts = readdirSync(join(project.dir, "data/charts")).filter((name) => name.endsWith(".json")).map((name) => name.replace(/\.json$/, ""));
    expect(charts.length).toBeGreaterThan(0);
    for (const chart of charts) {
      for (const [path, type] of [[`/downloads/${chart}.csv`, "text/csv"], [`/downloads/${chart}.svg`, "image/svg+xml"], [`/downloads/${chart}.png`, "image/png"], [`/embed/${chart}/oembed.json`, "application/json+oembed"]] as const) {
        const response = await fetch(`http://127.0.0.1:${port}${path}`);
        expect(response.status, path).toBe(200);
        expect(response.headers.get("content-type"), path).toContain(type);
      }
    }
  });

  it("serves every link-preview card on request: the site's, each story's and each chart's", async () => {
    const stories = readdirSync(join(project.dir, "content")).filter((name) => name.endsWith(".md")).map((name) => name.replace(/\.md$/, ""));
    const charts = readdirSync(join(project.dir, "data/charts")).filter((name) => name.endsWith(".json")).map((name) => name.replace(/\.json$/, ""));
    for (const path of ["/cards/site.png", ...stories.map((s) => `/cards/stories/${s}.png`), ...charts.map((c) => `/cards/charts/${c}.png`)]) {
      const response = await fetch(`http://127.0.0.1:${port}${path}`);
      expect(response.status, path).toBe(200);
      expect(response.headers.get("content-type"), path).toContain("image/png");
      const png = Buffer.from(await response.arrayBuffer());
      expect([png.readUInt32BE(16), png.readUInt32BE(20)], path).toEqual([1200, 630]);
    }
  });

  it("a page the dev server rendered after the site's address changed is not reused by the next check or build, which uses the new address", async () => {
    // The server started above, without an address: it keeps making links from the root until restarted.
    project.edit("data/site.json", (t) => t.replace(/^\{/, '{\n  "url": "https://news.example/moved/",'));
    await waitFor("/casey-review/", (html) => html.includes("Where the numbers come from"));
    const next = loadInNewProcess(project.dir, {project: true});
    expect(next).toContain('href=\\"/moved/');
    expect(next).toBe(freshLoadInNewProcess(project.dir, {project: true}));
  });
});

