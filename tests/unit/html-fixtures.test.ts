/**
 * Fixture pages, Readability style: each folder under tests/fixtures/pages holds a page as scraped
 * (source.html or source.txt), what a reader sees as the article (expected.json, optionally
 * body.txt) and the scores it reached when last recorded (score.json, written by
 * `npm run eval -- --record-fixtures`). Adding a case is adding a folder. A case fails when it
 * falls below its recorded body score or paragraph checks, when a metadata field it gets right
 * is not right any more, and when a field listed in `knownMissing` is found (so the list stays
 * honest).
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "@/lib/ingest/decode/decode-bytes";
import { loadFixtureCases } from "@/lib/eval/fixture-case";
import { isWrittenCase, runFixture } from "@/lib/eval/fixture-pages";

const cases = loadFixtureCases();
// Rounding of the recorded F1 to three decimals.
const F1_SLACK = 0.0011;

describe("fixture pages", () => {
  it("has at least 60 cases, 40 of them real pages", () => {
    expect(cases.length).toBeGreaterThanOrEqual(60);
    expect(cases.filter((c) => !isWrittenCase(c.name)).length).toBeGreaterThanOrEqual(40);
  });

  for (const c of cases) {
    it(c.name, () => {
      const page = decodeBytes(fs.readFileSync(c.sourceFile), c.sourceFile).text;
      for (const s of c.expected.mustNotContain) expect(page, `"${s}" is on the page, so the check means something`).toContain(s);
      expect(c.recorded, "no score.json: run `npm run eval -- --record-fixtures`").not.toBeNull();
      const score = runFixture(c);
      const missing = new Set(c.expected.knownMissing);
      for (const [field, ok] of Object.entries(score.fields)) {
        const known = missing.has(field as keyof typeof score.fields);
        expect(ok, `${field}: ${known ? "found, so remove it from knownMissing" : `got ${JSON.stringify(score.got)}`}`).toBe(!known);
      }
      const rec = c.recorded!;
      if (rec.bodyF1 !== null) expect(score.body!.f1, "body F1 below its recorded score").toBeGreaterThanOrEqual(rec.bodyF1 - F1_SLACK);
      if (rec.firstParagraph) expect(score.firstParagraph, "first paragraph present").toBe(true);
      if (rec.lastParagraph) expect(score.lastParagraph, "last paragraph present").toBe(true);
      if (rec.mustNotContain) expect(score.mustNotContain, `none of ${c.expected.mustNotContain.join(", ")} in the body`).toBe(true);
    });
  }
});
