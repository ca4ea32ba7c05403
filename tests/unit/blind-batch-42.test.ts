/**
 * Rules from blind batch 42 (site-b42-*): a date line whose time is written in words with its zone
 * (下午5:30（北京时间）), a time after 原创 and a date that names no account, the follow card over
 * the headline whose linked name runs on into a badge, a platform's 举报/反馈 button and a quote
 * chart's caption, a programme's title in 《》 after its channel in a 来源 line; batch 42c: a user
 * object's screen_name, a platform's 据此买卖，风险自负 notice, a review's buy card and score box;
 * batch 42d: an event pitch under 活动推荐 closing the body.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { accountOf, siteClaim } from "@/lib/ingest/metadata/source";

const PARAS = [
  "今年下半年，多家厂商在新品中搭载了可以离线运行的端侧大模型，冰箱可以根据食材给出菜谱，空调能听懂连续的语音指令。",
  "这些功能的共同点是不依赖云端，厂商给出的理由是家电联网率并不高，而且语音和图像数据留在本地更容易通过合规审查。",
  "代价落在芯片上，能跑起十亿参数级模型的主控芯片需要单独的神经网络处理器和更大的内存，整机成本因此增加了不少。",
];
const page = (inner: string, head = "") =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>端侧大模型走进家电</title>${head}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/ai">人工智能</a></div>${inner}
<div class="footer">© 2025 示例网 版权所有</div></body></html>`;
const extract = (html: string) => extractFile(Buffer.from(html), "page.html").article;
const fixture = (name: string) => extractFile(fs.readFileSync(`tests/fixtures/pages/${name}/source.html`), "source.html").article;
const body = PARAS.map((p) => `<p>${p}</p>`).join("");

describe("blind batch 42", () => {
  it("a date line's time of day in words and its zone belong to the date", () => {
    const html = page(`<div class="date-time">2026年12月3日 下午5:30（北京时间）</div><h1>端侧大模型走进家电</h1><div class="module_body">${body}</div>`);
    expect(extract(html).publishedAt).toBe("2026-12-03T17:30:00+08:00");
  });

  it("the time after 原创 and a date is no account", () => {
    expect(accountOf("原创 2026-12-06 10:18")).toBeNull();
    expect(accountOf("原创 2025-11-05 18:20 · 深蓝财经观察")).toBe("深蓝财经观察");
  });

  it("the follow card over the headline names the account by its link, not by the badge glued to it", () => {
    const a = fixture("site-b42-account-article-author-card-above-title-hashed-modules");
    expect(a.source).toBe("数字化老周");
    expect(a.authors).toEqual([]);
    expect(a.body).not.toContain("举报");
  });

  it("a quote chart's caption is a price widget, not the lead", () => {
    const a = fixture("site-b42-finance-inline-stock-spans-related-stocks-table-app-line");
    expect(a.body).not.toContain("行情图");
    expect(a.body.startsWith("财联社12月4日讯")).toBe(true);
  });

  it("a 来源 line's programme in 《》 after its channel keeps its brackets; a bracket the line leaves open goes", () => {
    expect(siteClaim("来源：江川卫视《江川新闻联播》 播放：1.2万")?.name).toBe("江川卫视《江川新闻联播》");
    expect(siteClaim("来源：《光明日报》")?.name).toBe("光明日报");
    expect(siteClaim("来源：光明网-《光明日报")?.name).toBe("光明网-光明日报");
  });

  it("a user object's screen_name is the poster: the follow card over the post is the writer's, the platform the source", () => {
    const a = fixture("site-b42c-investor-community-post-cashtags-risk-notice-discussion");
    expect(a.source).toBe("雪岭");
    expect(a.authors).toEqual(["慢就是快的老K"]);
  });

  it("a platform's risk notice (据此买卖，风险自负) is a disclaimer, not the post's last line", () => {
    const html = page(`<article><h1>端侧大模型走进家电</h1>${body}<div class="statement">风险提示：本文所提到的观点仅代表个人的意见，所涉及标的不作推荐，据此买卖，风险自负。</div></article>`);
    const a = extract(html);
    expect(a.body).not.toContain("风险自负");
    expect(a.body).toContain(PARAS[2]!.slice(0, 20));
  });

  it("a review's buy card and score box are widgets; its spec table stays", () => {
    const a = fixture("site-b42c-product-review-score-box-spec-table-buy-card-in-content");
    expect(a.body).not.toMatch(/去购买|¥7999|优点|缺点/);
    expect(a.body).toContain("内存 32GB LPDDR5X");
  });

  it("an event pitch under 活动推荐 closing the body goes with its heading; the article's paragraphs stay", () => {
    const html = page(`<article><h1>端侧大模型走进家电</h1>${body}<p><strong>活动推荐</strong></p><p>全球人工智能开发与应用大会将于12月19日在上海举办，聚焦大模型工程化落地实践，<a href="/x">点击了解详情</a>。</p></article>`);
    const a = extract(html);
    expect(a.body).not.toMatch(/活动推荐|点击了解详情/);
    expect(a.body).toContain(PARAS[2]!.slice(0, 20));
  });
});
