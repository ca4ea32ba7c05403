/**
 * Issue 17's "no loop turn above 50 ms": a search page's snippets (each hit's body tokenised
 * and scanned) are built through mapInTurns, in slices of the loop, not in the turn that read
 * the rows: on a process's first search, with the tokenizer's code still cold, that one turn
 * took 8–13 ms of CPU on a quiet machine. The helper's slicing is tested on its own
 * (tests/unit/map-in-turns.test.ts); here, that the page goes through it, the real one (the spy
 * calls through), and that its answers are those of the page.
 */
import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it, vi } from "vitest";
import { createTempDb, type TempDb } from "../helpers/temp-db";
import { openSqlite, type Sqlite } from "@/lib/data/sqlite";
import { extractFile } from "@/lib/ingest/extract-file";
import { fillBenchDb } from "@/lib/bench/fill-bench-db";
import { mapInTurns } from "@/lib/async/map-in-turns";
import { searchEverything } from "@/lib/data/search/search";

vi.mock("@/lib/async/map-in-turns", async (importOriginal) => {
  const real = await importOriginal<typeof import("@/lib/async/map-in-turns")>();
  return { ...real, mapInTurns: vi.fn(real.mapInTurns) };
});

let t: TempDb;
let conn: Sqlite;

describe("a search page's snippets", () => {
  beforeAll(async () => {
    t = await createTempDb("search-snippets-turns-");
    conn = openSqlite(t.url);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    fillBenchDb(conn, { count: 300, paragraphs, seed: 7 });
  });

  afterAll(async () => {
    conn.close();
    await t?.cleanup();
  });

  it("are built in slices of the event loop, one per hit, in the page's order", async () => {
    vi.mocked(mapInTurns).mockClear();
    const r = await searchEverything({ q: "模型", pageSize: 20 }, { db: t.db, url: t.url });
    expect(r.articles.items).toHaveLength(20);
    const calls = vi.mocked(mapInTurns).mock.calls;
    expect(calls).toHaveLength(1);
    const [rows, , budgetMs] = calls[0]!;
    expect((rows as { id: number }[]).map((row) => row.id)).toEqual(r.articles.items.map((h) => h.id));
    // Well under the 50 ms turn.
    expect(budgetMs).toBeLessThanOrEqual(10);
    expect(r.articles.items.every((h) => h.snippet.some((s) => s.hit))).toBe(true);
  });
});
