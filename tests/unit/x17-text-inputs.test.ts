// x17 (issue 14, text inputs): the rules the known misses and blind text batch 51 asked for, each on
// text of its own shape (not a fixture's lines), with the lines each must leave alone. Each case
// fails without its rule.
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { findDates } from "@/lib/ingest/metadata/dates";

const BODY = [
  "据了解，新一代中文大模型在多项评测中取得领先成绩，研发团队表示将于下月开放接口，供企业和开发者申请试用。",
  "业内人士认为，这一进展将推动大模型在政务、金融等行业的落地应用，降低企业的使用门槛，也会加剧行业竞争。",
  "研发团队同时提醒，模型在专业领域仍可能出现事实错误，使用者需要对关键结论进行人工复核。",
];
const text = (lines: string[]) => extractFile(Buffer.from(lines.join("\n")), "excerpt.txt").article;

describe("a brand after the closing bar of a two-clause headline (标题丨站名)", () => {
  it("splits the short name off as the site, which is the source", () => {
    const a = text(["面壁智能开源端侧新模型，手机上可离线运行丨硅基观察", "2026/12/05", "", ...BODY]);
    expect(a.title).toBe("面壁智能开源端侧新模型，手机上可离线运行");
    expect(a.source).toBe("硅基观察");
  });
  it("keeps a kicker before the bar, a tail that is a clause or a format tag, and a one-clause headline", () => {
    expect(text(["大模型下半场丨端侧模型的窗口期，还剩两年", "", ...BODY]).title).toBe("大模型下半场丨端侧模型的窗口期，还剩两年");
    expect(text(["三家公司同日发布推理模型，谁更强丨附评测", "", ...BODY]).title).toBe("三家公司同日发布推理模型，谁更强丨附评测");
    expect(text(["国产大模型推理价格一年下降九成丨硅基观察", "", ...BODY]).title).toBe("国产大模型推理价格一年下降九成丨硅基观察");
  });
});

describe("a publication's issue line over the issue's headline (X周刊 第N期)", () => {
  it("takes the headline under it and the publication as the source", () => {
    const a = text(["算力观察月刊 第36期", "推理芯片的价格战开始了吗？", "2026.12.04 · 文 / 陈思远", "", ...BODY]);
    expect(a.title).toBe("推理芯片的价格战开始了吗？");
    expect(a.source).toBe("算力观察月刊");
  });
  it("does not read a citation's year-and-issue line as a masthead", () => {
    const a = text(["中国信息化 2024年第2期", "推理芯片的价格战开始了吗？", "2026.12.04", "", ...BODY]);
    expect(a.source).not.toBe("中国信息化");
  });
});

describe("a social account's name over its post's time line (X / 12-3 10:21 来自 client)", () => {
  it("is no headline: the post's bracketed headline is, and the account is the source", () => {
    const a = text(["模型观察员小周", "12-5 08:40 来自 HUAWEI Mate 70", "", "#AI# 【月之暗面开放长文本模型的企业接口】" + BODY[0]!, BODY[1]!, BODY[2]!]);
    expect(a.title).toBe("月之暗面开放长文本模型的企业接口");
    expect(a.source).toBe("模型观察员小周");
  });
});

describe("an ISO 8601 time with its zone (…T20:30:00Z, +00:00)", () => {
  it("is read in Asia/Shanghai, which may be the next day", () => {
    expect(findDates("发布时间：2026-12-07T20:30:00Z")[0]!.iso).toBe("2026-12-08T04:30:00+08:00");
    expect(findDates("2026-11-30T23:45:12.000+00:00")[0]!.iso).toBe("2026-12-01T07:45:12+08:00");
    expect(findDates("2026-12-03T01:20:00-05:00")[0]!.iso).toBe("2026-12-03T14:20:00+08:00");
  });
  it("leaves a time without a zone, or at +08:00, as printed", () => {
    expect(findDates("2026-12-07T20:30:00")[0]!.iso).toBe("2026-12-07T20:30:00+08:00");
    expect(findDates("2026-12-07T07:30:00+08:00")[0]!.iso).toBe("2026-12-07T07:30:00+08:00");
    expect(findDates("2026-12-07 20:30 Z字楼")[0]!.iso).toBe("2026-12-07T20:30:00+08:00");
  });
});

