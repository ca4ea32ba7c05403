/**
 * Entity extraction against the hand-labelled gold: each of the five seeds through the real
 * cleaning pipeline (precision 0.95 / recall 0.90 for companies and people per seed), and the
 * hand-written news texts and dev pages as one group, micro-averaged, against the figures the
 * rules reached (so a rule change that loses names fails here before it reaches `npm run eval`).
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { EntitiesGoldSchema, scoreEntities } from "@/lib/ingest/entities/score";
import { groupFigures, isSeedDoc, scoreGold } from "@/lib/eval/entities";

const gold = EntitiesGoldSchema.parse(JSON.parse(fs.readFileSync("tests/fixtures/entities-gold.json", "utf8")));

describe("entities against the seed gold", () => {
  for (const doc of gold.docs.filter(isSeedDoc)) {
    it(`${doc.file}: companies and people P ≥ 0.95, R ≥ 0.90`, () => {
      const a = extractFile(fs.readFileSync(doc.file), doc.file).article;
      const result = extractEntities({ title: a.title, paragraphs: a.paragraphs, source: a.source, notes: a.notes, authors: a.authors });
      const s = scoreEntities(doc, result);
      const detail = JSON.stringify({ missed: s.missed, extra: s.extra });
      expect(s.companies.precision, `company precision ${detail}`).toBeGreaterThanOrEqual(0.95);
      expect(s.companies.recall, `company recall ${detail}`).toBeGreaterThanOrEqual(0.9);
      expect(s.people.precision, `people precision ${detail}`).toBeGreaterThanOrEqual(0.95);
      expect(s.people.recall, `people recall ${detail}`).toBeGreaterThanOrEqual(0.9);
      expect(s.roles.recall, `roles ${detail}`).toBeGreaterThanOrEqual(0.8);
      for (const excluded of doc.excludedByRule) expect(result.companies.map((c) => c.name)).not.toContain(excluded);
    });
  }
});

describe("entities against the gold beyond the seeds", () => {
  it("has at least 40 documents and holds the reached figures", () => {
    const rest = scoreGold().filter((r) => !isSeedDoc(r.doc));
    expect(rest.length).toBeGreaterThanOrEqual(40);
    const f = groupFigures(rest.map((r) => r.score));
    const detail = JSON.stringify(rest.map((r) => ({ file: r.doc.file, missed: r.score.missed, extra: r.score.extra })).filter((r) => r.missed.companies.length + r.missed.people.length + r.extra.companies.length + r.extra.people.length > 0));
    expect(f.companies.f1, `companies ${detail}`).toBeGreaterThanOrEqual(0.9);
    expect(f.people.f1, `people ${detail}`).toBeGreaterThanOrEqual(0.91);
  });
});
