/**
 * Rules from blind batch 39 (site-b39-*): a notice's own heading (免责声明) over its clauses, a
 * finance portal's vote buttons, a page's "for reference only" note, a numbered item's date field,
 * a heading classed for a sticky navbar, a <time> labelled as the last update, 编辑此页.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { sectionMarker, vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { extractFile } from "@/lib/ingest/extract-file";

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
const DOC = page(`<article><h1>端侧大模型走进家电</h1><p>发布日期：2026年11月26日</p>${PARAS.map((p) => `<p>${p}</p>`).join("")}<footer><a href="/edit">编辑此页</a><span class="meta">最后更新于 <b><time datetime="2026-11-29T03:12:40.000Z">2026年11月29日</time></b></span></footer></article>`);

describe("blind batch 39", () => {
  it("a 免责声明 box beside a short item goes whole, its clauses however long", () => {
    const clauses = [
      "1、本网站所载快讯及文章，凡注明来源为本网的，著作权均属本网所有，任何单位和个人使用前应取得书面许可，并在使用时注明出处，否则本网将追究其法律责任。",
      "2、如涉及作品内容、版权和其他问题，请在作品发表之日起30日内与本网联系，本网将在核实后及时处理，联系邮箱见本网站底部的联系方式一栏。",
    ];
    const html = page(`<div class="main"><div class="item"><h1>端侧大模型走进家电</h1><p>${PARAS[0]}</p></div><div class="box"><h4>免责声明</h4>${clauses.map((c) => `<p>${c}</p>`).join("")}</div></div>`);
    const b = extract(html).body;
    expect(b).toContain(PARAS[0]);
    expect(b).not.toContain("著作权均属");
    expect(b).not.toContain("30日内");
    expect(sectionMarker("免责声明")?.kind).toBe("disclaimer");
    expect(sectionMarker("【版权声明】")?.kind).toBe("disclaimer");
    expect(sectionMarker("声明")).toBeNull();
  });

  it("vote buttons with their counts are a toolbar", () => {
    expect(vocabularyHit("利好 326利空 41")?.kind).toBe("share");
    expect(vocabularyHit("看多 12 看空 3")?.kind).toBe("share");
    expect(vocabularyHit("市场利好")).toBeNull();
  });

  it("a page's note that it is for reference only, or may change, is a disclaimer", () => {
    expect(vocabularyHit("本文档内容仅供参考，价格以控制台和官网价格页实时展示为准。")?.kind).toBe("disclaimer");
    expect(vocabularyHit("价格以官网为准，本公司保留对本文档内容进行修改的权利。")?.kind).toBe("disclaimer");
    expect(vocabularyHit("专家提醒，网上流传的这些偏方仅供参考，患者应遵医嘱用药。")).toBeNull();
  });

  it("a numbered item's date field between paragraphs is the article's own", () => {
    const html = page(`<div class="content"><h1>端侧大模型走进家电</h1><p>${PARAS[0]}</p><p>1.报名时间：即日起至12月3日17:00；</p><p>2.报名渠道：通过微信公众号填写报名信息，或到所在街道人社服务中心现场报名，每期限额60人，额满即止；</p><p>${PARAS[1]}</p></div>`);
    expect(extract(html).body).toContain("1.报名时间：即日起至12月3日17:00；");
  });

  it("a heading whose class names a sticky navbar is still a heading", () => {
    const html = page(`<article><h1>端侧大模型走进家电</h1><p>${PARAS[0]}</p><h2 class="anchor anchorWithStickyNavbar_LWe7" id="x">芯片成本<a class="hash-link" href="#x">\u200b</a></h2><p>${PARAS[1]}</p><p>${PARAS[2]}</p></article>`);
    expect(extract(html).body).toContain("芯片成本");
  });

  it("a <time> labelled as the last update does not date the page", () => {
    const a = extract(DOC);
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-11-26");
  });

  it("编辑此页, a docs page's edit link, names no editor", () => {
    const file = "tests/fixtures/pages/site-b39-docs-release-notes-h3-features-known-issues/source.html";
    expect(extractFile(fs.readFileSync(file), "source.html").article.editors).toEqual([]);
  });

  it("a poster's signature line is no text of the post", () => {
    expect(vocabularyHit("签名：只跑本地，不上云")?.kind).toBe("metadata");
    expect(vocabularyHit("个性签名：代码改变世界")?.kind).toBe("metadata");
    expect(vocabularyHit("签名仪式结束后，双方就大模型在医疗领域的合作进行了交流。")).toBeNull();
  });
});
