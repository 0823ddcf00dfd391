import {describe, expect, it} from "vitest";
import type {Story} from "../../src/stories/story.ts";
import {storyPagePath, storyPages} from "../../src/stories/storyPages.ts";

const stories = (n: number) => Array.from({length: n}, (_, i) => ({slug: `story-${i}`}) as Story);

describe("the home page's list of stories", () => {
  it("is split into pages of 20, newest first, so no page grows with the site", () => {
    expect(storyPages(stories(45)).map((page) => [page.number, page.stories.length, page.stories[0]!.slug])).toEqual([[1, 20, "story-0"], [2, 20, "story-20"], [3, 5, "story-40"]]);
    expect(storyPages(stories(3)).map((page) => page.stories.length)).toEqual([3]);
    expect(storyPages([])).toEqual([{number: 1, stories: []}]);
    expect([1, 2].map(storyPagePath)).toEqual(["/", "/page/2/"]);
  });
});
