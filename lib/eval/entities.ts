/**
 * The entity part of `npm run eval`: scores the extractor against tests/fixtures/entities-gold.json
 * and prints per-document figures, then micro-averaged P/R/F1 for the five seeds and for the
 * other documents separately (hand-written news texts and dev pages), must-find recall on the
 * seeds, precision of discovery alone (names not from the gazetteer), and the misses by kind.
 * Kept apart from scripts/eval.ts so the script stays a list of calls.
 */
import fs from "node:fs";
import { extractFile } from "../ingest/extract-file";
import { extractEntities } from "../ingest/entities/extract-entities";
import { entityInputFromArticle } from "../ingest/entities/from-article";
import { EntitiesGoldSchema, scoreEntities, type EntityScore, type GoldDoc } from "../ingest/entities/score";
import type { EntityInput } from "../ingest/entities/types";

const GOLD_FILE = "tests/fixtures/entities-gold.json";

/** A hand-written fixture text: the first line is the title, every other non-empty line a paragraph. */
export function entityInputFromFixtureText(text: string): EntityInput {
  const lines = text.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0);
  return { title: lines[0] ?? "", paragraphs: lines.slice(1) };
}

/** The extractor's input for a gold document, or null when its page is absent (dev pages are optional). */
export function goldDocInput(doc: GoldDoc): EntityInput | null {
  if (!fs.existsSync(doc.file)) return null;
  if (doc.file.startsWith("tests/fixtures/entities/") || isDatasetDoc(doc)) return entityInputFromFixtureText(fs.readFileSync(doc.file, "utf8"));
  return entityInputFromArticle(extractFile(fs.readFileSync(doc.file), doc.file).article);
}

export const isSeedDoc = (doc: GoldDoc) => doc.file.startsWith("seeds/");
/** Real pages from other sites (../shared/dev-pages): their misses were read to choose rules. */
export const isDevPageDoc = (doc: GoldDoc) => doc.file.includes("/dev-pages/");
/**
 * Gold body texts of real articles from ../shared/datasets (first line the title): labelled from
 * the text before the extractor ran on them, and only their group figures were read while rules
 * changed, so they stay the held-out check.
 */
export const isDatasetDoc = (doc: GoldDoc) => doc.file.includes("/datasets/") && doc.file.endsWith(".txt") && doc.split !== "dev";
/** Gold texts of real articles labelled like the held-out ones but marked "split": "dev": their misses are read. */
export const isDevTextDoc = (doc: GoldDoc) => doc.file.includes("/datasets/") && doc.split === "dev";

export interface GroupFigures {
  docs: number;
  companies: { precision: number; recall: number; f1: number };
  people: { precision: number; recall: number; f1: number };
  roles: { found: number; total: number };
  discovery: { tp: number; predicted: number };
}

