import {createHash} from "node:crypto";
import {existsSync, mkdirSync, mkdtempSync, readFileSync, statSync, symlinkSync, writeFileSync} from "node:fs";
import {tmpdir} from "node:os";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {linkUnchanged, writeOrLink} from "../../src/lib/writeOrLink.ts";

/** A published build with one file, and an empty new build beside it. */
function builds(previous?: string | Buffer) {
  const folder = mkdtempSync(join(tmpdir(), "write-or-link-"));
  for (const name of ["published", "next"]) mkdirSync(join(folder, name));
  if (previous !== undefined) writeFileSync(join(folder, "published", "chart.csv"), previous);
  return {published: join(folder, "published", "chart.csv"), target: join(folder, "next", "chart.csv"), folder};
}

describe("writeOrLink: a rebuild writes again only the files that changed", () => {
  it("links a file the published build has byte for byte: one file with two names, keeping its date", () => {
    const {published, target} = builds("Measure,Figure\nWhite,“82%”\n");
    const before = statSync(published);
    writeOrLink(target, "Measure,Figure\nWhite,“82%”\n", published);
    expect(statSync(target).ino).toBe(before.ino);
    expect(statSync(target).nlink).toBe(2);
    expect(statSync(target).mtimeMs).toBe(before.mtimeMs);
  });

  it("writes a changed file as a new file, and leaves the published one as it was", () => {
    const {published, target} = builds("Measure,Figure\nWhite,82%\n");
    writeOrLink(target, "Measure,Figure\nWhite,83%\n", published);
    expect(readFileSync(target, "utf8")).toBe("Measure,Figure\nWhite,83%\n");
    expect(statSync(target).ino).not.toBe(statSync(published).ino);
    expect(readFileSync(published, "utf8")).toBe("Measure,Figure\nWhite,82%\n");
  });

  it("writes a file of the same length whose bytes differ, and one the published build lacks", () => {
    const same = builds(Buffer.from([1, 2, 3]));
    writeOrLink(same.target, Buffer.from([1, 2, 4]), same.published);
    expect([...readFileSync(same.target)]).toEqual([1, 2, 4]);
    expect(statSync(same.target).nlink).toBe(1);
    const none = builds();
    writeOrLink(none.target, "new", none.published);
    expect(readFileSync(none.target, "utf8")).toBe("new");
  });

  it("never links a symbolic link or a folder standing where the file was", () => {
    const link = builds();
    writeFileSync(join(link.folder, "elsewhere.csv"), "same");
    symlinkSync(join(link.folder, "elsewhere.csv"), link.published);
    writeOrLink(link.target, "same", link.published);
    expect(statSync(link.target).ino).not.toBe(statSync(join(link.folder, "elsewhere.csv")).ino);
    expect(readFileSync(link.target, "utf8")).toBe("same");
    const folder = builds();
    mkdirSync(folder.published);
    writeOrLink(folder.target, "x", folder.published);
    expect(readFileSync(folder.target, "utf8")).toBe("x");
  });
});

describe("linkUnchanged: a file known by its hash is linked from the last build, never made", () => {
  const sha256 = (text: string) => createHash("sha256").update(text).digest("hex");

  it("links the published file when it has the hash, and does nothing (false, no file) when it lacks it, differs, or is not a plain file", () => {
    const {published, target} = builds("<svg>82%</svg>");
    expect(linkUnchanged(target, published, sha256("<svg>82%</svg>"))).toBe(true);
    expect(statSync(target).ino).toBe(statSync(published).ino);
    // Edited since (by hand, or another build): the hash no longer holds, so the caller makes the file.
    const edited = builds("<svg>83%</svg>");
    expect(linkUnchanged(edited.target, edited.published, sha256("<svg>82%</svg>"))).toBe(false);
    expect(existsSync(edited.target)).toBe(false);
    const none = builds();
    expect(linkUnchanged(none.target, none.published, sha256("x"))).toBe(false);
    const link = builds();
    writeFileSync(join(link.folder, "elsewhere.svg"), "x");
    symlinkSync(join(link.folder, "elsewhere.svg"), link.published);
    expect(linkUnchanged(link.target, link.published, sha256("x"))).toBe(false);
    expect(existsSync(link.target)).toBe(false);
  });

  it("replaces whatever stood at the target, never writes into it", () => {
    const {published, target} = builds("new");
    writeFileSync(target, "old");
    const old = statSync(target).ino;
    expect(linkUnchanged(target, published, sha256("new"))).toBe(true);
    expect(readFileSync(target, "utf8")).toBe("new");
    expect(statSync(target).ino).not.toBe(old);
    const stale = builds("changed");
    writeFileSync(stale.target, "old");
    expect(linkUnchanged(stale.target, stale.published, sha256("old"))).toBe(false);
    expect(existsSync(stale.target)).toBe(false);
  });
});
