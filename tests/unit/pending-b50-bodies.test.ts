/**
 * Issue 14, the three text-dump bodies blind batch 50 left parked (x15): a release wire's dateline
 * that lynx cuts onto its own line, a digest whose items each close with their own bracketed
 * credit, and a wire's other timed flashes under the one flash that is the article. Each text is
 * invented here; the fixture cases (tests/fixtures/pages/*b50*, *x15*) hold the pages.
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { rewrap } from "@/lib/ingest/text-dump/rewrap";
import { timedFlashesRun } from "@/lib/ingest/classify/timed-flashes";

const body = (text: string) => extractFile(new TextEncoder().encode(text), "page.txt").article.body;
const paragraphs = (text: string) => body(text).split(/\n+/).filter((p) => p.trim() !== "");

describe("a release wire's dateline cut onto its own line", () => {
  const page = [
    "   稿云网 | 首页 | 新闻稿 | 发布新闻稿",
    "",
    "             远岫智能发布工业质检大模型",
    "",
    "   来源：远岫智能　发布时间：2026-11-03 14:00",
    "",
    "   杭州2026年11月3日 /稿云网/ --",
    "   远岫智能今日发布面向制造业的工业质检大模型，可以识别电池、面板和精密零件表面的细小缺陷，并给出缺陷类型和位置。",
    "",
    "   远岫智能副总裁何川表示，新模型已在两家电池工厂试运行三个月，漏检率下降了一半以上。",
    "",
    "   消息来源：远岫智能",
  ].join("\n");

  it("joins the dateline to the release's first sentence", () => {
    const first = paragraphs(page)[0]!;
    expect(first.startsWith("杭州2026年11月3日 /稿云网/ -- 远岫智能今日发布")).toBe(true);
  });

  it("rewrap joins a line ending on /wire/ -- with the next, with a space, in English too", () => {
    const out = rewrap([
      { text: "SAN JOSE, Calif., Nov. 3, 2026 /NewsLine/ --", indent: 3 },
      { text: "Acme Robotics today announced a vision model for factory inspection that finds small defects.", indent: 3 },
    ]);
    expect(out.map((l) => l.text)).toEqual(["SAN JOSE, Calif., Nov. 3, 2026 /NewsLine/ -- Acme Robotics today announced a vision model for factory inspection that finds small defects."]);
  });

  it("(guard) a path ending in a slash and dashes with no date is not a dateline", () => {
    const out = rewrap([
      { text: "目录 /docs/ --", indent: 3 },
      { text: "第一章 安装", indent: 3 },
    ]);
    expect(out).toHaveLength(2);
  });
});

describe("a digest whose items each close with their own bracketed credit", () => {
  it("keeps every item, short ones too, and cuts the credits", () => {
    const page = [
      "AI夜报丨11月8日：两家公司发布新模型",
      "2026-11-08 21:00 · 模型夜读",
      "",
      "▪ 一家芯片公司发布新一代推理加速卡，称能效比提升明显。（来源：科技日报）",
      "",
      "▪ 某开源社区上线中文评测榜单。（来源：机器之心）",
      "",
      "▪ 某省发布算力补贴细则。（来源：新华网）",
    ].join("\n");
    const got = paragraphs(page);
    expect(got.some((p) => p.includes("推理加速卡"))).toBe(true);
    expect(got.some((p) => p.includes("中文评测榜单"))).toBe(true);
    expect(got.some((p) => p.includes("算力补贴细则"))).toBe(true);
    expect(body(page)).not.toContain("来源：");
  });
});

describe("a wire's other timed flashes under the one flash that is the article", () => {
  it("cuts the list and its label", () => {
    const page = [
      "快闻社 首页 滚动 数据",
      "****** 某大模型公司宣布开源新一代代码模型 ******",
      "2026-11-10 16:20:05 星期二",
      "【某大模型公司宣布开源新一代代码模型】快闻社11月10日电，某大模型公司宣布开源新一代代码模型，参数规模为三百亿，在多项代码评测中表现接近闭源模型。",
      "分享 | 收藏",
      "**** 滚动 ****",
      "    * 16:18 【创业板指午后拉升】截至收盘，创业板指涨1.1%，成交额放大。",
      "    * 16:05 【多家券商发布年度策略】券商普遍看好科技板块，认为算力需求仍在增长，明年行业景气度有望延续。",
      "    * 15:51 【某地发布人工智能产业规划】规划提出到2028年建成五个智算中心。",
    ].join("\n");
    const text = body(page);
    expect(text).toContain("参数规模为三百亿");
    expect(text).not.toContain("创业板指");
    expect(text).not.toContain("年度策略");
    expect(text).not.toMatch(/^滚动$/m);
  });

  it("(guard) a live blog whose entries are timed 【headline】 lines from its first line keeps them all", () => {
    const rows = [
      "09:00 【发布会开始】主持人介绍本次发布会将发布三款大模型产品，并邀请合作伙伴上台分享。",
      "09:12 【首款产品亮相】公司首席执行官介绍新一代通用模型，称推理速度提升一倍。",
      "09:30 【第二款产品】面向开发者的代码模型发布，现场演示了自动修复程序错误。",
    ];
    expect(timedFlashesRun(rows.map((text) => ({ prose: true, text, length: text.length })), { start: 0, end: 2 })).toBeNull();
  });

  it("(guard) a short intro over a longer list of timed entries is left alone", () => {
    const rows = [
      { prose: true, text: "今天上午，某公司举行年度发布会，本文实时更新。" },
      { prose: false, text: "直播" },
      { prose: true, text: "09:12 【首款产品亮相】公司首席执行官介绍新一代通用模型，称推理速度提升一倍，价格下调三成。" },
      { prose: true, text: "09:30 【第二款产品】面向开发者的代码模型发布，现场演示了自动修复程序错误和生成测试。" },
    ];
    expect(timedFlashesRun(rows.map((r) => ({ ...r, length: r.text.length })), { start: 0, end: 3 })).toBeNull();
  });
});
