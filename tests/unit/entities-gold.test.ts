/**
 * Entity extraction against the hand-labelled gold: each of the five seeds through the real
 * cleaning pipeline (precision 0.95 / recall 0.90 for companies and people per seed); the
 * hand-written news texts as one group, micro-averaged, against the bars; the real dev
 * pages and the held-out dataset texts (when ../shared is there) against the figures reached, so a
 * rule change that loses names fails here before it reaches `npm run eval`.
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { EntitiesGoldSchema, scoreEntities } from "@/lib/ingest/entities/score";
import { groupFigures, isDatasetDoc, isDevPageDoc, isDevTextDoc, isSeedDoc, scoreGold, type ScoredDoc } from "@/lib/eval/entities";

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

const misses = (rows: ScoredDoc[]) =>
  JSON.stringify(
    rows
      .map((r) => ({ file: r.doc.file, missed: r.score.missed, extra: r.score.extra }))
      .filter((r) => r.missed.companies.length + r.missed.people.length + r.extra.companies.length + r.extra.people.length > 0),
  );

describe("entities against the gold beyond the seeds", () => {
  const rows = scoreGold();
  it("written news texts: at least 40, companies and people F1 ≥ 0.95, discovery precision ≥ 0.95", () => {
    const written = rows.filter((r) => !isSeedDoc(r.doc) && !isDevPageDoc(r.doc) && !isDatasetDoc(r.doc) && !isDevTextDoc(r.doc));
    expect(written.length).toBeGreaterThanOrEqual(40);
    const f = groupFigures(written.map((r) => r.score));
    expect(f.companies.f1, `companies ${misses(written)}`).toBeGreaterThanOrEqual(0.95);
    expect(f.people.f1, `people ${misses(written)}`).toBeGreaterThanOrEqual(0.95);
    expect(f.discovery.tp / Math.max(1, f.discovery.predicted)).toBeGreaterThanOrEqual(0.95);
  });

  it("held-out dev pages (when present): no false people, and the recall reached holds", () => {
    const dev = rows.filter((r) => isDevPageDoc(r.doc));
    if (dev.length === 0) return;
    const f = groupFigures(dev.map((r) => r.score));
    expect(f.people.precision, `people ${misses(dev)}`).toBeGreaterThanOrEqual(0.95);
    expect(f.people.recall, `people ${misses(dev)}`).toBeGreaterThanOrEqual(0.5);
    expect(f.companies.precision, `companies ${misses(dev)}`).toBeGreaterThanOrEqual(0.9);
    expect(f.companies.recall, `companies ${misses(dev)}`).toBeGreaterThanOrEqual(0.55);
  });

  it("held-out dataset texts (when present): no false people, few false companies, the recall reached holds", () => {
    const held = rows.filter((r) => isDatasetDoc(r.doc));
    if (held.length === 0) return;
    // 19 texts since 2026-12-05 (11 before); the floors sit just under what that larger set scored
    expect(held.length).toBeGreaterThanOrEqual(19);
    const f = groupFigures(held.map((r) => r.score));
    expect(f.people.precision, `people ${misses(held)}`).toBeGreaterThanOrEqual(0.9);
    expect(f.people.recall, `people ${misses(held)}`).toBeGreaterThanOrEqual(0.55);
    expect(f.companies.precision, `companies ${misses(held)}`).toBeGreaterThanOrEqual(0.75);
    expect(f.companies.recall, `companies ${misses(held)}`).toBeGreaterThanOrEqual(0.45);
  });

  it("dev dataset texts (when present): no false people, few false companies, the recall reached holds", () => {
    // batches dev-texts-12-07 and e7-dev-texts-12-07 are held to their own floors below, so the 16 older texts keep theirs
    const dev = rows.filter((r) => isDevTextDoc(r.doc) && r.doc.batch !== "dev-texts-12-07" && r.doc.batch !== "e7-dev-texts-12-07");
    if (dev.length === 0) return;
    // 16 texts since 2026-12-06 (8 before, at 100 % people recall); the people-rich 8 added then score 88 % together with them
    expect(dev.length).toBeGreaterThanOrEqual(16);
    const f = groupFigures(dev.map((r) => r.score));
    expect(f.people.precision, `people ${misses(dev)}`).toBeGreaterThanOrEqual(0.95);
    expect(f.people.recall, `people ${misses(dev)}`).toBeGreaterThanOrEqual(0.87);
    expect(f.companies.precision, `companies ${misses(dev)}`).toBeGreaterThanOrEqual(0.85);
    expect(f.companies.recall, `companies ${misses(dev)}`).toBeGreaterThanOrEqual(0.5);
  });
  it("dev dataset texts of batch dev-texts-12-07 (when present): the figures reached hold", () => {
    const batch = rows.filter((r) => isDevTextDoc(r.doc) && r.doc.batch === "dev-texts-12-07");
    if (batch.length === 0) return;
    expect(batch.length).toBe(8);
    // first run 2026-12-07: people P 91.7 R 45.8, companies P 92.9 R 56.5
    const f = groupFigures(batch.map((r) => r.score));
    expect(f.people.precision, `people ${misses(batch)}`).toBeGreaterThanOrEqual(0.9);
    expect(f.people.recall, `people ${misses(batch)}`).toBeGreaterThanOrEqual(0.45);
    expect(f.companies.precision, `companies ${misses(batch)}`).toBeGreaterThanOrEqual(0.9);
    expect(f.companies.recall, `companies ${misses(batch)}`).toBeGreaterThanOrEqual(0.55);
  });
  it("blind batch e11-12-07-unseen-people: no false people, and the people recall reached holds", () => {
    const batch = rows.filter((r) => r.doc.batch === "e11-12-07-unseen-people");
    expect(batch.length).toBe(10);
    // first run 2026-12-07 (labelled before the finder ran): people P 100 R 52.9, companies P 89.5 R 77.3; after the e11 rules people R 69.1
    const f = groupFigures(batch.map((r) => r.score));
    expect(f.people.precision, `people ${misses(batch)}`).toBeGreaterThanOrEqual(0.95);
    expect(f.people.recall, `people ${misses(batch)}`).toBeGreaterThanOrEqual(0.65);
  });
  it("dev dataset texts of batch e7-dev-texts-12-07 (when present): the figures reached hold", () => {
    const batch = rows.filter((r) => isDevTextDoc(r.doc) && r.doc.batch === "e7-dev-texts-12-07");
    if (batch.length === 0) return;
    expect(batch.length).toBe(12);
    // first run 2026-12-07: people P 100 R 53.6, companies P 83.3 R 54.1; after the e7 rules companies P 100 R 64.9
    const f = groupFigures(batch.map((r) => r.score));
    expect(f.people.precision, `people ${misses(batch)}`).toBeGreaterThanOrEqual(0.95);
    expect(f.people.recall, `people ${misses(batch)}`).toBeGreaterThanOrEqual(0.5);
    expect(f.companies.precision, `companies ${misses(batch)}`).toBeGreaterThanOrEqual(0.9);
    expect(f.companies.recall, `companies ${misses(batch)}`).toBeGreaterThanOrEqual(0.6);
  });
});
