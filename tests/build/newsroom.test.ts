import {existsSync, readFileSync} from "node:fs";
import {join} from "node:path";
import {describe, expect, it} from "vitest";
import {parse} from "../helpers/dist.ts";
import {copyProject, npmRun} from "../helpers/project.ts";

// Another newsroom, on another subject, in another locale: the generator must
// carry none of the first site's identity into it, and print every figure as
// its source does. (The article below is test input written for this test.)
const article = `Riverside's buses carried 35.8 million journeys last year, up from 30.1 million in 2015.
A day pass now costs $4.25. Visitors from London compare it with a bus fare of £1.60 at home, and those from Paris with a ticket of €2.10.
The transit authority's budget for the decade is $2.1 billion.
`;

const settings = {
  name: "Riverside Transit Desk",
  home: {heading: "Buses and fares, explained", description: "How Riverside gets around, in figures from the record."},
  credit: "Chart: Riverside Transit Desk",
  byline: "By the transit desk",
  locale: "en-US",
  currency: "USD",
  url: "https://transit.example/",
  licence: "ODbL-1.0",
};

const facts = `id,label,value,value_to,qualifier,unit,source,quote,note
journeys-2024,Bus journeys in the latest year,35800000,,,count,riverside-2024,carried 35.8 million journeys last year,
journeys-2015,Bus journeys in 2015,30100000,,,count,riverside-2024,up from 30.1 million in 2015,
`;
const fares = `id,label,value,value_to,qualifier,unit,source,quote,note
day-pass,A day pass,4.25,,,currency,riverside-2024,A day pass now costs $4.25,
london-fare,A London bus fare,1.6,,,GBP,riverside-2024,a bus fare of £1.60,
paris-fare,A Paris ticket,2.10,,,EUR,riverside-2024,a ticket of €2.10,
budget,The transit budget for the decade,2100000000,,,USD,riverside-2024,budget for the decade is $2.1 billion,
`;
const story = `---
title: What a bus ride costs in Riverside
dek: Fares, journeys and the budget, from the record.
published: 2026-11-20
sources: [riverside-2024]
---

Buses carried :fig{#journeys-2024} journeys, up from :fig{#journeys-2015}. A day pass costs :fig{#day-pass}; a London fare is :fig{#london-fare} and a Paris ticket :fig{#paris-fare}. The budget is :fig{#budget}.

::chart{#ridership}
`;

