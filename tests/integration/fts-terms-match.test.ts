/**
 * Pairs in the index must not change what a phrase finds: in a real FTS5 table built like
 * ArticleSearch (migration 0016), a query matches a text exactly when the query's tokens occur
 * adjacent, in order, in the text's tokens — checked against that brute-force rule for texts
 * and queries drawn from a small alphabet, so runs, lone characters and boundaries all occur.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { indexText, phraseQuery } from "@/lib/search/fts-terms";
import { searchTokens } from "@/lib/search/normalize";

let dir: string;
let conn: Database.Database;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "fts-terms-"));
  conn = new Database(path.join(dir, "t.db"));
  // A scratch file: matching is under test, not durability. Without these, each of the 600 runs'
  // inserts waited for its own fsync, and the test ran past its timeout on a busy disk.
  conn.pragma("journal_mode = MEMORY");
  conn.pragma("synchronous = OFF");
  conn.exec(`CREATE VIRTUAL TABLE s USING fts5(body, content = '', contentless_delete = 1, prefix = '1', tokenize = 'unicode61 remove_diacritics 2')`);
});
afterAll(() => {
  conn.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

function adjacent(text: string[], query: string[]): boolean {
  if (query.length === 0) return false;
  for (let i = 0; i + query.length <= text.length; i++) if (query.every((t, j) => text[i + j] === t)) return true;
  return false;
}

// Han characters (some in traditional script), Latin words, digits, spaces and punctuation.
const piece = fc.constantFrom("华", "為", "为", "百", "度", "大", "模", "型", "ai", "GPT", "5", " ", "，", "·");
const text = fc.array(piece, { minLength: 1, maxLength: 12 }).map((xs) => xs.join(""));

describe("phrases over pairs", () => {
  it("match exactly where the query's tokens are adjacent in the text", () => {
    const insert = conn.prepare(`INSERT INTO s (rowid, body) VALUES (?, ?)`);
    const hits = conn.prepare<[string], { rowid: number }>(`SELECT rowid FROM s WHERE s MATCH ? ORDER BY rowid`);
    fc.assert(
      fc.property(fc.array(text, { minLength: 1, maxLength: 8 }), text, (texts, query) => {
        const tokens = searchTokens(query);
        fc.pre(tokens.length > 0);
        conn.exec(`INSERT INTO s (s) VALUES ('delete-all')`);
        texts.forEach((t, i) => insert.run(i + 1, indexText(t)));
        const expected = texts.flatMap((t, i) => (adjacent(searchTokens(t), tokens) ? [i + 1] : []));
        expect(hits.all(phraseQuery(tokens)).map((r) => r.rowid)).toEqual(expected);
      }),
      { numRuns: 600 },
    );
  });
  it("find a lone character at the start, inside and at the end of a run, and next to words", () => {
    const insert = conn.prepare(`INSERT INTO s (rowid, body) VALUES (?, ?)`);
    conn.exec(`INSERT INTO s (s) VALUES ('delete-all')`);
    ["华为发布", "中华", "大华为", "gpt华", "无关"].forEach((t, i) => insert.run(i + 1, indexText(t)));
    const ids = (q: string) => conn.prepare<[string], { rowid: number }>(`SELECT rowid FROM s WHERE s MATCH ? ORDER BY rowid`).all(phraseQuery(searchTokens(q))).map((r) => r.rowid);
    expect(ids("华")).toEqual([1, 2, 3, 4]);
    expect(ids("華為")).toEqual([1, 3]);
    expect(ids("为发")).toEqual([1]);
    expect(ids("gpt华")).toEqual([4]);
    expect(ids("华gpt")).toEqual([]);
  });
});
