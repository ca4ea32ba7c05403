// The rules blind metadata batch 33 asked for, each on a line of its own shape (the fixture cases
// are tests/fixtures/pages/*, named in each test).
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { originalPublisher } from "@/lib/ingest/metadata/source";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { ownSiteSource } from "@/lib/ingest/metadata/own-site-source";
import { addressYear, dumpReferenceYear } from "@/lib/ingest/metadata/dump-self-address";
import { leadDayInYear } from "@/lib/ingest/metadata/lead-day";
import { stripLinkMarkers } from "@/lib/ingest/text-dump/link-markers";
import type { Byline } from "@/lib/ingest/types";
import { metadataLineKind } from "@/lib/ingest/metadata/metadata-line";
import { foldLine } from "@/lib/text/fold";

const BODY = [
  "据了解，新一代中文大模型在多项评测中取得领先成绩，研发团队表示将于下月开放接口，供企业和开发者申请试用。",
  "业内人士认为，这一进展将推动大模型在政务、金融等行业的落地应用，降低企业的使用门槛，也会加剧行业竞争。",
  "研发团队同时提醒，模型在专业领域仍可能出现事实错误，使用者需要对关键结论进行人工复核。",
];
const text = (lines: string[]) => extractFile(Buffer.from(lines.join("\n")), "dump.txt").article;
const byline = (line: string) => {
  const b: Byline = { authors: [], reporters: [], editors: [] };
  parseByline(line, b);
  return b;
};

describe("a lead's day in the year the address files the page under (meta-html-company-lead-month-day-year-only-in-canonical-path, meta-txt-lynx-agency-dateline-lead-year-only-in-print-link)", () => {
  it("reads the year, and the month when the path gives it", () => {
    expect(addressYear("https://www.example.com/news/2026/3517.html")).toEqual({ year: 2026, month: null });
    expect(addressYear("http://www.example.com/kj/2026-11/30/c_41021.htm")).toEqual({ year: 2026, month: 11 });
    expect(addressYear("https://www.example.com/news/3517.html")).toBeNull();
  });
  it("takes an agency's or a paper's dateline day and a lead opening with the day", () => {
    expect(leadDayInYear("新华社上海11月30日电（记者 王晨 周琳）上海市30日发布…", { year: 2026, month: null })).toBe("2026-11-30T00:00:00+08:00");
    expect(leadDayInYear("本报北京12月3日电 记者 陈立 …", { year: 2026, month: 12 })).toBe("2026-12-03T00:00:00+08:00");
    expect(leadDayInYear("12月3日，云帆智能在杭州举行发布会，…", { year: 2026, month: null })).toBe("2026-12-03T00:00:00+08:00");
  });
  it("leaves prose, another's report, a month that disagrees and an address with no year", () => {
    expect(leadDayInYear("据路透社12月3日报道，…", { year: 2026, month: null })).toBeNull();
    expect(leadDayInYear("公司将于12月3日举行发布会。", { year: 2026, month: null })).toBeNull();
    expect(leadDayInYear("12月3日，云帆智能…", { year: 2026, month: 11 })).toBeNull();
    expect(leadDayInYear("12月3日，云帆智能…", null)).toBeNull();
  });
  it("takes a dump's reference year only when every dated address agrees", () => {
    const refs = (...urls: string[]) => ["References", "", ...urls.map((u, i) => `   ${i + 1}. ${u}`)];
    expect(dumpReferenceYear(refs("http://a.example/", "http://a.example/gn/2026/41210.html?print=1", "http://a.example/gn/2026/41198.html"))).toBe(2026);
    expect(dumpReferenceYear(refs("http://a.example/gn/2025/1.html", "http://a.example/gn/2026/2.html"))).toBeNull();
    expect(dumpReferenceYear(refs("http://a.example/gn/2026/1.html"))).toBeNull();
  });
  it("dates a dump whose only year is in its references", () => {
    const a = text([
      "   上海发布人工智能产业新政",
      "",
      "   来源：新华社 [1]打印",
      "",
      `   新华社上海11月30日电（记者 王晨）${BODY[0]}`,
      "",
      ...BODY.slice(1).flatMap((p) => [`   ${p}`, ""]),
      "References",
      "",
      "   1. http://news.example/gn/2026/41210.html?print=1",
      "   2. http://news.example/gn/2026/41233.html",
    ]);
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-11-30");
  });
});

