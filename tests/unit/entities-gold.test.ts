/**
 * Entity extraction against the hand-labelled gold for the five seeds, through the real
 * cleaning pipeline: fails below precision 0.95 / recall 0.90 for companies or people per seed.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { EntitiesGoldSchema, scoreEntities } from "@/lib/ingest/entities/score";

const gold = EntitiesGoldSchema.parse(JSON.parse(fs.readFileSync("tests/fixtures/entities-gold.json", "utf8")));

describe("entities against the seed gold", () => {
  for (const doc of gold.docs) {
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
