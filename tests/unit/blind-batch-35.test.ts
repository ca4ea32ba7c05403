/**
 * Rules from blind batch 35 (site-spa-shell-body-in-state-json, site-forum-post-jammer-hidden-spans,
 * site-ai-summary-box-listen-player-above-body, site-paywall-preview-member-plans,
 * site-inline-stock-cards-poll-mid-body, site-news-with-full-document-text-appended): an app shell
 * whose article is only in its state script, a forum's anti-copy noise, machine summaries, listen
 * bars, paywalls and quote cards named as such, a short heading between joined siblings.
 */
import { describe, expect, it } from "vitest";
import { parseDocument } from "htmlparser2";
import type { Element } from "domhandler";
import { isHidden, roleOf } from "@/lib/ingest/html/dom-rules";
import { readScriptFacts } from "@/lib/ingest/html/script-data";
import { sectionMarker } from "@/lib/ingest/classify/vocabulary";
import { extractFile } from "@/lib/ingest/extract-file";

const PARAS = [
  "今年下半年，多家厂商在新品中搭载了可以离线运行的端侧大模型，冰箱可以根据食材给出菜谱，空调能听懂连续的语音指令。",
  "这些功能的共同点是不依赖云端，厂商给出的理由是家电联网率并不高，而且语音和图像数据留在本地更容易通过合规审查。",
  "代价落在芯片上，能跑起十亿参数级模型的主控芯片需要单独的神经网络处理器和更大的内存，整机成本因此增加了不少。",
  "为了压成本，厂商的做法各不相同，有的把模型压缩到五亿参数以内，有的与芯片公司联合定制，还有的只在高端型号上搭载。",
];
const el = (html: string) => parseDocument(html).children.find((c) => c.type === "tag") as Element;
const body = (html: string) => extractFile(Buffer.from(html), "page.html").article.body;
const page = (inner: string, script = "") =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>端侧大模型走进家电</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/ai">人工智能</a></div>${inner}
<div class="footer">© 2025 示例网 版权所有</div>${script}</body></html>`;

describe("an app shell", () => {
  const state = `<script>window.__INITIAL_STATE__={"article":{"title":"端侧大模型走进家电","author":"张三","content":"${PARAS.map((p) => `<p>${p}<\\/p>`).join("")}"},"recommend":[{"title":"另一篇文章","summary":"别的内容。"}]};</script>`;
  it("the state's article record gives its content markup", () => {
    const f = readScriptFacts([state.replace(/<\/?script>/g, "")]);
    expect(f.contentHtml).toContain(PARAS[0]);
    // content without a title beside it names no article
    expect(readScriptFacts([`var data = {"content": "${"<p>一段很长的文字。</p>".repeat(30)}"};`]).contentHtml).toBeNull();
  });
  it("a skeleton page reads its article from the state script", () => {
    const b = body(page(`<div id="app"><div class="loading">内容加载中，请稍候…</div></div>`, state));
    for (const p of PARAS) expect(b).toContain(p);
    expect(b).not.toContain("内容加载中");
    expect(b).not.toContain("另一篇文章");
  });
  it("a visible article is kept, whatever the state holds", () => {
    const b = body(page(`<div class="article">${PARAS.map((p) => `<p>${p}</p>`).join("")}</div>`, state.replace(PARAS[2]!, "状态里的文字和页面上的不同，这里只是为了说明页面上的文章优先。")));
    expect(b).toContain(PARAS[2]);
  });
});

describe("hidden noise inside a line", () => {
  it("a jammer is hidden", () => {
    expect(isHidden(el(`<font class="jammer">x</font>`))).toBe(true);
    expect(isHidden(el(`<font class="jam">x</font>`))).toBe(false);
  });
  it("a hidden inline run is dropped without breaking its line", () => {
    const b = body(page(`<div class="post">${PARAS[0]}<font class="jammer">Zq3x</font><br><br>先说结论：能跑，<span style="display:none">本帖来自某论坛</span>但是很慢，生成速度大概每秒三到四个字，聊天会觉得很拖。<br><br>${PARAS[1]}<br><br>${PARAS[2]}</div>`));
    expect(b).not.toContain("Zq3x");
    expect(b).not.toContain("本帖来自");
    expect(b).toContain("先说结论：能跑，但是很慢");
  });
});

describe("named widgets", () => {
  it("machine summaries, listen bars, paywalls and quote cards", () => {
    expect(roleOf(el(`<div class="ai-abstract"></div>`), false).kind).toBe("teaser");
    expect(roleOf(el(`<div class="ai-summary-box"></div>`), false).kind).toBe("teaser");
    expect(roleOf(el(`<div class="audio-bar"></div>`), false).kind).toBe("share");
    expect(roleOf(el(`<div class="tts"></div>`), false).kind).toBe("share");
    expect(roleOf(el(`<div class="paywall"></div>`), false).kind).toBe("ad");
    expect(roleOf(el(`<div class="stock-card"></div>`), false).kind).toBe("related");
    // words that only look alike stay unnamed
    expect(roleOf(el(`<div class="main-text"></div>`), false).kind).toBeNull();
    expect(roleOf(el(`<div class="stock-news-content"></div>`), false).kind).toBeNull();
  });
  it("文中提及 opens links to the companies named", () => {
    expect(sectionMarker("文中提及")?.kind).toBe("related");
    expect(sectionMarker("本文涉及个股")?.kind).toBe("related");
    expect(sectionMarker("文中提及的这家公司成立于2015年，总部位于杭州")).toBeNull();
  });
});

describe("a short heading between joined siblings", () => {
  it("heads the container joined after it", () => {
    const doc = `<p>第一条　加大算力供给，统筹全市智算中心资源，企业租用本市算力的按费用给予补贴。</p><p>第二条　推动数据开放，每年向企业开放不少于一百个高质量公共数据集。</p><p>第三条　支持模型研发，对经认定的重大项目按投资额给予补助。</p><p>第四条　鼓励开源生态，对在开源社区发布模型的企业给予奖励。</p>`;
    const b = body(page(`<div class="info">2025-10-17 来源：示例日报</div><div class="TRS_Editor">${PARAS.map((p) => `<p>${p}</p>`).join("")}<p><strong>附：某市促进人工智能产业发展若干措施</strong></p><div class="doc">${doc}</div></div>`));
    expect(b).toContain("附：某市促进人工智能产业发展若干措施");
    expect(b).toContain("第四条");
  });
});
