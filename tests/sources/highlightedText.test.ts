import {createHash} from "node:crypto";
import {mkdtempSync, readdirSync, readFileSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {resultsFolder} from "../../src/lib/resultMemo.ts";
import {writesDone} from "../../src/lib/writeWhole.ts";
import {highlightedText, highlightQuotes} from "../../src/sources/highlightQuotes.ts";

const text = "The force is still largely white (82%) and male (71%).\\n\\nWith 22% of officers saying they had been bullied.";

describe("a source's marked text, kept between builds", () => {
  it("is highlightQuotes' result, kept on disk, and made again (never stale) when the text or the quotes change", async () => {
    const root = mkdtempSync(join(tmpdir(), "source-texts-"));
    const first = highlightedText(root, "cnn-2023", text, ["largely white (82%)"]);
    expect(first).toBe(highlightQuotes(text, ["largely white (82%)"]));
    expect(first).toContain("<mark");
    await writesDone();
    const folder = join(root, resultsFolder, "source-texts");
    const [shard] = readdirSync(folder);
    const entry = join(folder, shard!, readdirSync(join(folder, shard!))[0]!);

    // Kept: the next build reads it (here, a kept entry altered in place shows it is what is served)...
    const kept = first.replace("<mark", "<mark data-kept");
    const body = JSON.stringify(kept);
    const head = JSON.parse(readFileSync(entry, "utf8").split("\n")[0]!) as Record<string, unknown>;
    writeFileSync(entry, `${JSON.stringify({...head, check: createHash("sha1").update(body).digest("hex")})}\n${body}`);
    expect(highlightedText(root, "cnn-2023", text, ["largely white (82%)"])).toBe(kept);

    // ...but another quote, or another text, is marked afresh.
    expect(highlightedText(root, "cnn-2023", text, ["male (71%)"])).toBe(highlightQuotes(text, ["male (71%)"]));
    const corrected = text.replace("82%", "83%");
    expect(highlightedText(root, "cnn-2023", corrected, ["largely white (83%)"])).toBe(highlightQuotes(corrected, ["largely white (83%)"]));
    await writesDone();
  });
});
