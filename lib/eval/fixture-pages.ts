/**
 * Scores the real pipeline (extractFile: decode → HTML front end or text path → cleaning →
 * metadata, what the importer runs) on every fixture-page case: body P/R/F1 against body.txt
 * when there is one, else the presence of the first and last paragraph; title exact after
 * folding, date on the same day, source named, authors (every gold author found and no other
 * name given). `npm run eval` prints the means and the ten worst cases; `--record-fixtures`
 * writes each case's score.json, the floor the regression test holds it to.
 */
import fs from "node:fs";
import path from "node:path";
import { extractFile } from "../ingest/extract-file";
import type { ExtractedArticle } from "../ingest/types";
import { foldForCompare } from "../text/fold";
import { bodyScore, mean, sameDay, titleMatches, type Prf } from "./score";
import { loadFixtureCases, SCORE_FILE, type FixtureCase, type MetadataField, type Recorded } from "./fixture-case";

export interface FixtureScore extends Recorded {
  name: string;
  body: Prf | null;
  /** Pass/fail per metadata field, and what the pipeline gave. */
  fields: Record<MetadataField, boolean>;
  got: { title: string; publishedAt: string | null; source: string | null; authors: string[] };
}

const fold = (s: string) => foldForCompare(s).replace(/[\p{P}\p{S}]/gu, "");

/** The gold name is the predicted one, or sits in it with at most a short suffix (澎湃新闻 in 澎湃新闻网). */
function sourceMatches(predicted: (string | null)[], gold: string | null, source: string | null): boolean {
  if (gold === null) return source === null;
  const g = fold(gold);
  return predicted.some((p) => p !== null && fold(p).includes(g) && fold(p).length <= g.length + 4);
}

/** Every gold author found and nothing else claimed: a wrong name counts against as much as a missing one. */
function authorsMatch(predicted: string[], gold: string[]): boolean {
  const p = new Set(predicted.map(fold));
  const g = new Set(gold.map(fold));
  return p.size === g.size && [...g].every((n) => p.has(n));
}

const present = (body: string, paragraph: string) => body.includes(foldForCompare(paragraph));

export function scoreCase(c: FixtureCase, a: ExtractedArticle): FixtureScore {
  const e = c.expected;
  const folded = foldForCompare(a.body);
  const body = c.body === null ? null : bodyScore(a.body, c.body);
  const people = [...a.authors, ...a.reporters];
  return {
    name: c.name,
    body,
    bodyF1: body === null ? null : Math.round(body.f1 * 1000) / 1000,
    firstParagraph: present(folded, e.firstParagraph),
    lastParagraph: present(folded, e.lastParagraph),
    mustNotContain: e.mustNotContain.every((s) => !a.body.includes(s)),
    fields: {
      title: titleMatches(a.title, e.title),
      publishedAt: sameDay(a.publishedAt, e.publishedAt),
      source: sourceMatches([a.source, a.originalPublisher], e.source, a.source),
      authors: authorsMatch(people, e.authors),
    },
    got: { title: a.title, publishedAt: a.publishedAt, source: a.source, authors: people },
  };
}

export function runFixture(c: FixtureCase): FixtureScore {
  return scoreCase(c, extractFile(fs.readFileSync(c.sourceFile), path.basename(c.sourceFile)).article);
}

/** Body quality of one case on a 0–1 scale: F1 when gold body exists, else the paragraphs found. */
function bodyQuality(s: FixtureScore): number {
  const presence = (Number(s.firstParagraph) + Number(s.lastParagraph) + Number(s.mustNotContain)) / 3;
  return s.body ? (s.body.f1 + presence) / 2 : presence;
}

const FIELDS: MetadataField[] = ["title", "publishedAt", "source", "authors"];
const pct = (x: number) => (100 * x).toFixed(1).padStart(6);
/**
 * Cases written by hand (a shape, a blind batch's page in a site family's style, a text dump of a written page) are named
 * so (site- and a helper's xN- included: they are written pages, not scraped ones); the rest are real pages.
 */
