import * as cheerio from "cheerio";
import { describe, expect, it } from "vitest";
import { articleRowMarkup } from "@/components/article-rows";
import { entityLinksMarkup } from "@/components/entity-links";
import { entityRowMarkup } from "@/components/entity-rows";
import { monthChartMarkup } from "@/components/month-chart";
import { highlightedParagraphsMarkup } from "@/components/highlighted-paragraphs";
import { hitMarkup } from "@/app/search/article-results";
import type { ArticleListItem } from "@/lib/data/articles/list-articles";
import { html, Markup } from "@/lib/markup/html";

const HOSTILE = [
  `<script>alert(1)</script>`,
  `"><img src=x onerror=alert(1)>`,
  `' onmouseover='alert(1)`,
  `&amp; &lt;already escaped&gt; & bare`,
  `</p></article><h1>injected</h1>`,
  `<!-- comment --> ]]> <![CDATA[x]]>`,
  `李開復 «ＯＰＥＮＡＩ» \u200b 😀`,
];

describe("the html template", () => {
  it("gives back every hostile string unchanged as text and as an attribute value", () => {
    for (const s of HOSTILE) {
      const $ = cheerio.load(html`<p title="${s}" data-x='${s}'>${s}</p>`.html, null, false);
      expect($("p").length).toBe(1);
      expect($("p").text()).toBe(s);
      expect($("p").attr("title")).toBe(s);
      expect($("p").attr("data-x")).toBe(s);
      expect($("script, img, h1").length).toBe(0);
    }
  });

  it("nests markup without escaping it again, and drops null, undefined and false", () => {
    const inner = html`<b>${"<x>"}</b>`;
    expect(html`<i>${inner}${[inner, null, [undefined, false, 7]]}</i>`.html).toBe("<i><b>&lt;x&gt;</b><b>&lt;x&gt;</b>7</i>");
  });

  it("cannot be forged: only the template makes Markup", () => {
    expect(() => new Markup(Symbol("markup"), "<script>")).toThrow(/only made by the html template/);
  });
});

const row = (over: Partial<ArticleListItem>): ArticleListItem => ({
  id: 42,
  title: "标题",
  titleRestored: false,
  summary: "摘要",
  publishedAt: new Date("2024-03-01T02:00:00Z"),
  publishedLocal: "2024-03-01T10:00:00+08:00",
  dateInferred: false,
  source: "来源",
  script: "simplified",
  duplicateOfId: null,
  addedAt: "2024-03-02T00:00:00.000Z",
  companies: [],
  people: [],
  ...over,
});

