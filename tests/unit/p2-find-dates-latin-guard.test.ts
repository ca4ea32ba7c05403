import { describe, expect, it } from "vitest";
import { findDates } from "../../lib/ingest/metadata/dates";

// findDates runs its English patterns only over lines holding an ASCII letter: what they find is unchanged.
describe("findDates' English patterns behind the ASCII-letter test", () => {
  it("still reads an English date and a US date with its time", () => {
    expect(findDates("Published March 5, 2024 by X").map((d) => d.iso)).toEqual(["2024-03-05T00:00:00+08:00"]);
    expect(findDates("Updated 03/05/2024 10:21 PM").map((d) => d.iso)).toEqual(["2024-03-05T22:21:00+08:00"]);
  });

  it("reads a Chinese line's date, which needs no Latin letter", () => {
    expect(findDates("2024年3月5日 10:21 来源：新华社").map((d) => d.iso)).toEqual(["2024-03-05T10:21:00+08:00"]);
  });
});