describe("English bylines of two (meta-html-english-by-and-published-updated-on-chinese-page)", () => {
  it("splits By X and Y, By X & Y", () => {
    expect(byline("By Li Wei and Zhang Min").authors).toEqual(["Li Wei", "Zhang Min"]);
    expect(byline("By Li Wei & Zhang Min").authors).toEqual(["Li Wei", "Zhang Min"]);
    expect(byline("By Li Wei").authors).toEqual(["Li Wei"]);
  });
  it("names a site by its Han name before its Latin brand", () => {
    expect(ownSiteSource(null, { siteName: "硅湾观察 SiliconBay", footer: null }, "国产大模型出海")).toBe("硅湾观察");
    expect(ownSiteSource(null, { siteName: "SiliconBay", footer: null }, "国产大模型出海")).toBe("SiliconBay");
  });
});

describe("html2text's escaped addresses and emphasis (meta-txt-html2text-wechat-yuanchuang-account-then-zuozhe-bar-line)", () => {
  it("closes a link's address after its escaped brackets, and drops _emphasis_ marks", () => {
    expect(stripLinkMarkers("原创 [智能前哨](javascript:void\\(0\\);) _2026年12月03日 08:30_ _北京_").text).toBe("原创 智能前哨 2026年12月03日 08:30 北京");
  });
  it("keeps underscores inside words and titles", () => {
    expect(stripLinkMarkers("寒武纪市值突破6000亿元_财经头条_新浪财经").text).toBe("寒武纪市值突破6000亿元_财经头条_新浪财经");
    expect(stripLinkMarkers("see snake_case_name here").text).toBe("see snake_case_name here");
  });
});

describe("a translated piece credits the paper it was translated from (meta-txt-w3m-yizi-foreign-paper-closing-yuanwen-zuozhe-fanyi-jiaodui)", () => {
  it("reads 本文译自 and 编译自 opening a line, without the country", () => {
    expect(originalPublisher("编者按：本文译自英国《金融时报》，原文发表于11月28日，有删节。")).toBe("金融时报");
    expect(originalPublisher("（编译自路透社）")).toBe("路透社");
  });
  it("leaves a word translated from a language in prose", () => {
    expect(originalPublisher("这个词译自英语，原意是“代理”。")).toBeNull();
  });
});

describe("a series kicker over the headline (meta-txt-lynx-series-kicker-above-headline-toc-list-after)", () => {
  it("takes the headline under the kicker", () => {
    const a = text(["   “大模型下半场”系列报道之三", "", "算力之外，中小企业拼什么", "", "   2026年12月02日 07:30 来源：海川日报", "", ...BODY.flatMap((p) => [`   ${p}`, ""])]);
    expect(a.title).toBe("算力之外，中小企业拼什么");
  });
});

describe("an English page's byline and dates lines are no body (meta-html-english-by-and-published-updated-on-chinese-page)", () => {
  it("reads By X and Y as a byline and Published … · Updated … as a date line", () => {
    expect(metadataLineKind(foldLine("By Li Wei and Zhang Min"))).toBe("byline");
    expect(metadataLineKind(foldLine("Published Dec 3, 2026, 10:05 a.m. · Updated Dec 4, 2026, 6:40 p.m."))).toBe("dateline");
  });
  it("leaves an English sentence that names a day", () => {
    expect(metadataLineKind(foldLine("The company published its results on Dec 3, 2026, after the market closed, and its shares rose by a fifth."))).toBeNull();
  });
});

describe("a two-character site name confirmed by its footer's holder with the Latin brand", () => {
  it("names the site as og:site_name does (码问) when the footer's holder is 码问 MaWen", () => {
    expect(ownSiteSource(null, { siteName: "码问", footer: "码问 MaWen" }, "本地部署 7B 模型该怎么选量化方案")).toBe("码问");
    expect(ownSiteSource(null, { siteName: "码问", footer: "码问" }, "本地部署 7B 模型该怎么选量化方案")).toBe("码问");
    // a different holder confirms nothing: the holder's own name is taken
    expect(ownSiteSource(null, { siteName: "码问", footer: "深问 MaWen" }, "本地部署 7B 模型该怎么选量化方案")).toBe("深问 MaWen");
  });
});
