/**
 * Rules from blind batch 39 (site-b39-*): a notice's own heading (免责声明) over its clauses, a
 * finance portal's vote buttons, a page's "for reference only" note, a numbered item's date field,
 * a heading classed for a sticky navbar, a <time> labelled as the last update, 编辑此页, a forum
 * poster's card.
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
const OTHER = "感谢分享，照着步骤做的时候镜像站下载一直断，后来换成了断点续传的下载工具才下完，建议大家提前准备好足够的硬盘空间。";
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

  it("the first post's card above its time line (name, counts, level) is the poster's, not the post's", () => {
    const card = (name: string, n: number) =>
      `<div class="user-card"><div class="uname"><a href="/u/${n}">${name}</a></div><dl><dt>主题</dt><dd>${n}</dd><dt>帖子</dt><dd>${n * 7}</dd><dt>积分</dt><dd>${n * 31}</dd></dl><div class="lv">中级会员</div></div>`;
    const post = (name: string, n: number, time: string, text: string[]) =>
      `<div class="post">${card(name, n)}<div class="post-main"><div class="post-info">发表于 ${time}</div><div class="post-text">${text.join("<br><br>")}</div></div></div>`;
    const html = page(`<div class="thread"><h1>端侧大模型走进家电</h1>${post("松间煮茶", 14, "2026-11-30 21:47", PARAS)}${post("夜航船", 2, "2026-11-30 22:15", [OTHER])}${post("拾荒的显卡", 3, "2026-12-01 08:02", [OTHER.replace("公司", "厂商")])}</div>`);
    const a = extract(html);
    expect(a.body).toContain(PARAS[0]);
    expect(a.body).not.toContain("中级会员");
    expect(a.body).not.toContain("积分");
    expect(a.authors).toEqual(["松间煮茶"]);
  });

  it("the card is cut after the region is chosen, so a Discuz post's attachment tip does not come back with it", () => {
    const read = (name: string) => extractFile(fs.readFileSync(`tests/fixtures/pages/${name}/source.html`), "source.html").article.body;
    const steps = read("site-b39-forum-steps-post-login-box");
    expect(steps).not.toContain("中级炼丹师");
    expect(steps).not.toContain("只看该作者");
    expect(read("site-forum-post-jammer-hidden-spans")).not.toContain("本帖子中包含更多资源");
  });
});
