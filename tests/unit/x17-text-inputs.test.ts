// x17 (issue 14, text inputs): the rules the known misses and blind text batch 51 asked for, each on
// text of its own shape (not a fixture's lines), with the lines each must leave alone. Each case
// fails without its rule.
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";

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