export const isWrittenCase = (name: string) => /^(shape|meta|dump|site|x\d+)-/.test(name);

function summaryLine(label: string, rows: FixtureScore[]): string {
  const withBody = rows.filter((r) => r.body !== null).map((r) => r.body!);
  const share = (f: (r: FixtureScore) => boolean) => pct(mean(rows.map((r) => (f(r) ? 1 : 0))));
  const bodies = withBody.length
    ? `${pct(mean(withBody.map((b) => b.precision)))} ${pct(mean(withBody.map((b) => b.recall)))} ${pct(mean(withBody.map((b) => b.f1)))}`
    : `${"-".padStart(6)} ${"-".padStart(6)} ${"-".padStart(6)}`;
  return `${label.padEnd(26)} ${String(rows.length).padStart(3)} ${String(withBody.length).padStart(4)} ${bodies} ${share((r) => r.firstParagraph && r.lastParagraph)} ${share((r) => r.mustNotContain)} ${FIELDS.map((f) => share((r) => r.fields[f])).join(" ")}`;
}

function failures(s: FixtureScore, c: FixtureCase): string[] {
  const e = c.expected;
  const out: string[] = [];
  if (s.body) out.push(`body F1 ${(100 * s.body.f1).toFixed(1)}`);
  if (!s.firstParagraph) out.push("first paragraph missing");
  if (!s.lastParagraph) out.push("last paragraph missing");
  if (!s.mustNotContain) out.push(`contains one of ${JSON.stringify(e.mustNotContain)}`);
  if (!s.fields.title) out.push(`title “${s.got.title}” ≠ “${e.title}”`);
  if (!s.fields.publishedAt) out.push(`date ${s.got.publishedAt?.slice(0, 10) ?? "null"} ≠ ${e.publishedAt ?? "null"}`);
  if (!s.fields.source) out.push(`source ${s.got.source ?? "null"} ≠ ${e.source ?? "null"}`);
  if (!s.fields.authors) out.push(`authors [${s.got.authors.join(", ")}] ≠ [${e.authors.join(", ")}]`);
  return out;
}

/** Scores every case, prints the table and the ten worst; with `record`, writes each case's score.json. */
export function printFixtureReport(opts: { record: boolean }): FixtureScore[] {
  const cases = loadFixtureCases();
  const scores = cases.map(runFixture);
  console.log(`\nfixture pages (tests/fixtures/pages, ${cases.length} cases)`);
  console.log(`${"".padEnd(26)} cases body   bodyP  bodyR bodyF1  paras  clean  title   date source authors`);
  console.log(summaryLine("all", scores));
  console.log(summaryLine("real pages", scores.filter((s) => !isWrittenCase(s.name))));
  console.log(summaryLine("written (shape-/meta-/dump-/site-/xN-)", scores.filter((s) => isWrittenCase(s.name))));
  const byName = new Map(cases.map((c) => [c.name, c]));
  const badness = (s: FixtureScore) => bodyQuality(s) + FIELDS.filter((f) => s.fields[f]).length / FIELDS.length;
  const worst = [...scores].sort((a, b) => badness(a) - badness(b)).slice(0, 10);
  console.log("\nten worst fixture cases");
  for (const s of worst) console.log(`  ${s.name.padEnd(34)} ${failures(s, byName.get(s.name)!).join("; ") || "all pass"}`);
  if (opts.record) {
    for (const s of scores) {
      const recorded: Recorded = { bodyF1: s.bodyF1, firstParagraph: s.firstParagraph, lastParagraph: s.lastParagraph, mustNotContain: s.mustNotContain };
      fs.writeFileSync(path.join(byName.get(s.name)!.dir, SCORE_FILE), `${JSON.stringify(recorded, null, 2)}\n`);
    }
    console.log(`recorded ${scores.length} score files`);
  }
  return scores;
}
