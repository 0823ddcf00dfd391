import type {Site} from "../../src/site.ts";

/** What pages show of a loaded site, to compare a reload, or a load from kept results, with a fresh load. */
export const siteView = (site: Site) =>
  JSON.stringify({
    problems: site.problems,
    stories: site.stories.map((story) => [story.slug, story.frontMatter, story.html, story.notesHtml, story.quotes, story.headings, story.links, story.charts]),
    datasets: [...site.data.datasets],
    charts: [...site.charts].map(([id, model]) => [id, model.inputKey, model.title, model.description, model.table]),
  });