function micro(scores: EntityScore[], k: "companies" | "people") {
  const tp = scores.reduce((n, s) => n + s[k].tp, 0);
  const precision = tp / Math.max(1, scores.reduce((n, s) => n + s[k].predicted, 0));
  const recall = tp / Math.max(1, scores.reduce((n, s) => n + s[k].gold, 0));
  return { precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

export function groupFigures(scores: EntityScore[]): GroupFigures {
  return {
    docs: scores.length,
    companies: micro(scores, "companies"),
    people: micro(scores, "people"),
    roles: { found: scores.reduce((n, s) => n + s.roles.found, 0), total: scores.reduce((n, s) => n + s.roles.total, 0) },
    discovery: { tp: scores.reduce((n, s) => n + s.discovered.tp, 0), predicted: scores.reduce((n, s) => n + s.discovered.predicted, 0) },
  };
}

/** Every gold document with its score (absent pages skipped with a notice). */
export interface ScoredDoc {
  doc: GoldDoc;
  score: EntityScore;
  companyNames: string[];
  /** Each found person's name with the roles the extractor gave them (for `--roles`). */
  peopleRoles: { name: string; roles: string[] }[];
}

export function scoreGold(log: (line: string) => void = () => {}): ScoredDoc[] {
  const gold = EntitiesGoldSchema.parse(JSON.parse(fs.readFileSync(GOLD_FILE, "utf8")));
  const out: ScoredDoc[] = [];
  for (const doc of gold.docs) {
    const input = goldDocInput(doc);
    if (!input) {
      log(`skipped (page absent): ${doc.file}`);
      continue;
    }
    const result = extractEntities(input);
    out.push({ doc, score: scoreEntities(doc, result), companyNames: result.companies.map((c) => c.name),
      peopleRoles: result.people.map((p) => ({ name: p.name, roles: (p.roles ?? []).map((r) => `${r.organisation}/${r.title}`) })),
    });
  }
  return out;
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const caseName = (file: string) => (file.startsWith("tests/fixtures/entities/") ? file.split("/").at(-2)! : file.split("/").pop()!);

/** Organisations the gold excludes by rule (the article's own outlet) that were reported anyway. */
function excludedReported(rows: { doc: GoldDoc; names: string[] }[]): string[] {
  return rows.flatMap((r) => r.doc.excludedByRule.filter((x) => r.names.includes(x)).map((x) => `${caseName(r.doc.file)}: ${x}`));
}

/**
 * `--roles`: each missed gold role of every document but the held-out ones,
 * with the roles the extractor gave that person instead.
 */
function printRoleMisses(rows: ScoredDoc[]): void {
  console.log("\nmissed roles (all but the held-out documents): person/organisation/title  ← found roles of that person");
  for (const r of rows.filter((x) => !isDatasetDoc(x.doc))) {
    for (const m of r.score.missed.roles) {
      const person = m.split("/")[0]!;
      const found = r.peopleRoles.find((p) => p.name === person || p.name.includes(person) || person.includes(p.name));
      console.log(`  ${caseName(r.doc.file).slice(0, 40).padEnd(40)} ${m}  ← ${found ? found.roles.join("; ") || "(no roles)" : "(person not found)"}`);
    }
  }
}

export function printEntityScores(opts: { roles?: boolean } = {}): void {
  console.log("\nfile                             comp P  comp R  people P  people R  roles");
  const rows = scoreGold((l) => console.log(l));
  for (const { doc, score: s } of rows) {
    console.log(
      `${caseName(doc.file).slice(0, 32).padEnd(32)} ${pct(s.companies.precision)}   ${pct(s.companies.recall)}    ${pct(s.people.precision)}     ${pct(s.people.recall)}  ${s.roles.found}/${s.roles.total}`,
    );
    const missed = [...s.missed.companies, ...s.missed.people];
    const extra = [...s.extra.companies, ...s.extra.people];
    // held-out documents print their figures only: their names must not steer the rules
    if (!isDatasetDoc(doc) && (missed.length || extra.length)) console.log(`${"".padEnd(33)}missed: ${missed.join(", ") || "-"}; extra: ${extra.join(", ") || "-"}`);
  }
  const groups: [string, EntityScore[]][] = [
    ["seeds", rows.filter((r) => isSeedDoc(r.doc)).map((r) => r.score)],
    ["rest", rows.filter((r) => !isSeedDoc(r.doc)).map((r) => r.score)],
    ["  written", rows.filter((r) => !isSeedDoc(r.doc) && !isDevPageDoc(r.doc) && !isDatasetDoc(r.doc) && !isDevTextDoc(r.doc)).map((r) => r.score)],
    ["  dev pages", rows.filter((r) => isDevPageDoc(r.doc)).map((r) => r.score)],
    ["  dev texts", rows.filter((r) => isDevTextDoc(r.doc)).map((r) => r.score)],
    ["  held-out", rows.filter((r) => isDatasetDoc(r.doc)).map((r) => r.score)],
    ["real pages", rows.filter((r) => isDevPageDoc(r.doc) || isDevTextDoc(r.doc) || isDatasetDoc(r.doc)).map((r) => r.score)],
    ["all", rows.map((r) => r.score)],
  ];
  for (const batch of [...new Set(rows.map((r) => r.doc.batch).filter((b): b is string => b !== undefined))]) {
    groups.push([`  ${batch}`, rows.filter((r) => r.doc.batch === batch).map((r) => r.score)]);
  }
  console.log("\ngroup (micro)   docs  comp P  comp R  comp F1  people P  people R  people F1  roles     discovery P");
  for (const [name, scores] of groups) {
    const f = groupFigures(scores);
    const disc = f.discovery.predicted ? `${pct(f.discovery.tp / f.discovery.predicted)} (${f.discovery.tp}/${f.discovery.predicted})` : "  -";
    console.log(
      `${name.padEnd(15)} ${String(f.docs).padStart(4)}  ${pct(f.companies.precision)}   ${pct(f.companies.recall)}   ${pct(f.companies.f1)}    ${pct(f.people.precision)}     ${pct(f.people.recall)}      ${pct(f.people.f1)}  ${`${f.roles.found}/${f.roles.total}`.padEnd(8)}  ${disc}`,
    );
  }
  const seeds = rows.filter((r) => isSeedDoc(r.doc));
  const mustFind = seeds.reduce((n, r) => n + r.doc.companies.length + r.doc.people.length, 0);
  const found = seeds.reduce((n, r) => n + r.score.companies.tp + r.score.people.tp, 0);
  console.log(`must-find names in the seeds: ${found}/${mustFind} (${pct(found / Math.max(1, mustFind))})`);
  const all = rows.filter((r) => !isDatasetDoc(r.doc)).map((r) => r.score);
  const excluded = excludedReported(rows.map((r) => ({ doc: r.doc, names: r.companyNames })));
  if (excluded.length) console.log(`excluded by rule but reported: ${excluded.join(", ")}`);
  console.log("misses and extras below leave out the held-out documents");
  console.log(`missed companies: ${all.flatMap((s) => s.missed.companies).join(", ") || "-"}`);
  console.log(`missed people:    ${all.flatMap((s) => s.missed.people).join(", ") || "-"}`);
  console.log(`extra companies:  ${all.flatMap((s) => s.extra.companies).join(", ") || "-"}`);
  console.log(`extra people:     ${all.flatMap((s) => s.extra.people).join(", ") || "-"}`);
  if (opts.roles) printRoleMisses(rows);
}
