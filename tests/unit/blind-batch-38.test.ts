/**
 * Rules from blind batch 38 (site-vendor-launch-faq-details-accordion,
 * site-investor-qa-reply-among-other-qas, site-model-release-notes-raw-markdown-lines,
 * site-funding-news-comments-as-article-elements; the Nuxt state function is in
 * script-data.test.ts): a row of button links, a box opened by its own related heading, Q&A
 * label lines, a Markdown rule row, a day glued before 获悉.
 */
import { describe, expect, it } from "vitest";
import { sectionMarker, vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { extractFile } from "@/lib/ingest/extract-file";

const PARAS = [
  "今年下半年，多家厂商在新品中搭载了可以离线运行的端侧大模型，冰箱可以根据食材给出菜谱，空调能听懂连续的语音指令。",
  "这些功能的共同点是不依赖云端，厂商给出的理由是家电联网率并不高，而且语音和图像数据留在本地更容易通过合规审查。",
  "代价落在芯片上，能跑起十亿参数级模型的主控芯片需要单独的神经网络处理器和更大的内存，整机成本因此增加了不少。",
];
const OTHER = "您好，公司目前经营情况正常，如有回购或增持计划，将严格按照相关规定及时履行信息披露义务，感谢您的关注和支持。";
const page = (inner: string) =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>端侧大模型走进家电</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/ai">人工智能</a></div>${inner}
<div class="footer">© 2025 示例网 版权所有</div></body></html>`;
const article = (html: string) => extractFile(Buffer.from(html), "page.html").article;

describe("blind batch 38", () => {
  it("a row of links styled as buttons is cut, the article kept", () => {
    const b = article(page(`<div class="main"><h1>端侧大模型走进家电</h1>${PARAS.map((p) => `<p>${p}</p>`).join("")}<div class="cta"><a class="btn primary" href="/try">立即体验</a><a class="btn" href="/apply">申请API</a></div></div>`)).body;
    for (const p of PARAS) expect(b).toContain(p);
    expect(b).not.toContain("立即体验");
  });

  it("a box that opens with its own 其他问答 heading is cut, even when its items read like prose", () => {
    const box = `<div class="other"><h3>该公司其他问答</h3>${[OTHER, OTHER.replace("回购", "分红"), OTHER.replace("增持", "减持")].map((p) => `<div class="qa"><p>${p}</p></div>`).join("")}</div>`;
    const b = article(page(`<div class="main"><h1>端侧大模型走进家电</h1>${PARAS.map((p) => `<p>${p}</p>`).join("")}</div>${box}`)).body;
    expect(b).toContain(PARAS[0]);
    expect(b).not.toContain("信息披露义务");
    expect(sectionMarker("该公司其他问答")?.kind).toBe("related");
    expect(sectionMarker("其他问题")).toBeNull();
  });

  it("Q&A labels with the asker or replier, and a Markdown rule row, are no text", () => {
    expect(vocabularyHit("问投资者 用户8812****")?.kind).toBe("metadata");
    expect(vocabularyHit("答星澜软件董秘")?.kind).toBe("metadata");
    expect(vocabularyHit("答记者问")).toBeNull();
    expect(vocabularyHit("|---|:---:|---|")?.kind).toBe("empty");
    expect(vocabularyHit("| C-Eval | 68.3 | 71.9 |")).toBeNull();
  });

  it("a day before 获悉 is the dateline's, not the outlet's name", () => {
    const lead = "新芽观察12月1日获悉，具身智能公司启衡机器人已完成5亿元B轮融资，本轮资金将主要用于人形机器人大模型的研发和量产线建设。";
    const a = article(page(`<div class="main"><h1>端侧大模型走进家电</h1><p>${lead}</p>${PARAS.map((p) => `<p>${p}</p>`).join("")}</div>`));
    expect(a.source).toBe("新芽观察");
  });

  it("a question and its answer, classed so: the answer's time dates the page", () => {
    const qa = `<div class="main"><h1>端侧大模型走进家电</h1><div class="qa-item"><div class="question"><p>${PARAS[0]}</p><span>2025-11-25 14:32</span></div><div class="answer"><p>${PARAS[1]}</p><p>${PARAS[2]}</p><span>2025-11-27 09:05</span></div></div></div>`;
    expect(article(page(qa)).publishedAt?.slice(0, 10)).toBe("2025-11-27");
  });
});
