/**
 * Atom feeds on the production server, parsed as XML by the browser: the structure RFC 4287
 * requires, the whole clean text as HTML content, the real bylines, conditional GET, the
 * site-wide feed, and a feed link on every list and profile page.
 */
import { expect, test, type Page } from "@playwright/test";
import { displayPunctuation } from "../../lib/text/display-punctuation";

const FEEDS = ["/feed.xml", "/companies/openai/feed.xml", "/people/li-kaifu/feed.xml", `/search/feed.xml?q=${encodeURIComponent("大模型")}`];

interface ParsedEntry {
  id: string;
  title: string;
  updated: string;
  link: string | null;
  authors: string[];
  contentType: string | null;
  /** The content's HTML, parsed: its paragraphs' text. */
  paragraphs: string[];
  /** Elements in the content other than p and h2 (there must be none: scraped markup is text). */
  foreign: string[];
}

interface ParsedFeed {
  error: string | null;
  namespace: string;
  id: string;
  title: string;
  updated: string;
  self: string | null;
  entries: ParsedEntry[];
}

/** Parses Atom XML with the browser's own XML parser (a malformed document yields <parsererror>). */
async function parseFeed(page: Page, xml: string): Promise<ParsedFeed> {
  return page.evaluate((text) => {
    const NS = "http://www.w3.org/2005/Atom";
    const doc = new DOMParser().parseFromString(text, "application/xml");
    const err = doc.getElementsByTagName("parsererror")[0];
    const root = doc.documentElement;
    const child = (el: Element, name: string) => Array.from(el.children).filter((c) => c.namespaceURI === NS && c.localName === name);
    const one = (el: Element, name: string) => child(el, name)[0]?.textContent ?? "";
    return {
      error: err ? (err.textContent ?? "parse error") : null,
      namespace: root.namespaceURI ?? "",
      id: one(root, "id"),
      title: one(root, "title"),
      updated: one(root, "updated"),
      self: child(root, "link").find((l) => l.getAttribute("rel") === "self")?.getAttribute("href") ?? null,
      entries: child(root, "entry").map((e) => {
        const content = child(e, "content")[0];
        const html = new DOMParser().parseFromString(content?.textContent ?? "", "text/html");
        return {
          id: one(e, "id"),
          title: one(e, "title"),
          updated: one(e, "updated"),
          link: child(e, "link").find((l) => (l.getAttribute("rel") ?? "alternate") === "alternate")?.getAttribute("href") ?? null,
          authors: child(e, "author").map((a) => one(a, "name")),
          contentType: content?.getAttribute("type") ?? null,
          paragraphs: Array.from(html.body.querySelectorAll("p"), (p) => p.textContent ?? ""),
          foreign: Array.from(html.body.querySelectorAll("*"), (n) => n.localName).filter((n) => n !== "p" && n !== "h2"),
        };
      }),
    };
  }, xml);
}

test.beforeEach(async ({ page }) => {
  await page.goto("/robots.txt");
});

test("every feed is well-formed Atom with the required elements on the feed and each entry", async ({ page, request }) => {
  for (const url of FEEDS) {
    const res = await request.get(url);
    expect(res.status(), url).toBe(200);
    expect(res.headers()["content-type"]).toContain("application/atom+xml");
    const feed = await parseFeed(page, await res.text());
    expect(feed.error, url).toBeNull();
    expect(feed.namespace).toBe("http://www.w3.org/2005/Atom");
    expect(feed.id).toMatch(/^http/);
    expect(feed.title).not.toBe("");
    expect(Number.isNaN(Date.parse(feed.updated))).toBe(false);
    expect(feed.self).toContain(new URL(url, "http://x").pathname);
    expect(feed.entries.length, url).toBeGreaterThan(0);
    for (const e of feed.entries) {
      expect(e.id).toMatch(/\/articles\/\d+$/);
      expect(e.title).not.toBe("");
      expect(Number.isNaN(Date.parse(e.updated))).toBe(false);
      expect(e.link).toBe(e.id);
      expect(e.authors.length).toBeGreaterThan(0);
      for (const a of e.authors) expect(a.trim()).not.toBe("");
      expect(e.contentType).toBe("html");
      expect(e.foreign, e.id).toEqual([]);
    }
  }
});

