/**
 * The view of the data: follows every change with no import running; while one runs, holds
 * still for IMPORT_VIEW_MS after each move and asks whether an import runs only then.
 */
import { describe, expect, it } from "vitest";
import { IMPORT_VIEW_MS, nextView, type View } from "@/lib/data/cache/view-generation";

const row = (g: number, changedAt = 1_000 + g) => ({ generation: BigInt(g), changedAt });

describe("nextView", () => {
  it("starts at the first row read and keeps the same object while the generation stays", () => {
    const v = nextView(undefined, row(5), () => true, 100);
    expect(v).toEqual({ generation: 5n, changedAt: 1_005, movedAt: 100 });
    expect(nextView(v, row(5), () => true, 100 + 10 * IMPORT_VIEW_MS)).toBe(v);
  });

  it("with no import, moves on every change, however soon", () => {
    let asked = 0;
    const noImport = () => (asked++, false);
    const v = nextView(undefined, row(1), noImport, 0);
    const w = nextView(v, row(2), noImport, 1);
    expect(w).toEqual({ generation: 2n, changedAt: 1_002, movedAt: 1 });
    expect(nextView(w, row(3), noImport, 2).generation).toBe(3n);
    expect(asked).toBe(2);
  });

  it("while an import runs, holds for IMPORT_VIEW_MS after a move, then moves to the row read", () => {
    const v: View = { generation: 10n, changedAt: 1_010, movedAt: 50_000 };
    const importing = () => true;
    expect(nextView(v, row(11), importing, 50_000)).toBe(v);
    expect(nextView(v, row(40), importing, 50_000 + IMPORT_VIEW_MS - 1)).toBe(v);
    expect(nextView(v, row(41), importing, 50_000 + IMPORT_VIEW_MS)).toEqual({ generation: 41n, changedAt: 1_041, movedAt: 50_000 + IMPORT_VIEW_MS });
  });

  it("asks whether an import runs only when it would hold, and never moves backwards", () => {
    const v: View = { generation: 10n, changedAt: 1_010, movedAt: 0 };
    const never = () => {
      throw new Error("asked");
    };
    expect(nextView(v, row(12), never, IMPORT_VIEW_MS)).toEqual({ generation: 12n, changedAt: 1_012, movedAt: IMPORT_VIEW_MS });
    expect(nextView(v, row(9), never, 1)).toBe(v);
    expect(nextView(v, row(10), never, 1)).toBe(v);
  });
});
