import {createHash} from "node:crypto";
import {readdirSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {root} from "../helpers/project.ts";

const registry = JSON.parse(readFileSync(join(root, "data/sources.json"), "utf8")) as {id: string; file: string; sha256: string}[];

describe("seeds", () => {
  it("every file in seeds/ is registered in data/sources.json with its SHA-256", () => {
    const files = readdirSync(join(root, "seeds")).sort();
    expect(registry.map((s) => s.file).sort()).toEqual(files);
    for (const {file, sha256} of registry) expect(createHash("sha256").update(readFileSync(join(root, "seeds", file))).digest("hex"), file).toBe(sha256);
  });
});