test("the site feed carries every article's whole clean text and its real bylines", async ({ page, request }) => {
  const feed = await parseFeed(page, await (await request.get("/feed.xml")).text());
  const list = (await (await request.get("/api/articles?limit=100")).json()) as { total: number; items: { id: number; title: string }[] };
  expect(feed.entries.map((e) => Number(e.id.split("/").pop()))).toEqual(list.items.slice(0, 30).map((i) => i.id));
  for (const e of feed.entries) {
    const id = Number(e.id.split("/").pop());
    const a = (await (await request.get(`/api/articles/${id}`)).json()) as { title: string; titleRestored: boolean; body: string; restoredBody: string | null; authors: string[]; reporters: string[]; source: string | null };
    expect(e.title.startsWith(a.title), `${id} title`).toBe(true);
    const paragraphs = (t: string) => t.split(/\n{2,}/).map((p) => p.trim()).filter((p) => p !== "").map(displayPunctuation);
    expect(e.paragraphs, `${id} body`).toEqual([...paragraphs(a.body), ...(a.restoredBody ? paragraphs(a.restoredBody) : [])]);
    const bylines = [...new Set([...a.authors, ...a.reporters])];
    expect(e.authors, `${id} authors`).toEqual(bylines.length > 0 ? bylines : [a.source ?? "未知来源"]);
  }
  // The seeds hold bylines; an entry names the person, not the publication.
  expect(feed.entries.some((e) => e.authors.includes("王齐昂"))).toBe(true);
});

test("feeds answer 304 to If-None-Match and If-Modified-Since, 200 when the copy is stale", async ({ request }) => {
  for (const url of FEEDS) {
    const first = await request.get(url);
    const etag = first.headers()["etag"]!;
    const modified = first.headers()["last-modified"]!;
    expect(etag, url).toMatch(/^"[\w-]+"$/);
    expect(Number.isNaN(Date.parse(modified)), url).toBe(false);
    expect((await request.get(url, { headers: { "if-none-match": etag } })).status(), url).toBe(304);
    expect((await request.get(url, { headers: { "if-none-match": `W/${etag}` } })).status(), url).toBe(304);
    expect((await request.get(url, { headers: { "if-modified-since": modified } })).status(), url).toBe(304);
    expect((await request.get(url, { headers: { "if-none-match": '"old"' } })).status(), url).toBe(200);
    expect((await request.get(url, { headers: { "if-modified-since": new Date(Date.parse(modified) - 86_400_000).toUTCString() } })).status(), url).toBe(200);
  }
});

test("every list and profile page links its Atom feed, and the link leads to a feed", async ({ page, request }) => {
  const pages: [string, string][] = [
    ["/", "/feed.xml"],
    ["/articles", "/feed.xml"],
    ["/companies", "/feed.xml"],
    ["/people", "/feed.xml"],
    ["/companies/openai", "/companies/openai/feed.xml"],
    ["/people/li-kaifu", "/people/li-kaifu/feed.xml"],
    [`/search?q=${encodeURIComponent("大模型")}`, "/search/feed.xml"],
  ];
  for (const [url, feedPath] of pages) {
    await page.goto(url);
    const links = page.locator('head link[rel="alternate"][type="application/atom+xml"]');
    await expect(links, url).toHaveCount(1);
    const href = (await links.getAttribute("href"))!;
    expect(new URL(href, page.url()).pathname, url).toBe(feedPath);
    const res = await request.get(new URL(href, page.url()).toString());
    expect(res.status(), href).toBe(200);
    expect((await parseFeed(page, await res.text())).error, href).toBeNull();
  }
});
