/**
 * Blind batch 47 (x8): the general rules its fixtures (tests/fixtures/pages/x8-b47-*) needed, each
 * checked on the function that holds it, with the lines that must stay as they were beside it.
 */
import { describe, expect, it } from "vitest";
import { metadataLineKind } from "@/lib/ingest/metadata/metadata-line";
import { editionDay } from "@/lib/ingest/metadata/edition-masthead";
import { copyrightHolder } from "@/lib/ingest/metadata/copyright-holder";
import { classifyBlocks } from "@/lib/ingest/classify/classify-blocks";
import { extractHtml } from "@/lib/ingest/html/extract-html";
import type { Block } from "@/lib/ingest/types";

describe("a date framed by a preposition and its closing word", () => {
  it("is part of a phrase, not a date line", () => {
    expect(metadataLineKind("● 合同期限：自2027年1月1日起三年")).toBeNull();
    expect(metadataLineKind("报名：请于2026年12月10日前")).toBeNull();
  });
  it("leaves date lines as they are, 发布于 a date included", () => {
    expect(metadataLineKind("发布于 2026-12-05 10:20")).toBe("dateline");
    expect(metadataLineKind("2026年12月05日 星期六")).toBe("dateline");
    expect(metadataLineKind("合同签订日期：2026年12月5日")).toBe("dateline");
  });
});

describe("credit lines closing a report", () => {
  it("reads an editor's credit alone in brackets as a byline", () => {
    expect(metadataLineKind("（编辑 伍思敏）")).toBe("byline");
    expect(metadataLineKind("(责任编辑：王小川 李杨)")).toBe("byline");
  });
  it("reads 文字：name opening a line of credits as a byline", () => {
    expect(metadataLineKind("文字：钱佳慧 图片：孔一鸣")).toBe("byline");
    expect(metadataLineKind("文字：钱佳慧")).toBe("byline");
  });
  it("leaves prose in brackets and 文字 as a common word alone", () => {
    expect(metadataLineKind("（编辑部将择优刊发读者来信）")).toBeNull();
    expect(metadataLineKind("文字：输入框里可以直接粘贴长文本和表格")).toBeNull();
  });
});

describe("an e-paper's issue day", () => {
  it("is the day alone beside a page marker", () => {
    expect(editionDay(["2026年12月05日 星期六", "上一期 | 下一期 | 往期回顾", "第03版：要闻", "第01版：一版要闻"])).toBe("2026-12-05T00:00:00+08:00");
  });
  it("is no portal's top-bar day without one", () => {
    expect(editionDay(["2026年12月05日 星期六", "首页 | 新闻 | 财经", "登录 注册"])).toBeNull();
  });
});

describe("a company's copyright in its footer", () => {
  const footer = ["© 2026 澄星智算科技股份有限公司 版权所有 浙ICP备20001234号-1"];
  it("names the publisher of the company's own notice, whose headline opens with the name", () => {
    expect(copyrightHolder(footer, "澄星智算科技股份有限公司关于签订框架协议的公告")).toBe("澄星智算科技股份有限公司");
  });
  it("names no outlet under another headline: the company runs the platform", () => {
    expect(copyrightHolder(footer, "端侧大模型离手机还有多远")).toBeNull();
    expect(copyrightHolder(footer)).toBeNull();
  });
});

describe("a reporter's speaker label in a transcript", () => {
  const blocks = (label: string, next: string) =>
    ["主持人：", "下面进入提问环节，请记者朋友提问前先介绍所在的新闻机构，谢谢大家的配合。", label, next, "谢谢你的提问。我们将发放算力券和模型券，对中小企业购买算力和模型服务给予补贴。"].map(
      (text, index): Block => ({ index, text, path: "body>div.content>p", linkDensity: 0, indent: 0, heading: false, listItem: false, core: true }),
    );
  const kept = (label: string, next: string) => {
    const bs = blocks(label, next);
    const cls = classifyBlocks(bs);
    return cls.body.map((i) => bs[i]!.text);
  };
  it("stays in the body over the question asked", () => {
    expect(kept("南江日报记者：", "请问在支持中小企业使用人工智能方面，有哪些具体举措？")).toContain("南江日报记者：");
  });
  it("is a byline when a name follows the label", () => {
    expect(kept("南江日报记者：宋知远", "请问在支持中小企业使用人工智能方面，有哪些具体举措？")).not.toContain("南江日报记者：宋知远");
  });
});

describe("a declared title the <h1> shows word for word", () => {
  it("keeps the bar of the headline (议程发布｜…) instead of cutting a site off", () => {
    const html = `<html><head><meta charset="utf-8"><title>议程发布｜2026具身智能开发者大会将于12月18日在深圳举行</title><meta property="og:title" content="议程发布｜2026具身智能开发者大会将于12月18日在深圳举行"><meta property="og:site_name" content="机器人前沿"></head><body><article><h1>议程发布｜2026具身智能开发者大会将于12月18日在深圳举行</h1><p>2026具身智能开发者大会将于12月18日在深圳举行，大会由多家机器人企业和高校实验室联合发起，今年的主题是从演示到量产。</p><p>大会免费向开发者开放，需提前在官网报名，现场设有机器人展区和开源项目路演区，欢迎开发者参加。</p></article></body></html>`;
    expect(extractHtml(html).hints.title).toBe("议程发布｜2026具身智能开发者大会将于12月18日在深圳举行");
  });
});

describe("a date line under a version heading", () => {
  const blocks = (heading: string) =>
    [
      { text: "v3.2.0", heading: true, listItem: false },
      { text: "2026年12月4日", heading: false, listItem: false },
      { text: "续写速度提升约 40%，长文模式支持更长的上下文。", heading: false, listItem: true },
      { text: heading, heading: true, listItem: false },
      { text: "2026年11月20日", heading: false, listItem: false },
      { text: "团队空间：成员可共享提示词模板。", heading: false, listItem: true },
      { text: "修复了导出 PDF 时中文字体缺失的问题。", heading: false, listItem: true },
    ].map((b, index): Block => ({ index, path: "body>main>section", linkDensity: 0, indent: 0, core: true, ...b }));
  const kept = (heading: string) => {
    const bs = blocks(heading);
    return classifyBlocks(bs).body.map((i) => bs[i]!.text);
  };
  it("dates that release's entry and stays in the body with the items under it", () => {
    expect(kept("v3.1.0")).toEqual(expect.arrayContaining(["2026年11月20日", "团队空间：成员可共享提示词模板。"]));
  });
});
