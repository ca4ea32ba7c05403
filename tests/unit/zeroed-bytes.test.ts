import { describe, expect, it } from "vitest";
import { bytePool, zeroedBytes } from "../../lib/ingest/entities/zeroed-bytes";
import { placesMarked } from "../../lib/ingest/entities/institution-names";

describe("zeroedBytes", () => {
  it("gives what new Uint8Array(n) gives, however the pool's last user left it (2000 random lengths and writes)", () => {
    const pool = bytePool();
    let seed = 7;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    for (let round = 0; round < 2000; round++) {
      const length = rand(5000);
      const view = zeroedBytes(pool, length);
      expect(view.length).toBe(length);
      expect(Buffer.compare(Buffer.from(view), Buffer.from(new Uint8Array(length)))).toBe(0);
      // the scans' own writes, out of range too (fill clamps, index writes past the end are dropped)
      view.fill(1, rand(length + 1), rand(length + 10));
      view[rand(length + 5)] = 1;
    }
  });

  it("clamps fill and drops writes past its length as a fresh array of that length does", () => {
    const pool = bytePool();
    zeroedBytes(pool, 100).fill(1);
    const view = zeroedBytes(pool, 10);
    const fresh = new Uint8Array(10);
    for (const a of [view, fresh]) {
      a.fill(1, 8, 50);
      a[12] = 1;
      a.fill(1, -1);
    }
    expect([...view]).toEqual([...fresh]);
    expect(zeroedBytes(pool, 100).every((b) => b === 0)).toBe(true);
  });
});

describe("placesMarked into a shared set", () => {
  it("fills the given set in the order a set of the marks' own sets holds them (institutionNames' articlePlaces)", () => {
    const text = "禹州市和郑州市、河南省，安徽省委与郑州市、长沙县及河南省都在说上市";
    const shared = new Set<string>();
    for (const mark of ["市", "省", "县"] as const) placesMarked(text, mark, shared);
    const union = new Set((["市", "省", "县"] as const).flatMap((mark) => [...placesMarked(text, mark)]));
    expect([...shared]).toEqual([...union]);
    expect([...shared]).toEqual(["禹州", "郑州", "河南", "安徽", "长沙"]);
  });
});
