/**
 * Two shapes html2text leaves when a page's markup is broken or its source has a line break
 * inside a sentence: the tail of a tag printed in front of the text, and a paragraph cut after an
 * opening quote. Both are checked on their own here; the fixture
 * dump-html2text-broken-tag-tail-quote-cut checks them through the whole pipeline.
 */
import { describe, expect, it } from "vitest";
import { parseText } from "@/lib/ingest/parse-text";
import { rewrap } from "@/lib/ingest/text-dump/rewrap";

describe("a broken tag's tail in front of a dump's line", () => {
  it("is dropped before Chinese text or a date", () => {
    const texts = parseText("标题在这里\n\n2px>　　12月6日，某社区为务工人员开设服务窗口，受理欠薪求助。\n").map((b) => b.text);
    expect(texts).toContain("12月6日，某社区为务工人员开设服务窗口，受理欠薪求助。");
    expect(texts.join("\n")).not.toContain("2px>");
  });

  it("is dropped when it ends a quoted or punctuated value", () => {
    const texts = parseText('标题\n\nline-height:1.5;">据介绍，这项服务明年推广到全区。\n').map((b) => b.text);
    expect(texts).toContain("据介绍，这项服务明年推广到全区。");
  });

  it("leaves a comparison in prose alone", () => {
    const texts = parseText("标题\n\n3>2，这是本场比赛的比分，客队最终落败。\n").map((b) => b.text);
    expect(texts).toContain("3>2，这是本场比赛的比分，客队最终落败。");
  });
});

describe("a dump line ending in an opening quote", () => {
  const widest = { text: "甲".repeat(60), indent: 0 };
  it("is joined to the line after it, whatever the column", () => {
    const out = rewrap([widest, { text: "", indent: 0 }, { text: "确保他们的“", indent: 0 }, { text: "辛苦钱”按时到手。", indent: 0 }]);
    expect(out.map((l) => l.text)).toContain("确保他们的“辛苦钱”按时到手。");
  });

  it("is not joined across a blank line or to a list item", () => {
    const out = rewrap([widest, { text: "", indent: 0 }, { text: "他说：“", indent: 0 }, { text: "1. 第一条", indent: 0 }]);
    expect(out.map((l) => l.text)).toEqual([widest.text, "", "他说：“", "1. 第一条"]);
  });
});
