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
import { joinSpacedLabels } from "@/lib/ingest/label-colons";
import { splitDatedHeadline } from "@/lib/ingest/dated-headline";
import { withoutManuscriptDates } from "@/lib/ingest/metadata/manuscript-dates";
import { latinWriterLine } from "@/lib/ingest/metadata/writer-line";
import { splitTitleSite } from "@/lib/ingest/metadata/title-site-suffix";
import type { Block } from "@/lib/ingest/types";
import type { MetadataEvidence } from "@/lib/ingest/metadata/evidence";

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

// Batch b41b (tests/fixtures/pages/meta-b41b-*).

const block = (text: string, index = 0) => ({ index, text, path: "line", linkDensity: 0, indent: 0, heading: false, listItem: false }) as Block;

describe("spaced two-character labels (meta-b41b-txt-spaced-label-fields-laiyuan-zuozhe)", () => {
  it("joins a known label's halves before its colon", () => {
    expect(joinSpacedLabels([block("来　源：市科技局　　作　者：李明远　　发布时间：2025-12-03 16:20")])[0]!.text).toBe("来源：市科技局　　作者：李明远　　发布时间：2025-12-03 16:20");
  });
  it("leaves other spaced words alone", () => {
    expect(joinSpacedLabels([block("大 中 小：字号")])[0]!.text).toBe("大 中 小：字号");
    expect(joinSpacedLabels([block("他说来 源：不明")])[0]!.text).toBe("他说来 源：不明");
  });
});

describe("a headline with its date on the text's first line (meta-b41b-txt-aggregator-title-trailing-date)", () => {
  it("splits it into the headline and a date line", () => {
    const out = splitDatedHeadline([block("月之暗面发布Kimi K3，长文本能力再升级 2025-12-03", 0), block("月之暗面今天正式发布新一代大模型Kimi K3。", 1)]);
    expect(out.map((b) => b.text)).toEqual(["月之暗面发布Kimi K3，长文本能力再升级", "2025-12-03", "月之暗面今天正式发布新一代大模型Kimi K3。"]);
    expect(out.map((b) => b.index)).toEqual([0, 1, 2]);
  });
  it("leaves a feed of such entries, a labelled date line and a sentence alone", () => {
    const feed = [block("月之暗面发布Kimi K3，长文本能力再升级 2025-12-03", 0), block("智谱发布GLM-5，开源千亿参数模型 2025-12-02", 1)];
    expect(splitDatedHeadline(feed)).toBe(feed);
    const labelled = [block("来源：示例日报 发布时间 2025-12-03", 0)];
    expect(splitDatedHeadline(labelled)).toBe(labelled);
    const sentence = [block("公司将于下月召开股东大会。 2025-12-03", 0)];
    expect(splitDatedHeadline(sentence)).toBe(sentence);
  });
});

describe("English bylines of b41b", () => {
  it("By A in P and B in P (meta-b41b-txt-english-title-bar-latin-outlet-by-names-in-places)", () => {
    expect(byline("By Eleanor Olcott in Beijing and Chan Ho-him in Hong Kong").authors).toEqual(["Eleanor Olcott", "Chan Ho-him"]);
    expect(metadataLineKind(foldLine("By Eleanor Olcott in Beijing and Chan Ho-him in Hong Kong"))).toBe("byline");
  });
  it("a paper's marked authors (meta-b41b-txt-academic-received-accepted-published)", () => {
    expect(byline("Wei Zhang 1, Li Chen 1,2 and Mark Rivera 3").authors).toEqual(["Wei Zhang", "Li Chen", "Mark Rivera"]);
    expect(metadataLineKind(foldLine("Wei Zhang 1, Li Chen 1,2 and Mark Rivera 3"))).toBe("byline");
    // no marks: a headline's list of names, not an author line
    expect(metadataLineKind(foldLine("Wei Zhang, Li Chen and Mark Rivera"))).not.toBe("byline");
  });
  it("a writer's bare Latin name, perhaps with a place (meta-b41b-txt-english-bare-author-line-*, -byline-in-place-*)", () => {
    expect(latinWriterLine("Kyle Wiggers")).toBe("Kyle Wiggers");
    expect(latinWriterLine("Ben Jiang in Beijing")).toBe("Ben Jiang");
    expect(latinWriterLine("Hong Kong")).toBeNull();
    expect(latinWriterLine("Big Tech")).toBeNull();
    expect(latinWriterLine("Why you can trust SCMP")).toBeNull();
  });
});

describe("manuscript dates in English (meta-b41b-txt-academic-received-accepted-published)", () => {
  it("blanks Received/Revised/Accepted dates, keeps Published's", () => {
    const line = withoutManuscriptDates("Received: 12 March 2025 / Revised: 20 May 2025 / Accepted: 2 June 2025 / Published: 15 June 2025");
    expect(findDates(line).map((d) => d.iso.slice(0, 10))).toEqual(["2025-06-15"]);
  });
});

describe("an English headline's site after a spaced bar (meta-b41b-txt-english-title-bar-latin-outlet-by-names-in-places)", () => {
  const e = { lead: null, header: [], trailer: [], outlets: [] } as unknown as MetadataEvidence;
  it("splits the capitalised tail off as the site", () => {
    expect(splitTitleSite("Chinese AI start-ups flock to Hong Kong listings | Financial Times", e)).toEqual({ title: "Chinese AI start-ups flock to Hong Kong listings", site: "Financial Times" });
  });
  it("keeps a Chinese headline's bar to its own rules", () => {
    expect(splitTitleSite("大模型价格战：谁在降价 | Big Tech", e).site).toBeNull();
  });
});

