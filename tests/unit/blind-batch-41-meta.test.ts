// The rules blind metadata batch 41 asked for (tests/fixtures/pages/meta-b41-*), each on lines of its
// own shape, with the lines it must leave alone. Each case fails without its rule.
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { findDates } from "@/lib/ingest/metadata/dates";
import { metadataLineKind } from "@/lib/ingest/metadata/metadata-line";
import { isWireCredits } from "@/lib/ingest/metadata/wire-credits";
import { foldLine } from "@/lib/text/fold";
import type { Byline } from "@/lib/ingest/types";

const byline = (line: string) => {
  const b: Byline = { authors: [], reporters: [], editors: [] };
  parseByline(line, b);
  return b;
};
const BODY = [
  "据了解，新一代中文大模型在多项评测中取得领先成绩，研发团队表示将于下月开放接口，供企业和开发者申请试用。",
  "业内人士认为，这一进展将推动大模型在政务、金融等行业的落地应用，降低企业的使用门槛，也会加剧行业竞争。",
  "研发团队同时提醒，模型在专业领域仍可能出现事实错误，使用者需要对关键结论进行人工复核。",
];
const EN_BODY = [
  "The company said the new model would be offered to developers next month, and that prices for its older models would be cut by half.",
  "Analysts said the move would put pressure on rivals that have been slower to cut prices for their own models this year.",
  "The company did not give details of how the model was trained, or of the chips it used to train it.",
];
const text = (lines: string[]) => extractFile(Buffer.from(lines.join("\n\n")), "dump.txt").article;

describe("a column tag after the headline's bar (meta-b41-txt-title-trailing-*)", () => {
  it("drops 丨深度 and | 独家 from a text's headline", () => {
    expect(text(["大模型一体机退潮：谁在买单，谁在离场丨深度", ...BODY]).title).toBe("大模型一体机退潮：谁在买单，谁在离场");
    expect(text(["字节Seed团队再引入两位大模型负责人 | 独家", ...BODY]).title).toBe("字节Seed团队再引入两位大模型负责人");
  });
  it("keeps a tail that is no column tag", () => {
    expect(text(["大模型一体机退潮：谁在买单，谁在离场丨深度观察者说", ...BODY]).title).toBe("大模型一体机退潮：谁在买单，谁在离场丨深度观察者说");
  });
});

describe("By A, B: a comma list of Latin names (meta-b41-txt-translated-yuanbiaoti-latin-source-by-comma-names-bianyi)", () => {
  it("credits every name", () => {
    expect(byline("By Shirin Ghaffary, Katie Roof").authors).toEqual(["Shirin Ghaffary", "Katie Roof"]);
  });
  it("a writer's title or outlet after the comma is no second name", () => {
    expect(byline("By Jane Doe, Staff Writer").authors).toEqual(["Jane Doe"]);
    expect(byline("By Jane Doe, Associated Press").authors).toEqual(["Jane Doe"]);
  });
});

describe("an English wire story (meta-b41-txt-english-wire-glued-date-updated-dateline-reporting-editing-by)", () => {
  it("reads a year glued to a 12-hour time", () => {
    expect(findDates("December 3, 20256:05 PM GMT+8Updated 3 hours ago")[0]?.iso.slice(0, 10)).toBe("2025-12-03");
    expect(findDates("Dec 3, 202510:05 am")[0]?.iso.slice(0, 10)).toBe("2025-12-03");
    expect(findDates("March 2, 20251")).toEqual([]);
  });
  it("reads the closing credits by role", () => {
    const line = "Reporting by Liam Zhou in Beijing and Kane Chen in Hong Kong; Additional reporting by Ann Lee; Editing by Susan Fenton";
    expect(byline(line)).toEqual({ authors: ["Liam Zhou", "Kane Chen"], reporters: ["Ann Lee"], editors: ["Susan Fenton"] });
    expect(metadataLineKind(foldLine(line))).toBe("byline");
  });
  it("a sentence about someone's reporting is no credits line", () => {
    expect(isWireCredits("Reporting by the newspaper showed that the company had cut hundreds of jobs.")).toBe(false);
    expect(isWireCredits("Reporting by Reuters showed the company cut jobs in three of its divisions.")).toBe(false);
  });
  it("takes the agency from the dateline, the writers from the credits", () => {
    const a = text(["Chinese AI lab cuts prices of its flagship model", `SHANGHAI, Dec 3 (Reuters) - ${EN_BODY[0]}`, ...EN_BODY.slice(1), "Reporting by Liam Zhou; Editing by Susan Fenton"]);
    expect(a.source).toBe("Reuters");
    expect(a.authors).toEqual(["Liam Zhou"]);
    expect(a.editors).toEqual(["Susan Fenton"]);
    expect(a.body).not.toContain("Reporting by");
  });
  it("a bracket after a place that opens no dateline names no one", () => {
    const a = text(["Chinese AI lab cuts prices of its flagship model", `The lab (DeepSeek) said on Monday that it would cut prices. ${EN_BODY[0]}`, ...EN_BODY.slice(1)]);
    expect(a.source).toBeNull();
  });
});
