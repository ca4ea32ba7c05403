import { describe, expect, it } from "vitest";
import { pageOfOffset, pageWindow } from "@/lib/paging/page-window";

describe("pageWindow", () => {
  it("places a middle, last and only page", () => {
    expect(pageWindow(230, 2, 50)).toEqual({ page: 2, pages: 5, offset: 50, first: 51, last: 100, outOfRange: false });
    expect(pageWindow(230, 5, 50)).toEqual({ page: 5, pages: 5, offset: 200, first: 201, last: 230, outOfRange: false });
    expect(pageWindow(50, 1, 50)).toMatchObject({ pages: 1, first: 1, last: 50, outOfRange: false });
  });
  it("counts a page past the last as out of range, and an empty list as one empty page", () => {
    expect(pageWindow(230, 6, 50)).toMatchObject({ pages: 5, first: 0, last: 0, outOfRange: true });
    expect(pageWindow(100, 3, 50).outOfRange).toBe(true);
    expect(pageWindow(0, 1, 50)).toMatchObject({ pages: 1, first: 0, last: 0, outOfRange: false });
    expect(pageWindow(0, 2, 50).outOfRange).toBe(true);
  });
  it("finds the default-size page a row falls on", () => {
    expect([0, 49, 50, 120].map((o) => pageOfOffset(o, 50))).toEqual([1, 1, 2, 3]);
  });
});