describe("rows, chips and paragraphs built as markup", () => {
  it("an article row keeps hostile titles, summaries, sources and names as text", () => {
    const [title, summary, source, name] = HOSTILE;
    const markup = articleRowMarkup(row({ title, summary, source, companies: [{ slug: `a"b`, name: name!, about: true }], people: [{ slug: "p", name: "李开复", about: false }] }));
    const $ = cheerio.load(markup.html, null, false);
    expect($("script, img, h1").length).toBe(0);
    expect($("[data-testid=article-row]").length).toBe(1);
    expect($(".article-row-title a").text()).toBe(title);
    expect($(".article-row-title a").attr("href")).toBe("/articles/42");
    expect($(".article-row-summary").text()).toBe(summary);
    expect($(".article-row-meta span").first().text()).toBe(source);
    expect($(".article-row-meta time").attr("datetime")).toBe("2024-03-01T10:00:00+08:00");
    expect($(".article-row-meta time").text()).toBe("2024-03-01 10:00");
    const chip = $("a.chip-company");
    expect(chip.text()).toBe(name);
    expect(chip.attr("href")).toBe("/companies/a%22b");
    expect(chip.hasClass("chip-about")).toBe(true);
    expect($("a.chip-person").hasClass("chip-about")).toBe(false);
  });

  it("a row says when its date was inferred, when it has none, and links its other source", () => {
    const inferred = cheerio.load(articleRowMarkup(row({ dateInferred: true, duplicateOfId: 7, script: "traditional" })).html, null, false);
    expect(inferred("time").text()).toBe("约 2024-03-01 10:00（推断）");
    expect(inferred("time").attr("title")).toContain("推断");
    expect(inferred(`a[href="/articles/7"]`).text()).toBe("同一报道的另一来源");
    expect(inferred(".article-row-meta").text()).toContain("繁体");
    const undated = cheerio.load(articleRowMarkup(row({ publishedLocal: null, publishedAt: null, summary: null })).html, null, false);
    expect(undated(".article-row-meta").text()).toContain("日期不详");
    expect(undated(".article-row-summary").length).toBe(0);
    expect(undated(".article-row-entities").length).toBe(0);
  });

  it("no chips for no entities", () => {
    expect(entityLinksMarkup("person", [], "人物")).toBeNull();
  });

  it("paragraphs mark entity mentions and escape the text around them", () => {
    const body = `百度<b>发布</b>新模型。\n\n李开复说:"<script>x</script>"`;
    const markup = highlightedParagraphsMarkup(body, [
      { form: "百度", label: "公司:百度", kind: "company" },
      { form: "李开复", label: "人物:李开复", kind: "person" },
    ]);
    const $ = cheerio.load(markup.html, null, false);
    expect($("p").length).toBe(2);
    expect($("script, b").length).toBe(0);
    expect($("p").first().text()).toBe("百度<b>发布</b>新模型。");
    expect($("mark").map((_, m) => `${$(m).text()}|${$(m).attr("data-kind")}|${$(m).attr("title")}`).get()).toEqual(["百度|company|公司:百度", "李开复|person|人物:李开复"]);
  });

  it("a search hit marks its highlighted segments and escapes everything from the page", () => {
    const markup = hitMarkup({
      id: 9,
      titleRestored: false,
      title: [{ text: "<b>", hit: false }, { text: "百度", hit: true }, { text: `"/><script>x</script>`, hit: false }],
      snippet: [{ text: "…", hit: false }, { text: "<img src=x onerror=alert(1)>", hit: true }],
      source: "<i>来源</i>",
      publishedLocal: "2024-03-01T00:00:00+08:00",
      publishedAt: null,
      dateInferred: false,
    });
    const $ = cheerio.load(markup.html, null, false);
    expect($("script, img, b, i").length).toBe(0);
    expect($("h3 a").attr("href")).toBe("/articles/9");
    expect($("h3 a").text()).toBe(`<b>百度"/><script>x</script>`);
    expect($("mark").map((_, m) => $(m).text()).get()).toEqual(["百度", "<img src=x onerror=alert(1)>"]);
    expect($("p").first().text()).toBe("<i>来源</i> · 2024-03-01");
    // A <time> like every list's, so the browser can make it relative.
    expect($("time[data-rel]").attr("datetime")).toBe("2024-03-01T00:00:00+08:00");
  });

  it("a company or person row escapes names, aliases and roles, and draws its trend", () => {
    const hostile = HOSTILE[1]!;
    const markup = entityRowMarkup(
      {
        href: `/people/${encodeURIComponent(hostile)}`,
        name: hostile,
        via: HOSTILE[0]!,
        detail: HOSTILE[4]!,
        articleCount: 12,
        lastMentioned: "2024-03-01T09:30:00+08:00",
        trend: [{ month: "2024-01", count: 0 }, { month: "2024-02", count: 3 }, { month: "2024-03", count: 1 }],
      },
      "person-row",
    );
    const $ = cheerio.load(`<table><tbody>${markup.html}</tbody></table>`, null, false);
    expect($("script, img, h1").length).toBe(0);
    expect($("tr[data-testid=person-row] > td").length).toBe(5);
    expect($("td a").text()).toBe(hostile);
    expect($("td a").attr("href")).toBe(`/people/${encodeURIComponent(hostile)}`);
    expect($(".entity-via").text()).toBe(`（${HOSTILE[0]}）`);
    expect($(".entity-detail").text()).toBe(HOSTILE[4]);
    expect($(".entity-count").text()).toBe("12");
    expect($("td.entity-last time").attr("datetime")).toBe("2024-03-01T09:30:00+08:00");
    expect($("svg").attr("aria-label")).toBe(`${hostile}每月提及趋势`);
    // Whole numbers without ".0": the points repeat on every row.
    expect($("polyline").attr("points")).toBe("0,17 36,1 72,11.7");
  });
});

describe("monthChartMarkup", () => {
  it("draws a bar per month with articles and none for empty months, keeping every tick", () => {
    const months = Array.from({ length: 40 }, (_, i) => ({ month: `20${10 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, "0")}`, count: i === 3 ? 4 : i === 30 ? 1 : 0 }));
    const $ = cheerio.load(monthChartMarkup(months, "百度").html, null, false);
    expect($("rect").length).toBe(2);
    expect($("rect title").map((_, t) => $(t).text()).get()).toEqual(["2010-04:4 篇", "2012-07:1 篇"]);
    expect($("rect").first().attr("height")).toBe("90");
    expect($("rect").last().attr("height")).toBe("22.5");
    // One tick every five months over forty: 0, 5, … 35.
    expect($("text").map((_, t) => $(t).text()).get()).toEqual(["10-01", "10-06", "10-11", "11-04", "11-09", "12-02", "12-07", "12-12"]);
    expect($("svg").attr("aria-label")).toBe("百度：2010-01 至 2013-04 共 5 篇，最多的月份是 2010-04（4 篇）");
  });
});
