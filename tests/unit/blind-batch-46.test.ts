/**
 * Rules from blind batch 46 (x7-b46-*: metadata on site families no fixture had: a forum topic, a
 * bilingual think tank, …). Each case fails without its rule; the counter-cases show what each
 * rule spares.
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { handleBesideTime } from "@/lib/ingest/metadata/handle-time-line";

const PARAS = [
  "公司内网不能访问外部接口，想在一台没有显卡的服务器上跑一个能做合同条款抽取的模型，内存有一百二十八GB。",
  "试过一个十四亿参数的量化模型，抽取结果还可以，但一份二十页的合同要跑四分钟，业务那边嫌慢，想换个办法。",
  "想问问大家有没有在纯CPU环境下部署过类似任务，是换更小的模型再微调，还是先用规则把条款切出来再交给模型？",
];
const paras = PARAS.map((p) => `<p>${p}</p>`).join("");
const page = (body: string, head = "") =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>纯CPU服务器上做合同条款抽取</title>${head}</head><body>
<div class="nav"><a href="/">首页</a> <a href="/go/ai">人工智能</a></div><div class="box">${body}</div></body></html>`;
const extract = (html: string) => extractFile(Buffer.from(html), "page.html").article;

describe("a relative time's absolute title with a UTC offset (x7-b46-tech-forum-…)", () => {
  const topic = (title: string) =>
    page(`<h1>纯CPU服务器上做合同条款抽取</h1><small><a href="/member/u1">u1</a> · <span title="${title}">3 小时前</span> · 1024 次点击</small>${paras}
<div class="cell"><span class="gray">18 条回复 • 2026-12-09 16:02:10 +08:00</span></div>`);
  it("is the post's time, as without the offset", () => {
    expect(extract(topic("2026-12-07 13:05:41 +08:00")).publishedAt).toBe("2026-12-07T13:05:41+08:00");
    expect(extract(topic("2026-12-07 13:05:41")).publishedAt).toBe("2026-12-07T13:05:41+08:00");
  });
  it("a title that is no time, or an offset alone, is none", () => {
    expect(extract(topic("+08:00")).publishedAt?.slice(0, 10)).not.toBe("2026-12-07");
    expect(extract(topic("2026-12-07 13:05:41 北京时间晚些时候")).publishedAt?.slice(0, 10)).not.toBe("2026-12-07");
  });
});

describe("a writer declared in two scripts (x7-b46-think-tank-bilingual-…)", () => {
  const ld = (name: string) =>
    `<script type="application/ld+json">{"@context":"https://schema.org","@type":"Article","headline":"纯CPU服务器上做合同条款抽取","datePublished":"2026-12-02","author":{"@type":"Person","name":"${name}"}}</script>`;
  it("Latin then Han, or Han then Latin, is one writer: the Han form", () => {
    expect(extract(page(`<h1>纯CPU服务器上做合同条款抽取</h1>${paras}`, ld("Zhou Wenjing 周文静"))).authors).toEqual(["周文静"]);
    expect(extract(page(`<h1>纯CPU服务器上做合同条款抽取</h1>${paras}`, ld("周文静 Zhou Wenjing"))).authors).toEqual(["周文静"]);
  });
  it("two Han names stay two writers, and a Latin name alone stays whole", () => {
    expect(extract(page(`<h1>纯CPU服务器上做合同条款抽取</h1>${paras}`, ld("周文静 李明远"))).authors).toEqual(["周文静", "李明远"]);
    expect(extract(page(`<h1>纯CPU服务器上做合同条款抽取</h1>${paras}`, ld("Zhou Wenjing"))).authors).toEqual(["Zhou Wenjing"]);
  });
});

describe("a handle beside a relative time (x7-b46-tech-forum-…)", () => {
  it("handle · N 小时前 · N 次点击 under the headline names the poster", () => {
    expect(handleBesideTime("tangyuan2021 · 3 小时前 · 1024 次点击", null)).toBe("tangyuan2021");
    expect(handleBesideTime("林间小路 · 刚刚", null)).toBe("林间小路");
    const a = extract(page(`<h1>纯CPU服务器上做合同条款抽取</h1><small><a href="/member/u1">lazycat</a> · <span>3 小时前</span> · 1024 次点击</small>${paras}`));
    expect(a.authors).toEqual(["lazycat"]);
  });
  it("an outlet, a channel, the site, or a line with more words beside the time is no poster", () => {
    expect(handleBesideTime("新华社 · 3小时前", null)).toBeNull();
    expect(handleBesideTime("科技 · 3小时前", null)).toBeNull();
    expect(handleBesideTime("码农茶馆 · 3小时前", "码农茶馆")).toBeNull();
    expect(handleBesideTime("lazycat · 3 小时前 · 来自北京", null)).toBeNull();
  });
});