describe("leads and closings of b41b", () => {
  it("X12月3日丨 names the outlet (meta-b41b-txt-outlet-day-bar-lead)", () => {
    expect(text(["商汤科技发布新模型", `格隆汇12月3日丨${BODY[0]}`, ...BODY.slice(1)]).source).toBe("格隆汇");
  });
  it("a closing 报记者 line names the paper (meta-b41b-txt-closing-outlet-reporter-intern-editor-no-colons)", () => {
    expect(text(["某银行上线大模型客服", ...BODY, "南方都市报记者 陈嘉怡 实习生 林晓 编辑 王涛"]).source).toBe("南方都市报");
    expect(text(["某银行上线大模型客服", ...BODY, "新华社记者 陈嘉怡 摄"]).source).toBeNull();
  });
  it("摘要 over 正文： is a field, and the 正文 label goes (meta-b41b-txt-labelled-biaoti-zhaiyao-zhengwen-fields)", () => {
    const a = text(["标题：某模型发布", "摘要：新模型今天发布，能力全面提升。", `正文：${BODY[0]}`, ...BODY.slice(1)]);
    expect(a.paragraphs[0]).toBe(BODY[0]);
    expect(a.body).not.toContain("摘要：");
  });
});

describe("rules of batch b41c (tests/fixtures/pages/meta-b41c-*)", () => {
  const EN = (lines: string[]) => text(["Chinese AI lab cuts prices of its flagship model", ...lines]);
  it("bracketed wire credits and a closing — Agency sign-off", () => {
    const a = EN([...EN_BODY, "(Reporting by Brenda Goh; Editing by Kim Coghill)", "— Reuters"]);
    expect(a.authors).toEqual(["Brenda Goh"]);
    expect(a.source).toBe("Reuters");
    expect(a.body).not.toContain("— Reuters");
  });
  it("a quote's speaker signing off is no source", () => {
    expect(EN([...EN_BODY, "— Sam Altman"]).source).toBeNull();
  });
  it("(Agency) -- lead and the contact-the-reporter footer", () => {
    const a = EN([`(Bloomberg) -- ${EN_BODY[0]}`, ...EN_BODY.slice(1), "To contact the reporter on this story:", "Jane Ma in Shenzhen at jma@example.net", "To contact the editors responsible for this story:", "Edwin Chan at echan@example.net"]);
    expect(a.source).toBe("Bloomberg");
    expect(a.authors).toEqual(["Jane Ma"]);
  });
  it("NAME, Outlet staff writer", () => {
    expect(byline("KENJI KAWASE, Nikkei staff writer").authors).toEqual(["KENJI KAWASE"]);
    expect(metadataLineKind(foldLine("KENJI KAWASE, Nikkei staff writer"))).toBe("byline");
    expect(isWireCredits("Written by Viola Zhou")).toBe(true);
    expect(byline("Edited by Rina Chandran").editors).toEqual(["Rina Chandran"]);
  });
  it("a writer's name alone in brackets after a dateline", () => {
    expect(text(["某券商发布AI投顾产品", `中新经纬12月3日电 （王玉玲）${BODY[0]}`, ...BODY.slice(1)]).reporters).toEqual(["王玉玲"]);
    // a bracketed word that is no person's (a picture's note) names no one
    expect(text(["某券商发布AI投顾产品", `中新经纬12月3日电 （图片）${BODY[0]}`, ...BODY.slice(1)]).reporters).toEqual([]);
  });
  it("an outlet named with a plus labels its reporter; 文 | X APP names the outlet", () => {
    expect(text(["广东发布具身智能行动计划", "南方+记者 黄嘉琪", ...BODY]).source).toBe("南方+");
    const b: Byline = { authors: [], reporters: [], editors: [] };
    const outlets: string[] = [];
    parseByline("文 | 钛媒体APP，作者 | 林志佳，编辑 | 胡润峰", b, outlets);
    expect(outlets).toEqual(["钛媒体APP"]);
    expect(b.authors).toEqual(["林志佳"]);
  });
  it("topic tags before a post's bracketed headline", () => {
    expect(text([`#DeepSeek发布V4# 【DeepSeek发布V4模型，编程能力大幅提升】${BODY[0]}`, ...BODY.slice(1)]).title).toBe("DeepSeek发布V4模型，编程能力大幅提升");
  });
});

describe("an academic article page (meta-b41c-html-academic-article-history-dates)", () => {
  it("a history line of labelled dates is a date line", () => {
    expect(metadataLineKind(foldLine("Received: 4 January 2025 / Revised: 11 March 2025 / Accepted: 28 March 2025 / Published: 9 April 2025"))).toBe("dateline");
  });
  it("a numbered affiliation is a credits line; a numbered sentence is not", () => {
    expect(metadataLineKind(foldLine("1 School of Law, Example University, Shanghai 200030, China"))).toBe("byline");
    expect(metadataLineKind(foldLine("2 The university said the school would open in September, with 300 students, in Shanghai"))).toBeNull();
  });
});

describe("an end mark is no sign-off", () => {
  it("— END names no source", () => {
    expect(text(["Chinese AI lab cuts prices of its flagship model", ...EN_BODY, "— END"]).source).toBeNull();
  });
});