describe("a 导语： line under the headline", () => {
  it("is the teaser, not the article's first paragraph", () => {
    const page = [
      ["国产推理芯片出货量创新高：三家厂商的订单已经排到明年", "导语：多家国产推理芯片厂商订单饱满，产能和先进封装成为今年最大的瓶颈。", "2026-12-01 08:00　来源：芯片前线网"].join("\n"),
      "12月初，多家国产推理芯片厂商披露最新出货数据，三家头部厂商的订单已经排到明年二季度。",
      "厂商表示，产能和先进封装是当前最大的瓶颈，部分客户需要提前半年下单才能拿到货。",
      "不过也有分析人士认为，需求中有一部分是客户担心缺货而提前囤货，未来可能出现回落。",
    ].join("\n\n");
    const a = extractFile(Buffer.from(page), "excerpt.txt").article;
    expect(a.body.startsWith("12月初")).toBe(true);
    expect(a.body).not.toContain("导语");
  });
});

describe("an official document's information rows (标题/名称, 发文机关, 发文字号, 成文日期, 发布日期)", () => {
  const rows = (name: string, issuer: string) => [name, issuer, "发文字号：江数发〔2026〕7号", "成文日期：2026年11月02日", "发布日期：2026年11月09日", "", ...BODY];
  it("names the document from its 标题/名称 row, dates it by 发布日期 and credits the issuer", () => {
    const a = text(rows("标　　题：江川市人工智能算力券管理办法", "发文机关：江川市数据局"));
    expect(a.title).toBe("江川市人工智能算力券管理办法");
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-11-09");
    expect(a.source).toBe("江川市数据局");
  });
  it("keeps a 成文日期 alone as the date", () => {
    const a = text(["江川市人工智能算力券管理办法", "成文日期：2026年11月02日", "", ...BODY]);
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-11-02");
  });
});

describe("来源：a Latin brand then the outlet's Han name", () => {
  it("credits the Han name", () => {
    expect(text(["英伟达新款推理芯片将于明年交付", "来源：ChipLetter 芯闻简报　2026-12-02", "", ...BODY]).source).toBe("芯闻简报");
  });
  it("keeps a Latin outlet followed by another field", () => {
    expect(text(["英伟达新款推理芯片将于明年交付", "来源：Reuters 编译：李想　2026-12-02", "", ...BODY]).source).toBe("Reuters");
  });
});

describe("a company's legal name in the footer over a headline opening with its short name", () => {
  const page = (headline: string, holder: string) =>
    [headline, "发布日期：2026-11-30", ...BODY, "上一篇：公司入选年度创新企业榜单", `© 2026 ${holder} 版权所有 | 隐私政策`].join("\n\n");
  it("is the company's own newsroom: the short name is the source", () => {
    expect(extractFile(Buffer.from(page("星枢数智发布行业大模型平台", "星枢数智信息技术股份有限公司")), "n.txt").article.source).toBe("星枢数智");
  });
  it("names no source when the headline is about another company", () => {
    expect(extractFile(Buffer.from(page("阿里云发布行业大模型平台", "星枢数智信息技术股份有限公司")), "n.txt").article.source).toBeNull();
  });
});

describe("本文为X原创 with X shaped like a person's name", () => {
  const page = (lead: string, note: string) => ["阿里云发布新一代向量数据库", lead + BODY[0]!, BODY[1]!, note].join("\n\n");
  it("is the outlet when the lead opens with X and a newsroom's word (X获悉, X讯)", () => {
    expect(extractFile(Buffer.from(page("钱塘获悉，", "本文为钱塘原创，转载请注明出处。")), "n.txt").article.source).toBe("钱塘");
  });
  it("is a person's own note otherwise", () => {
    expect(extractFile(Buffer.from(page("", "本文为钱塘原创，转载请注明出处。")), "n.txt").article.source).toBeNull();
  });
});

describe("a WeChat page's reader prompts under the article", () => {
  it("are chrome, even in one block with the follow prompt", () => {
    // a w3m dump prints the prompt and the QR card's lines as one run under the last paragraph
    const file = "tests/fixtures/pages/x17-b51-dump-w3m-wechat-mirror-yuanchuang-author-account-date-ip/source.txt";
    const a = extractFile(fs.readFileSync(file), "source.txt").article;
    expect(a.body).not.toContain("预览时标签不可点");
    expect(a.body).toContain("主流定价方式");
  });
});
