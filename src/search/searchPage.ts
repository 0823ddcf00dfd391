import {excerptParts} from "./excerptParts.ts";

/** The parts of Pagefind's browser API (`pagefind.js`) this page uses. */
export interface Pagefind {
  options(options: {baseUrl?: string; excerptLength?: number; excerptEllipsis?: string}): Promise<void>;
  init(): Promise<void>;
  search(term: string): Promise<{results: {id: string; data(): Promise<ResultData>}[]}>;
}
interface ResultData {
  url: string;
  excerpt: string;
  meta: {title?: string};
}

declare global {
  interface Window {
    /**
     * Imports Pagefind's `pagefind.js` from the built site. Set by a small inline module on the
     * search page: an `import()` of a URL in a bundled script is wrapped by Vite's preloading,
     * whose placeholder Astro leaves unresolved when it inlines the script.
     */
    loadSearchIndex?: () => Promise<Pagefind>;
  }
}

/** How many results show at first, and how many more each press of "Show more" adds. */
const pageSize = 10;
/** A pause in typing before searching, so a screen reader is not told a count for every letter. */
const typingPause = 300;

/**
 * Makes the search form on the search page work: loads Pagefind's script from the bundle the
 * page names, searches as the reader types or submits, and writes results with text nodes only
 * (titles come from the index; excerpts are split into text and matches by excerptParts). The
 * count goes to a live region; the results themselves are not live, so they are read on demand.
 */
export function searchPage(form: HTMLFormElement): void {
  const base = form.dataset.base ?? "/";
  const input = form.querySelector<HTMLInputElement>("input[type=search]");
  const status = document.getElementById(form.dataset.status ?? "");
  const list = document.getElementById(form.dataset.results ?? "");
  const more = document.getElementById(form.dataset.more ?? "");
  if (!form.dataset.bundle || !input || !status || !list || !(more instanceof HTMLButtonElement)) return;

  let loading: Promise<Pagefind> | undefined;
  const load = () =>
    (loading ??= (window.loadSearchIndex?.() ?? Promise.reject(new Error("no search index on this page"))).then(async (pagefind) => {
      await pagefind.options({baseUrl: base, excerptLength: 30, excerptEllipsis: "…"});
      await pagefind.init();
      return pagefind;
    }).catch((error: unknown) => {
      // A failed load (offline, say) is tried again on the next search.
      loading = undefined;
      throw error;
    }));

  let latest = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let pending: {id: string; data(): Promise<ResultData>}[] = [];

  const say = (text: string) => {
    status.textContent = text;
  };

  /** Adds the next results to the list; returns the first link added. */
  const showMore = async (search: number): Promise<HTMLAnchorElement | undefined> => {
    const next = pending.slice(0, pageSize);
    pending = pending.slice(pageSize);
    const found = await Promise.all(next.map((result) => result.data()));
    if (search !== latest) return undefined;
    let first: HTMLAnchorElement | undefined;
    for (const data of found) {
      // Every result is a page of this site; anything else is not shown.
      if (!data.url.startsWith(base)) continue;
      const item = document.createElement("li");
      const heading = document.createElement("h2");
      const link = document.createElement("a");
      link.href = data.url;
      link.textContent = data.meta.title || data.url;
      heading.append(link);
      const kind = document.createElement("p");
      kind.className = "search-kind";
      kind.textContent = data.url.startsWith(`${base}sources/`) ? "Source" : "Story";
      const excerpt = document.createElement("p");
      excerpt.className = "search-excerpt";
      for (const part of excerptParts(data.excerpt)) {
        if (!part.mark) excerpt.append(part.text);
        else excerpt.append(Object.assign(document.createElement("mark"), {textContent: part.text}));
      }
      // The kind is shown above the title (CSS) but read after it, so a list of headings reads as titles.
      item.append(heading, kind, excerpt);
      list.append(item);
      first ??= link;
    }
    more.hidden = pending.length === 0;
    return first;
  };

  const run = async (term: string) => {
    const search = ++latest;
    clearTimeout(timer);
    const query = term.trim();
    history.replaceState(null, "", query ? `?q=${encodeURIComponent(query)}` : location.pathname);
    if (!query) {
      list.replaceChildren();
      more.hidden = true;
      say("");
      return;
    }
    try {
      const pagefind = await load();
      const {results} = await pagefind.search(query);
      if (search !== latest) return;
      list.replaceChildren();
      pending = results;
      await showMore(search);
      if (search !== latest) return;
      say(results.length === 0 ? `No results for “${query}”.` : `${results.length} ${results.length === 1 ? "result" : "results"} for “${query}”.`);
    } catch {
      if (search !== latest) return;
      say("Search could not be loaded. Try again later, or browse the stories and sources below.");
    }
  };

  input.addEventListener("input", () => {
    clearTimeout(timer);
    timer = setTimeout(() => void run(input.value), typingPause);
  });
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void run(input.value);
  });
  more.addEventListener("click", async () => {
    const first = await showMore(latest);
    first?.focus();
  });

  const initial = new URLSearchParams(location.search).get("q");
  if (initial) {
    input.value = initial;
    void run(initial);
  } else {
    // Fetched while the reader starts typing, so the first results come sooner.
    input.addEventListener("focus", () => void load().catch(() => undefined), {once: true});
  }
}
