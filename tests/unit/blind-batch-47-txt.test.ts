// The rules blind text batch 47 asked for (issue 14: LLM-industry news excerpts saved as plain text),
// each on a small text of its own shape; the fixture cases are tests/fixtures/pages/meta-b47-txt-*.
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { originalPublisher, siteClaim } from "@/lib/ingest/metadata/source";

const BODY = [
  "某大模型公司今日发布新一代推理模型，官方称新模型在数学和代码评测中明显领先上一代，推理成本下降约一半。",
  "公司负责人表示，新模型将首先向企业客户开放，并计划在下个月上线面向个人开发者的接口。",
  "业内人士认为，推理成本的持续下降将加快大模型在各行业的落地，同时加剧厂商之间的价格竞争。",
].join("\n\n");
const writers = (line: string) => {
  const b = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
  parseByline(line, b, []);
  return b.authors;
};
const text = (head: string, tail = "") => extractFile(Buffer.from(`${head}\n\n${BODY}\n${tail ? `\n${tail}\n` : ""}`), "excerpt.txt").article;

describe("a news app's row: relative time · outlet (meta-b47-txt-news-app-hours-ago-dot-outlet-row)", () => {
  it("names the outlet after the dot", () => {
    expect(text("新一代推理模型发布，推理成本下降一半\n5分钟前 · 模型观察").source).toBe("模型观察");
  });
  it("a dated time's dotted word is a place, no outlet", () => {
    expect(text("新一代推理模型发布，推理成本下降一半\n2026-12-01 10:00 · 北京").source).toBeNull();
  });
});

describe("a self-media account over its time line (meta-b47-txt-baijiahao-account-follow-then-date-dot-place)", () => {
  it("drops the follow button and reads time · place · badge", () => {
    expect(text("新一代推理模型发布，推理成本下降一半\n智能观察站  +关注\n2026-12-01 10:00 · 上海 · 优质科技领域创作者").source).toBe("智能观察站");
  });
});

describe("a closing credit in brackets: （outlet记者 name） (meta-b47-txt-analyst-quoted-in-body-outlet-reporter-paren-end)", () => {
  it("the outlet is the source, the reporter a writer", () => {
    const a = text("新一代推理模型发布，推理成本下降一半", "（北方日报记者 张伟）");
    expect(a.source).toBe("北方日报");
    expect([...a.authors, ...a.reporters]).toEqual(["张伟"]);
  });
  it("（本报记者 name） names no outlet", () => {
    expect(text("新一代推理模型发布，推理成本下降一半", "（本报记者 张伟）").source).toBeNull();
  });
});

describe("a translated piece's 原文｜ credit (meta-b47-txt-translated-bianyi-yuanwen-bars-above-headline)", () => {
  it("原文｜ is no writer's label", () => {
    expect(writers("原文｜The Verge")).toEqual([]);
    expect(writers("文｜张伟")).toEqual(["张伟"]);
  });
  it("names the original outlet, Latin or Han with an outlet's ending", () => {
    expect(originalPublisher("原文｜The Verge")).toBe("The Verge");
    expect(originalPublisher("原文：金融时报")).toBe("金融时报");
    expect(originalPublisher("原文：静夜思")).toBeNull();
  });
  it("the whole header", () => {
    const a = text("编译｜赵晴\n原文｜The Verge\n\n新一代推理模型发布，推理成本下降一半");
    expect(a.source).toBe("The Verge");
    expect([...a.authors, ...a.reporters]).toEqual([]);
  });
});

describe("a reader's save time is no publish date (meta-b47-txt-reading-app-saved-shoucangyu-date-not-published)", () => {
  it("收藏于 date", () => {
    expect(text("新一代推理模型发布，推理成本下降一半\n作者：胡杨　来源：AI前线\n收藏于 2026-12-05 22:10").publishedAt).toBeNull();
  });
  it("a publish date beside it still counts", () => {
    expect(text("新一代推理模型发布，推理成本下降一半\n发布时间：2026-12-01 09:00\n剪藏时间：2026-12-05 22:10").publishedAt?.slice(0, 10)).toBe("2026-12-01");
  });
});

describe("a feed reader's export: Feed: X (meta-b47-txt-rss-export-english-field-labels-rfc822-date)", () => {
  it("the feed's name is the source", () => {
    expect(siteClaim("Feed: 量子前哨")?.name).toBe("量子前哨");
    expect(siteClaim("Feed: The Batch")?.name).toBe("The Batch");
  });
});

describe("a release's dateline in round brackets (meta-b47-txt-pdf-press-release-running-header-page-numbers-dateline-paren)", () => {
  it("（date，place） opening the lead dates the release", () => {
    const a = extractFile(Buffer.from(`某科技公司发布新一代推理模型\n\n（2026年11月30日，深圳）${BODY}\n`), "release.txt").article;
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-11-30");
  });
});

describe("a closing note naming its writer: （作者X系…） (meta-b47-txt-oped-closing-paren-zuozhe-name-xi-affiliation)", () => {
  it("the name glued between 作者 and 系 is the writer", () => {
    const a = text("大模型监管需要规则而不是禁令", "（作者王晓东系某大学法学院教授）");
    expect([...a.authors, ...a.reporters]).toEqual(["王晓东"]);
  });
  it("a word there that is no name gives no writer", () => {
    const a = text("大模型监管需要规则而不是禁令", "（作者单位系某大学法学院）");
    expect([...a.authors, ...a.reporters]).toEqual([]);
  });
});

describe("an official text's issuer and day in brackets under its title (meta-b47-txt-gov-notice-issuer-chinese-numeral-date-in-paren)", () => {
  it("the issuing body is the source", () => {
    expect(text("关于推动大模型产业发展的若干措施\n（临江市科学技术局　二〇二六年十月九日）").source).toBe("临江市科学技术局");
    expect(text("关于推动大模型产业发展的若干措施\n（临江市科学技术局 2026年10月9日）").source).toBe("临江市科学技术局");
  });
  it("a name that is no body's gives no source", () => {
    expect(text("关于推动大模型产业发展的若干措施\n（张晓明　二〇二六年十月九日）").source).toBeNull();
  });
});
