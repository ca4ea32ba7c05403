/**
 * Rules asked for by blind batch 40 (meta-b40-*: metadata forms on unseen sites) and the open
 * fixture shape-bracketed-tag-under-heading. Each case fails without its rule.
 */
import { describe, expect, it } from "vitest";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { handleBesideTime } from "@/lib/ingest/metadata/handle-time-line";
import { looksLikePerson } from "@/lib/ingest/metadata/names";
import { normaliseBracketLabels } from "@/lib/ingest/bracket-labels";
import type { Block, Byline } from "@/lib/ingest/types";

const byline = (line: string) => {
  const b: Byline = { authors: [], reporters: [], editors: [] };
  parseByline(line, b);
  return b;
};

describe("a user's handle beside the full time under the headline (shape-bracketed-tag-under-heading)", () => {
  it("takes the handle, whatever its shape", () => {
    expect(handleBesideTime("林间小路 2024-08-12 21:05:33", "示例读书笔记")).toBe("林间小路");
  });
  it("names no one for an outlet, a role word, the site, a date alone or a labelled time", () => {
    expect(handleBesideTime("新华社 2024-08-12 21:05", null)).toBeNull();
    expect(handleBesideTime("原创 2024-08-12 21:05", null)).toBeNull();
    expect(handleBesideTime("示例读书笔记 2024-08-12 21:05", "示例读书笔记")).toBeNull();
    expect(handleBesideTime("2024-08-12 21:05:33", null)).toBeNull();
    expect(handleBesideTime("林间小路 2024-08-12", null)).toBeNull();
    expect(handleBesideTime("发布时间：2024-08-12 21:05", null)).toBeNull();
  });
});

describe("bylines of batch 40", () => {
  it("a calendar word is no person (三月 5th, 2024 beside a vcard)", () => {
    expect(looksLikePerson("三月")).toBe(false);
    expect(looksLikePerson("星期二")).toBe(false);
    expect(byline("作者 陈思远 | 三月 5th, 2024").authors.filter(looksLikePerson)).toEqual(["陈思远"]);
  });
  it("a row of labelled fields apart by spaced bars is read past a byline's length", () => {
    expect(byline("更新时间：2024-03-07 09:00 | 发稿时间：2024-03-05 10:21 | 稿件来源：示例证券报 | 记者：黄一帆").reporters).toEqual(["黄一帆"]);
  });
  it("a reporter's slash and place reported from (記者 X／place報導) inside a row", () => {
    expect(byline("發布時間：2024/03/05 10:21 來源：中央社 記者 陳志豪／新竹報導").reporters).toEqual(["陳志豪"]);
  });
});

describe("an info row labelled in brackets (meta-b40-bracket-labels-info-row-below-body)", () => {
  const block = (text: string) => ({ index: 0, text }) as unknown as Block;
  it("reads two or more bracketed field labels as label：", () => {
    const [b] = normaliseBracketLabels([block("【作者】孟庆华　【来源】示例日报　【发布时间】2024-03-05 10:21　【打印】")]);
    expect(b!.text).toBe("作者：孟庆华　来源：示例日报　发布时间：2024-03-05 10:21　【打印】");
  });
  it("leaves a lone bracketed label alone", () => {
    const [b] = normaliseBracketLabels([block("【来源】专题：大模型一周观察")]);
    expect(b!.text).toBe("【来源】专题：大模型一周观察");
  });
});

describe("writers' units in brackets after each name (meta-b40-zuozhe-names-with-bracketed-units-html-row)", () => {
  it("keeps every name, none of the units", () => {
    expect(byline("作者：张晓明（示例大学人工智能研究院） 李华（示例科技集团战略部）").authors).toEqual(["张晓明", "李华"]);
  });
});
