// The rules blind HTML batch 43 asked for, each on a small page or line of its own shape (the
// fixture cases are tests/fixtures/pages/site-b43-*, named in each test).
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { findDates } from "@/lib/ingest/metadata/dates";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { siteClaim } from "@/lib/ingest/metadata/source";

const PARAS = [
  "据了解，新一代中文大模型在多项评测中取得领先成绩，研发团队表示将于下月开放接口，供企业和开发者申请试用。",
  "业内人士认为，这一进展将推动大模型在政务、金融等行业的落地应用，降低企业的使用门槛，也会加剧行业竞争。",
  "研发团队同时提醒，模型在专业领域仍可能出现事实错误，使用者需要对关键结论进行人工复核。",
];
const page = (head: string, above: string, below = "", extra = "") =>
  extractFile(
    Buffer.from(
      `<!DOCTYPE html><html><head><meta charset="utf-8">${head}</head><body><nav><a href="/">首页</a> <a href="/tech">科技</a></nav>` +
        `<article>${above}<h1>新一代中文大模型开放接口申请</h1><div class="text">${PARAS.map((p) => `<p>${p}</p>`).join("")}</div>${below}</article>${extra}` +
        `<footer>关于我们 | 联系我们</footer></body></html>`,
    ),
    "page.html",
  ).article;

describe("a US-order date read only with its 12-hour clock (site-b43-overseas-chinese-paper-mm-dd-yyyy-ampm-pt-reporter-slash-place)", () => {
  it("reads MM/DD/YYYY hh:mm AM/PM, the day as printed when a zone follows", () => {
    expect(findDates("12/02/2026 06:40 PM")[0]?.iso).toBe("2026-12-02T18:40:00+08:00");
    expect(findDates("12/02/2026 06:40 AM PT · 更新 12/03/2026 08:15 AM PT")[0]?.iso).toBe("2026-12-02T00:00:00+08:00");
  });
  it("leaves a slashed date without AM/PM alone (month or day first is unknown)", () => {
    expect(findDates("03/12/2026 10:20")).toEqual([]);
  });
});

describe("dates a page gives in odd places", () => {
  it("a relative time's absolute title (site-b43-dev-community-post-author-row-above-title-relative-time-title-attr)", () => {
    const a = page("", `<div class="meta"><span class="time" title="2026-12-03 09:41:27">3小时前</span></div>`);
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-12-03");
  });
  it("a day badge split from its year-month (site-b43-company-site-news-center-day-badge-split-from-year-month)", () => {
    const a = page("", `<div class="date"><span class="d">03</span><span class="ym">2026-12</span></div>`);
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-12-03");
  });
  it("a blog's post line under its buttons (site-b43-dev-blog-platform-post-desc-posted-at-under-body-calendar-archive)", () => {
    const below = `<div>分类: 推理</div><div>标签: vLLM</div><div>好文要顶 关注我 收藏该文</div><div>关注 - 5</div><div>粉丝 - 128</div><div>+加关注</div><div>12</div>` +
      `<div class="postDesc">posted @ <span>2026-12-03 21:48</span> <a href="/blog/">码农小周</a> 阅读(1532) 评论(4)</div>`;
    const a = page("<title>新一代中文大模型开放接口申请 - 码农小周 - 码园</title>", "", below);
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-12-03");
    expect(a.authors).toEqual(["码农小周"]);
    expect(a.source).toBe("码园");
  });
});

describe("credits", () => {
  it("a Latin firm after comma-listed writers is their affiliation (site-b43-crypto-media-compiled-piece-english-month-date-author-card-original-credits)", () => {
    const into = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline("原文作者：Ryan Kim，Polaris Ventures", into);
    expect(into.authors).toEqual(["Ryan Kim"]);
  });
  it("研究员 and (研究)机构 as labels (site-b43-broker-research-summary-org-researchers-date-in-info-table)", () => {
    const into = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline("机构：华信证券 研究员：周晓峰,许安然", into);
    expect(into.authors).toEqual(["周晓峰", "许安然"]);
    expect(siteClaim("机构：华信证券 研究员：周晓峰,许安然")?.name).toBe("华信证券");
    expect(siteClaim("投资机构：红杉中国")).toBeNull();
  });
  it("a header row of label cells without colons", () => {
    const row = `<table class="info"><tr><td>机构</td><td>华信证券</td><td>研究员</td><td>周晓峰,许安然</td></tr><tr><td>日期</td><td>2026-12-03</td><td>页数</td><td>28页</td></tr></table>`;
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>研报 - 财讯数据</title></head><body><nav><a href="/">首页</a></nav><h1>新一代中文大模型开放接口申请</h1>${row}` +
      `<div class="text">${PARAS.map((p) => `<p>${p}</p>`).join("")}</div><footer>关于我们</footer></body></html>`;
    const a = extractFile(Buffer.from(html), "page.html").article;
    expect(a.source).toBe("华信证券");
    expect(a.authors).toEqual(["周晓峰", "许安然"]);
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-12-03");
  });
});
