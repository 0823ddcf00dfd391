import {readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {cleanSource} from "../../src/sources/cleanSource.ts";
import {markTruncation} from "../../src/sources/markTruncation.ts";
import {repairMojibake} from "../../src/sources/repairMojibake.ts";
import {stripBoilerplate} from "../../src/sources/stripBoilerplate.ts";
import {fixture} from "../helpers/project.ts";

const seed = (file: string) => readFileSync(join(fixture, "seeds", file), "utf8");

describe("repairMojibake", () => {
  it("repairMojibake(text) turns UTF-8 read as Windows-1252 back into the intended characters", () => {
    expect(repairMojibake("around Â£700 million").text).toBe("around £700 million");
    expect(repairMojibake("Britainâ€™s largest force").text).toBe("Britain’s largest force");
    expect(repairMojibake("cafÃ© â€“ bar").text).toBe("café – bar");
  });
  it("repairMojibake(text) leaves correct text alone, accented letters included", () => {
    for (const text of ["£700 million", "café", "Â alone", "naïve résumé", "“quoted”"]) expect(repairMojibake(text)).toEqual({text, repairs: []});
  });
  it("repairMojibake(text) reports each repair", () => {
    expect(repairMojibake("a Â£1 b Â£2").repairs).toEqual([
      {index: 2, found: "Â£", replacement: "£"},
      {index: 8, found: "Â£", replacement: "£"},
    ]);
  });
});

describe("stripBoilerplate", () => {
  const promo = "Archie Bland and Nimo Omer take you to the top stories and what they mean, free every weekday morning Privacy Notice: Newsletters may contain information about charities, online advertising and content sponsored by external parties. For more information, see our Privacy Policy. We use Google reCaptcha to protect our website and Google’s Privacy Policy and Terms of Service apply. ";
  it("stripBoilerplate(text) removes a newsletter promotion and its privacy notice, keeping the sentences on both sides", () => {
    const {text, removals} = stripBoilerplate(`Cases are slow. ${promo}Surveys found more.`);
    expect(text).toBe("Cases are slow. Surveys found more.");
    expect(removals).toHaveLength(1);
  });
  it("stripBoilerplate(text) changes text with no boilerplate not at all", () => {
    const text = "The Privacy Policy of the force was criticised. Nothing else.";
    expect(stripBoilerplate(text)).toEqual({text, removals: []});
  });
});

describe("markTruncation", () => {
  it("markTruncation(text) marks a text that stops mid-word", () => {
    expect(markTruncation("restoring public c")).toEqual({text: "restoring public c […]", truncated: true});
  });
  it("markTruncation(text) leaves a complete last sentence unmarked, even inside quotes", () => {
    for (const text of ["It ended.", "He said: “It ended.”", "Really?", "(As it did.)"]) expect(markTruncation(text).truncated).toBe(false);
  });
});

describe("cleanSource on the three seeds", () => {
  it("repairs the pound sign in the CNN article and marks where it is cut off", () => {
    const clean = cleanSource(seed("000_28072657a40d7641.txt"));
    expect(clean.text).toContain("around £700 million");
    expect(clean.text).not.toContain("Â");
    expect(clean.truncated).toBe(true);
    expect(clean.text.endsWith("restoring public c […]")).toBe(true);
    expect(clean.cleanings.map((c) => c.kind)).toEqual(["encoding", "truncation"]);
  });
  it("removes the newsletter sign-up from the middle of the Guardian article", () => {
    const raw = seed("002_97ef2a552aecd36f.txt");
    const clean = cleanSource(raw);
    expect(raw).toContain("Privacy Notice");
    for (const furniture of ["Archie Bland", "Privacy Notice", "reCaptcha", "Terms of Service"]) expect(clean.text).not.toContain(furniture);
    expect(clean.text).toContain("without proper training. Local surveys of officers in 2021");
    expect(clean.truncated).toBe(false);
  });
  it("keeps the preview article's paragraphs and finds nothing to clean", () => {
    const clean = cleanSource(seed("003_3bd11460cb2944da.txt"));
    expect(clean.cleanings).toEqual([]);
    expect(clean.text.split("\n").length).toBeGreaterThan(10);
  });
});

describe("repairMojibake on text that only looks broken", () => {
  it("repairMojibake(text) leaves capitals with accents before curly quotes alone", () => {
    for (const text of ["“CAFÉ”", "groß”", "«ÉTÉ»", "SÃO”"]) expect(repairMojibake(text).text).toBe(text);
  });
});
