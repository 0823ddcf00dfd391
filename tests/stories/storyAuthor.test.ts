import {describe, expect, it} from "vitest";
import {storyAuthor} from "../../src/stories/storyAuthor.ts";

const site = (locale: string) => ({name: "Riverside Transit Desk", byline: "By the transit desk", locale});

describe("storyAuthor(byline, settings)", () => {
  it("storyAuthor(the site's default byline) is the site itself, by its name", () => {
    expect(storyAuthor("By the transit desk", site("en-US"))).toEqual({kind: "organization", name: "Riverside Transit Desk"});
  });

  it("storyAuthor(a byline of its own) names the people, without the site's language's word for “by”", () => {
    expect(storyAuthor("By Ana Díaz", site("en-GB"))).toEqual({kind: "person", name: "Ana Díaz"});
    expect(storyAuthor("Von Jana Müller-Lüdenscheidt", site("de-DE"))).toEqual({kind: "person", name: "Jana Müller-Lüdenscheidt"});
    expect(storyAuthor("Par Léa Martin", site("fr-FR"))).toEqual({kind: "person", name: "Léa Martin"});
  });

  it("storyAuthor(a name that starts with another language's word) keeps it whole", () => {
    expect(storyAuthor("Von Trier and Byron Lee", site("en-GB"))).toEqual({kind: "person", name: "Von Trier and Byron Lee"});
    expect(storyAuthor("By", site("en-GB"))).toEqual({kind: "person", name: "By"});
  });
});
