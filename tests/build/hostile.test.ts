import {readFileSync, symlinkSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {embedCode} from "../../src/embed/embedCode.ts";
import {needsSystemFonts} from "../../src/embed/bundledFont.ts";
import {renderImage} from "../../src/embed/rasterise.ts";
import {standaloneSvg} from "../../src/embed/standaloneSvg.ts";
import {formatProblem} from "../../src/lib/problem.ts";
import {loadSite, type Site} from "../../src/site.ts";
import {parse} from "../helpers/dist.ts";
import {copyContent, fixture} from "../helpers/project.ts";

/**
 * A catalogue of hostile and broken input, one per row: what an attacker or a
 * careless editor writes, where, and what must happen. `problem` is the start of
 * the line `npm run check` must print (file:line:column  message); `safe` checks
 * the site that loads, for inputs that are allowed but must come out harmless.
 */
type Edit = (copy: ReturnType<typeof copyContent>) => void;
type Outcome = {problem: string} | {safe: (site: Site) => void};

const story = "content/casey-review.md";
const storyLines = readFileSync(join(fixture, story), "utf8").split("\n").length;
/** Adds a paragraph at the end of the story; its first line is `appendedAt`. */
const append = (markdown: string): Edit => (copy) => copy.edit(story, (text) => `${text}\n${markdown}\n`);
const appendedAt = storyLines + 1;
const sourcesFile = "data/sources.json";
const editSource = (change: (entry: Record<string, unknown>) => void): Edit => (copy) =>
  copy.edit(sourcesFile, (text) => {
    const registry = JSON.parse(text) as Record<string, unknown>[];
    change(registry[0]!);
    return `${JSON.stringify(registry, null, 2)}\n`;
  });
/** The stories' HTML, once the site loaded without a problem. */
const html = (site: Site) => {
  expect(site.problems.map(formatProblem)).toEqual([]);
  return site.stories.map((s) => s.html).join("\n");
};
/** An allowed input: the site loads with no problem, and `check` holds. */
const allowed = (check: (site: Site) => void) => (site: Site) => {
  expect(site.problems.map(formatProblem)).toEqual([]);
  check(site);
};

const catalogue: [string, Edit, Outcome][] = [
  // Markdown: no raw HTML, no script, no unsafe link, however it is spelt.
  ["a <script> block in a story", append("<script>alert(1)</script>"), {problem: `${story}:${appendedAt}:1  raw HTML is not allowed in a story (<script>)`}],
  ["an <img onerror> inside a paragraph", append("A picture <img src=x onerror=alert(1)> here."), {problem: `${story}:${appendedAt}:11  raw HTML is not allowed in a story (<img>)`}],
  ["an <iframe> to another site", append('<iframe src="https://evil.example/"></iframe>'), {problem: `${story}:${appendedAt}:1  raw HTML is not allowed in a story (<iframe>)`}],
  ["a <style> block", append("<style>body{display:none}</style>"), {problem: `${story}:${appendedAt}:1  raw HTML is not allowed in a story (<style>)`}],
  ["an inline <svg onload>", append("Look <svg onload=alert(1)></svg>."), {problem: `${story}:${appendedAt}:6  raw HTML is not allowed in a story (<svg>)`}],
  ["a javascript: link", append("[click](javascript:alert(1))"), {problem: `${story}:${appendedAt}:1  the link address "javascript:alert(1)" uses javascript:`}],
  ["a javascript: link in mixed case", append("[click](JaVaScRiPt:alert(1))"), {problem: `${story}:${appendedAt}:1  the link address "JaVaScRiPt:alert(1)" uses javascript:`}],
  ["a javascript: link written with a character reference", append("[click](&#106;avascript:alert(1))"), {problem: `${story}:${appendedAt}:1  the link address "javascript:alert(1)" uses javascript:`}],
  ["a javascript: link split by an encoded tab", append("[click](java%09script:alert(1))"), {problem: `${story}:${appendedAt}:1  the link address "java%09script:alert(1)" uses javascript:`}],
  ["a data:text/html link", append("[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)"), {problem: `${story}:${appendedAt}:1  the link address "data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==" uses data:`}],
  ["a vbscript: link", append("[click](vbscript:msgbox)"), {problem: `${story}:${appendedAt}:1  the link address "vbscript:msgbox" uses vbscript:`}],
  ["a javascript: autolink", append("<javascript:alert(1)>"), {problem: `${story}:${appendedAt}:1  the link address "javascript:alert(1)" uses javascript:`}],
  ["a javascript: image", append("![x](javascript:alert(1))"), {problem: `${story}:${appendedAt}:1  the image address "javascript:alert(1)" uses javascript:`}],
  ["a javascript: link by reference", append("[click][evil]\n\n[evil]: javascript:alert(1)"), {problem: `${story}:${appendedAt + 2}:1  the link address "javascript:alert(1)" uses javascript:`}],
  ["an HTML comment (allowed: dropped)", append("<!-- a note to the desk -->"), {safe: (site) => expect(html(site)).not.toContain("a note to the desk")}],
  ["markup in a sentence written as text (allowed: escaped)", append("Use 3 \\< 4 and a \\<b> tag."), {safe: (site) => expect(html(site)).toContain("3 &#x3C; 4 and a &#x3C;b> tag")}],
  ["https, mailto and site links (allowed)", append("[a](https://example.com/) [b](mailto:desk@example.com) [c](/sources/)"), {safe: (site) => expect(html(site)).toContain('href="mailto:desk@example.com"')}],
  // Directives: never published as literal text.
  ["an unclosed ::chart{", append("::chart{#workforce-demographics"), {problem: `${story}:${appendedAt}:1  ::chart{ is not closed`}],
  ["an unclosed :fig{ in a sentence", append("The force had :fig{#report-pages pages."), {problem: `${story}:${appendedAt}:15  :fig{ is not closed`}],
  ["an unclosed :quote[", append("Casey said :quote[rigorous, stark{source=cnn-2023}."), {problem: `${story}:${appendedAt}:12  :quote[ is not closed`}],
  ["an unknown directive", append("::map{#london}"), {problem: `${story}:${appendedAt}:1  unknown directive ::map`}],
  ["a chart that does not exist", append("::chart{#no-such-chart}"), {problem: `${story}:${appendedAt}:1  there is no chart "no-such-chart"`}],
  ["a link title that tries to add an attribute", append('[a](https://example.com/ "t\\" onmouseover=\\"alert(1)")'), {safe: (site) => expect(parse(html(site)).querySelector("[onmouseover]")).toBeNull()}],
  ["an extra attribute on a figure", append("The report ran to :fig{#report-pages onclick=alert(1)} pages."), {safe: (site) => expect(html(site)).not.toMatch(/onclick/i)}],
  ["a heading written as markup text (allowed: escaped)", append("## \\<script>alert(1)\\</script>"), {safe: (site) => expect(parse(html(site)).querySelectorAll("script").length).toBe(0)}],
  ["a quote citing a source id that is a script", append("Casey said :quote[rigorous]{source=javascript:alert(1)}."), {problem: `${story}:${appendedAt}:12  unknown source "javascript:alert(1)"`}],
  ["a story whose file name is not an address", (copy) => copy.write("content/My Story.md", "---\ntitle: x\n---\n"), {problem: 'content/My Story.md  the file name "My Story.md" cannot be a web address'}],
  ["a dataset whose file name is not a name", (copy) => copy.write("data/datasets/Bus Fares.csv", "year,fare,source,quote\n"), {problem: 'data/datasets/Bus Fares.csv  the file name "Bus Fares.csv" cannot be a dataset name'}],
  ["a chart reading a dataset by a path out of its folder", (copy) => copy.edit("data/charts/bus-fares.json", (t) => t.replace('"data": "bus-fares"', '"data": "../../seeds/test-transit"')), {problem: "data/charts/bus-fares.json:3  the chart needs the dataset data/datasets/../../seeds/test-transit.csv, which data/ does not have"}],
  ["a story with no front matter", (copy) => copy.write("content/empty.md", "Just a sentence.\n"), {problem: "content/empty.md"}],
  ["a CSV with a byte-order mark and Windows line ends (allowed)", (copy) => copy.write("data/facts/review.csv", `\ufeff${readFileSync(join(fixture, "data/facts/review.csv"), "utf8").replace(/\n/g, "\r\n")}`), {safe: allowed((site) => expect(site.data.figures.get("recommendations")!.value).toBe(16))}],
  // Found by an attacker trial.
  ["front matter written as JavaScript (---js), which would run", (copy) => copy.write("content/js-front.md", '---js\n{title: (function(){ globalThis.ranStoryCode = true; return "T"; })(), dek: "d", published: "2026-11-22"}\n---\n\nBody.\n'), {problem: 'content/js-front.md:1:4  front matter in "js" is not allowed'}],
  ["a story named like one of the site's own pages (embed)", (copy) => copy.write("content/embed.md", "---\ntitle: x\n---\n"), {problem: "content/embed.md  /embed/ is one of the site's own pages"}],
  ["a story named sources", (copy) => copy.write("content/sources.md", "---\ntitle: x\n---\n"), {problem: "content/sources.md  /sources/ is one of the site's own pages"}],
  ["the same chart placed twice in a story (duplicate ids)", append("::chart{#workforce-demographics}\n\n::chart{#workforce-demographics}"), {problem: `${story}:${appendedAt + 2}:1  the chart "workforce-demographics" is already placed in this story`}],
  ["a figure inside a link's words (a link in a link)", append("[the :fig{#report-pages} pages](https://example.com/)"), {problem: `${story}:${appendedAt}:6  a figure inside a link's words cannot link to its note`}],
  ["a plain-http image the page's policy would block", append("![a chart](http://example.com/chart.png)"), {problem: `${story}:${appendedAt}:1  the image address "http://example.com/chart.png" is plain http`}],
  ["an escaped directive (allowed: shown as text)", append("Write \\:fig{#id} to cite a figure."), {safe: (site) => expect(html(site)).toContain(":fig{#id}")}],
  ["a ::chart with words beside it", append("::chart{#workforce-demographics} as shown"), {problem: `${story}:${appendedAt}:1  ::chart{…} must stand on a line of its own`}],
  ["a :quote whose attributes never close", append("Casey said :quote[rigorous, stark and unsparing]{source=cnn-2023 of it."), {problem: `${story}:${appendedAt}:12  :quote[…]{ is not closed`}],
  ["a figure in a heading (allowed: in the heading, its anchor and the contents)", append("## Why :fig{#recommendations} recommendations"), {safe: (site) => expect(site.stories.find((s) => s.file === story)!.headings.at(-1)).toEqual({id: "why-16-recommendations", text: "Why 16 recommendations"})}],
  ["a control character in a chart title (raw)", (copy) => copy.edit("data/charts/review-counts.json", (t) => t.replace('"title": "', '"title": "\u0007')), {problem: "data/charts/review-counts.json:5:13  the file has an invisible control character (U+0007) here"}],
  ["a control character in a chart title (as a JSON escape)", (copy) => copy.edit("data/charts/review-counts.json", (t) => t.replace('"title": "', '"title": "\\u001b[31m')), {problem: "data/charts/review-counts.json:5:13  the file has an invisible control character (U+001B) here"}],
  ["a control character in a story", append("A bell\u0007 rings."), {problem: `${story}:${appendedAt}:7  the file has an invisible control character (U+0007) here`}],
  ["a terminal escape in a CSV header, shown not obeyed", (copy) => copy.edit("data/facts/review.csv", (t) => t.replace("id,label", "id\u001b[2J,label")), {safe: (site) => {
    const lines = site.problems.map(formatProblem);
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line).not.toMatch(/\u001b/);
  }}],
  ["an impossible date in a dataset's year column", (copy) => copy.edit("data/datasets/bus-fares.csv", (t) => t.replace("2022,1.90", "2O22,1.90")), {problem: 'data/datasets/bus-fares.csv:5:1  year "2O22" is not a date'}],
  ["a facts file in Windows-1252 (one message, nothing cascading)", (copy) => copy.write("data/facts/review.csv", Buffer.from(readFileSync(join(fixture, "data/facts/review.csv"), "utf8").replace("report by", "report by caf\u00e9"), "latin1")), {safe: (site) => expect(site.problems.map(formatProblem)).toEqual(["data/facts/review.csv  the file is not UTF-8 (it looks like Latin-1 (ISO-8859-1))  (save it again as UTF-8: in Excel, Save As “CSV UTF-8”; in a text editor, choose the encoding UTF-8)"])}],
  // Front matter.
  ["a date that is not a date in front matter", (copy) => copy.edit(story, (t) => t.replace("published: 2026-11-22", "published: 2026-13-45")), {problem: `${story}:5`}],
  // Sources: dates, paths and the registry itself.
  ["a source date with month 13", editSource((s) => ((s.date as {from: string}).from = "2023-13")), {problem: `${sourcesFile}:10:7  date.from is not valid: use a year (2023) or a year and month (2023-03), with a month from 01 to 12`}],
  ["a source file outside seeds/", editSource((s) => (s.file = "../data/site.json")), {problem: `${sourcesFile}:4:5  the file "../data/site.json" is not a file in seeds/`}],
  ["a source file given as an absolute path", editSource((s) => (s.file = "/etc/passwd")), {problem: `${sourcesFile}:4:5  the file "/etc/passwd" is not a file in seeds/`}],
  ["a source file that is a link out of seeds/", (copy) => {
    symlinkSync("/etc/hostname", join(copy.dir, "seeds/linked.txt"));
    editSource((s) => (s.file = "linked.txt"))(copy);
  }, {problem: `${sourcesFile}:4:5  seeds/linked.txt is a link to a file outside seeds/`}],
  ["a missing comma in the registry (one message, not one per row)", (copy) => copy.edit(sourcesFile, (t) => t.replace('"outlet": "CNN",', '"outlet": "CNN"')), {safe: (site) => {
    const lines = site.problems.map(formatProblem);
    expect(lines.length, lines.join("\n")).toBe(1);
    expect(lines[0]).toMatch(/^data\/sources\.json:6:\d+ +is not valid JSON: a comma is missing here/);
  }}],
  ["a source id with a slash", editSource((s) => (s.id = "../cnn")), {problem: `${sourcesFile}:3:5  id is not valid`}],
  // Timelines and data.
  ["an impossible day in a timeline", (copy) => copy.edit("data/timelines/met-scandals.csv", (t) => t.replace("guidelines-2019,2019,", "guidelines-2019,2019-02-30,")), {problem: "data/timelines/met-scandals.csv:5:17  date \"2019-02-30\" is not a real date"}],
  ["month 13 in a timeline", (copy) => copy.edit("data/timelines/met-scandals.csv", (t) => t.replace("guidelines-2019,2019,", "guidelines-2019,2019-13,")), {problem: "data/timelines/met-scandals.csv:5:17  date is not valid"}],
  ["an unclosed quote in a CSV, reported where it opens", (copy) => copy.edit("data/facts/review.csv", (t) => t.replace("made 16 recommendations,", '"made 16 recommendations,')), {problem: "data/facts/review.csv:3  this line stops the whole file being read: a cell opens with a double quote that is not closed where it should be"}],
  ["a facts file in Windows-1252", (copy) => copy.write("data/facts/review.csv", Buffer.from(readFileSync(join(fixture, "data/facts/review.csv"), "latin1").replace("363-page", "363\u2011page").replace("report by", "report by\u00e9"), "latin1")), {problem: "data/facts/review.csv  the file is not UTF-8"}],
  ["a story in Windows-1252", (copy) => copy.write(story, Buffer.from(readFileSync(join(fixture, story), "utf8").replace("Baroness", "Baroness caf\u00e9"), "latin1")), {problem: `${story}  the file is not UTF-8`}],
  ["a chart title with markup (allowed: escaped in every output)", (copy) => copy.edit("data/charts/review-counts.json", (t) => t.replace('"title": "', '"title": "<b>&amp;</b> \\"q\\" ')), {safe: allowed((site) => {
    const chart = site.charts.get("review-counts")!;
    expect(chart.title).toMatch(/^<b>&amp;<\/b> "q" /);
    // The SVG download is well-formed XML that the PNG renderer draws, and the embed code holds it in an attribute.
    const {svg} = standaloneSvg(chart, site.data);
    expect(svg).toContain("<title id=\"title\">&#x3C;b>&#x26;amp;&#x3C;/b> \"q\" ");
    expect(renderImage(svg, 0.25, {systemFonts: needsSystemFonts(svg)}).width).toBeGreaterThan(0);
    expect(embedCode(chart.id, chart.title, 400)).toContain('title="&lt;b&gt;&amp;amp;&lt;/b&gt; &quot;q&quot; ');
  })}],
  ["a chart spec that is not JSON", (copy) => copy.write("data/charts/review-counts.json", '{"type": "bars",\n  "figures": [\n}'), {problem: "data/charts/review-counts.json:3:1  is not valid JSON: Unexpected token '}'"}],
  ["a chart id with a dot-dot", (copy) => copy.write("data/charts/..json", "{}"), {problem: "data/charts/..json"}],
  ["a dataset cell holding a formula (allowed: a text cell)", (copy) => copy.edit("data/datasets/bus-tickets.csv", (t) => t.replace("2024,Single ticket,", '2024,"=HYPERLINK(""http://evil"")",')), {safe: allowed((site) => expect(site.data.datasets.get("bus-tickets")!.rows[1]!.cells.ticket).toBe('=HYPERLINK("http://evil")'))}],
  ["a settings file with a name of markup (allowed: escaped)", (copy) => copy.edit("data/site.json", (t) => t.replace(/"name": "[^"]*"/, '"name": "<script>alert(1)</script>"')), {safe: allowed((site) => expect(site.data.settings.name).toBe("<script>alert(1)</script>"))}],
  ["a site locale that is not a locale", (copy) => copy.edit("data/site.json", (t) => t.replace(/"locale": "[^"]*"/, '"locale": "xx-NOPE-123"')), {problem: "data/site.json:"}],
];

describe("hostile and broken input: a catalogue", () => {
  it("has at least 40 cases", () => expect(catalogue.length + 1).toBeGreaterThanOrEqual(40));

  for (const [input, edit, outcome] of catalogue) {
    it(`${input}: ${"problem" in outcome ? "npm run check names it" : "is published harmless"}`, () => {
      const copy = copyContent(`hostile-${input.replace(/\W+/g, "-").slice(0, 60)}`);
      edit(copy);
      const site = loadSite(copy.dir);
      const problems = site.problems.map(formatProblem);
      if ("problem" in outcome) expect(problems.some((line) => line.startsWith(outcome.problem)), problems.join("\n")).toBe(true);
      else outcome.safe(site);
    });
  }
});