describe("a site for another newsroom, from the README's recipes", () => {
  it("checks, builds and prints every figure as its source does, in its own locale, with its own name and credit everywhere", () => {
    const project = copyProject("newsroom");
    project.write("data/site.json", `${JSON.stringify(settings, null, 2)}\n`);
    project.write("seeds/riverside-transit.txt", article);
    const registered = npmRun(project.dir, "new:source", "seeds/riverside-transit.txt", "riverside-2024");
    expect(registered.status, registered.output).toBe(0);
    project.edit("data/sources.json", (t) =>
      t.replace('"outlet": "",', '"outlet": "Riverside Record",').replace('"outletNote": "",', '"outletNote": "Test input written for this test.",').replace('"title": "",', '"title": "Buses and fares",')
        .replace('"from": "",', '"from": "2024",').replace('"to": "",', '"to": "2024",').replace('"reasoning": ""', '"reasoning": "Test input."').replace('"covers": ""', '"covers": "Journeys, fares and the budget."'));
    const chart = npmRun(project.dir, "new:chart", "ridership");
    expect(chart.status, chart.output).toBe(0);
    project.write("data/facts/ridership.csv", facts);
    project.write("data/facts/fares.csv", fares);
    project.edit("data/charts/ridership.json", (t) => t.replace(/TK: [^"]+/g, "Bus journeys, by year"));
    project.write("content/bus-fares.md", story);

    const check = npmRun(project.dir, "check");
    expect(check.status, check.output).toBe(0);
    const build = npmRun(project.dir, "build");
    expect(build.status, build.output).toBe(0);

    const read = (path: string) => readFileSync(join(project.dir, "dist", path), "utf8");
    const page = parse(read("bus-fares/index.html"));
    const prose = page.querySelector(".story-body p")!.textContent!;
    for (const printed of ["35.8 million", "30.1 million", "$4.25", "£1.60", "€2.10", "$2.1 billion"]) expect(prose).toContain(printed);
    expect(page.documentElement.getAttribute("lang")).toBe("en-US");
    expect(page.querySelector("title")!.textContent).toBe(`What a bus ride costs in Riverside – ${settings.name}`);
    expect(page.querySelector(".site-name")!.textContent).toBe(settings.name);
    expect(page.querySelector(".byline")!.textContent).toBe(settings.byline);
    expect(page.querySelector(".story-header time")!.textContent).toBe("November 20, 2026");
    expect(page.querySelector("#chart-ridership-desc")!.textContent).toContain("Bus journeys in the latest year: 35.8 million.");
    expect([...page.querySelectorAll("#chart-ridership td.num")].map((td) => td.textContent)).toEqual(["35.8 million", "30.1 million"]);

    const home = parse(read("index.html"));
    expect(home.querySelector("h1")!.textContent).toBe(settings.home.heading);
    expect(home.querySelector("title")!.textContent).toBe(settings.name);

    // Embeds, downloads and oEmbed carry this newsroom's name and credit, and never the first site's.
    const outputs = {
      embed: read("embed/ridership/index.html"),
      csv: read("downloads/ridership.csv"),
      svg: read("downloads/ridership.svg"),
      oembed: read("embed/ridership/oembed.json"),
      story: read("bus-fares/index.html"),
    };
    expect(outputs.embed).toContain(settings.credit);
    expect(outputs.svg).toContain(settings.credit);
    expect(JSON.parse(outputs.oembed).provider_name).toBe(settings.name);
    expect(outputs.csv).toContain("35.8 million");
    for (const [name, text] of Object.entries(outputs)) expect(text, name).not.toMatch(/Casey|Metropolitan|\bMet\b/);
    expect(existsSync(join(project.dir, "dist/downloads/ridership.png"))).toBe(true);

    // Its address in data/site.json publishes the feed and the sitemap, under its own name, language and byline.
    const feed = read("feed.xml");
    expect(feed).toContain('<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="en-US">');
    expect(feed).toContain(`<title>${settings.name}</title>`);
    expect(feed).toContain(`<subtitle>${settings.home.description}</subtitle>`);
    expect(feed).toContain("<id>https://transit.example/bus-fares/</id>");
    // Its stories with the default byline are by the desk itself, by name.
    expect(feed).toContain(`<author><name>${settings.name}</name></author>`);
    expect(feed.slice(0, feed.indexOf("<entry>"))).not.toMatch(/Casey|Metropolitan|\bMet\b/);
    expect(read("sitemap.xml")).toContain("<url><loc>https://transit.example/bus-fares/</loc><lastmod>2026-11-20</lastmod></url>");
    expect(read("robots.txt")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://transit.example/sitemap.xml\n");

    // Link previews: its own name on its cards and tags, absolute at its own address.
    expect(page.querySelector('meta[property="og:site_name"]')!.getAttribute("content")).toBe(settings.name);
    expect(page.querySelector('meta[property="og:image"]')!.getAttribute("content")).toMatch(/^https:\/\/transit\.example\/cards\/stories\/bus-fares\.png\?v=/);
    expect(page.querySelector('link[rel="canonical"]')!.getAttribute("href")).toBe("https://transit.example/bus-fares/");
    const structured = JSON.parse(page.querySelector('script[type="application/ld+json"]')!.textContent!);
    expect(structured.publisher.name).toBe(settings.name);
    expect(structured.inLanguage).toBe("en-US");
    expect(existsSync(join(project.dir, "dist/cards/stories/bus-fares.png"))).toBe(true);
    expect(existsSync(join(project.dir, "dist/cards/charts/ridership.png"))).toBe(true);
  });
});
