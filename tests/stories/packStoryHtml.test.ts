import {describe, expect, it} from "vitest";
import {readSite} from "../../src/site.ts";
import {packStoryHtml} from "../../src/stories/packStoryHtml.ts";
import {fixture} from "../helpers/project.ts";

describe("a build's stories, their HTML held deflated", () => {
  it("read back the same HTML and serialise the same, no longer holding it as text", () => {
    // Packing changes the stories it is given; no other test file packs any.
    const {stories} = readSite(fixture);
    expect(stories.length).toBeGreaterThan(0);
    const before = stories.map((story) => ({html: story.html, json: JSON.stringify(story)}));
    packStoryHtml(stories);
    for (const [index, story] of stories.entries()) {
      expect(Object.getOwnPropertyDescriptor(story, "html")?.value, story.slug).toBeUndefined();
      expect(story.html, story.slug).toBe(before[index]!.html);
      expect(JSON.stringify(story), story.slug).toBe(before[index]!.json);
      expect({...story}.html, story.slug).toBe(before[index]!.html);
    }
  });

  it("leave a story packed already as it is", () => {
    const {stories} = readSite(fixture);
    packStoryHtml(stories);
    const getters = stories.map((story) => Object.getOwnPropertyDescriptor(story, "html")?.get);
    packStoryHtml(stories);
    expect(stories.map((story) => Object.getOwnPropertyDescriptor(story, "html")?.get)).toEqual(getters);
  });
});
