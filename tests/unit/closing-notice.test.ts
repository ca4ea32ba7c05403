import { describe, expect, it } from "vitest";
import { endAtClosingNotice, type NoticeLine } from "@/lib/ingest/classify/closing-notice";

const para = (n: number): NoticeLine => ({ notice: false, prose: n, length: n });
const notice: NoticeLine = { notice: true, prose: 0, length: 30 };
const box = (n: number): NoticeLine => ({ notice: false, prose: n, length: n });

describe("a closing reprint notice in a dump", () => {
  it("ends the article above an about box that reads like prose", () => {
    const lines = [para(80), para(120), para(100), notice, box(25), box(110)];
    expect(endAtClosingNotice({ start: 0, end: 5 }, lines)).toEqual({ start: 0, end: 2 });
  });
  it("is stepped over near the top or when more of the article follows it", () => {
    expect(endAtClosingNotice({ start: 0, end: 3 }, [para(80), notice, para(120), para(100)])).toEqual({ start: 0, end: 3 });
    expect(endAtClosingNotice({ start: 0, end: 5 }, [para(80), para(60), notice, para(120), para(100), para(90)])).toEqual({ start: 0, end: 5 });
  });
  it("leaves a span without a notice and no span alone", () => {
    expect(endAtClosingNotice({ start: 1, end: 2 }, [para(5), para(80), para(90)])).toEqual({ start: 1, end: 2 });
    expect(endAtClosingNotice(null, [])).toBeNull();
  });
});
