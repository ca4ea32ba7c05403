/**
 * Body scores on the development sets with hand-made gold (../shared/datasets/: daniel-zh and
 * magic-html-zh), scored as that folder's README says: 4-gram shingle multisets (bodyScore),
 * per page, macro-averaged, an empty output scoring 0. The pages are read where they lie, never
 * copied into the repository; when the folder is absent (CI) the caller prints a notice instead.
 * Per-page scores are kept so a change that lifts the mean but breaks a page shows up in a diff.
 */
import fs from "node:fs";
import path from "node:path";
import { extractFile } from "../ingest/extract-file";
import { DATASETS_DIR, GOLD_SETS, goldPages } from "./gold-datasets";
import { bodyScore, mean, type Prf } from "./score";

export interface PageScore extends Prf {
  page: string;
  /** Which stage of the HTML cascade chose the content. */
  stage: string;
  ms: number;
}

export interface DatasetScore {
  name: string;
  pages: PageScore[];
  mean: Prf;
}

export function scoreDataset(name: string, root = DATASETS_DIR): DatasetScore {
  const pages: PageScore[] = goldPages(name, root).map((p) => {
    const bytes = fs.readFileSync(p.htmlFile);
    const gold = fs.readFileSync(p.goldFile, "utf8");
    const t0 = performance.now();
    let body = "";
    let stage = "error";
    try {
      const { article } = extractFile(bytes, p.htmlFile);
      body = article.body;
      stage = article.contentStage ?? "text";
    } catch {
      // An unreadable page is an empty output: it scores 0, like the README says.
    }
    const ms = performance.now() - t0;
    const s = body.trim() === "" ? { precision: 0, recall: 0, f1: 0 } : bodyScore(body, gold);
    return { page: p.id, stage, ms, ...s };
  });
  return {
    name,
    pages,
    mean: {
      precision: mean(pages.map((p) => p.precision)),
      recall: mean(pages.map((p) => p.recall)),
      f1: mean(pages.map((p) => p.f1)),
    },
  };
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

/**
 * Scores every set present, prints means and the ten worst pages per set, and writes the
 * per-page scores to `outFile` (JSON). Returns the scores, or null when the folder is absent.
 */
export function printDatasetScores(outFile = ".scratch/datasets-scores.json", root = DATASETS_DIR): DatasetScore[] | null {
  if (!fs.existsSync(root)) {
    console.log(`\ndevelopment sets: ${root} is absent, skipped`);
    return null;
  }
  const sets = GOLD_SETS.filter((n) => fs.existsSync(path.join(root, n))).map((n) => scoreDataset(n, root));
  for (const set of sets) {
    const worst = [...set.pages].sort((a, b) => a.f1 - b.f1).slice(0, 10);
    console.log(`\n${set.name}: ${set.pages.length} pages  P ${pct(set.mean.precision)}  R ${pct(set.mean.recall)}  F1 ${pct(set.mean.f1)}`);
    console.log("  worst pages                          P      R     F1  stage");
    for (const p of worst) console.log(`  ${p.page.slice(0, 34).padEnd(34)} ${pct(p.precision)}  ${pct(p.recall)}  ${pct(p.f1)}  ${p.stage}`);
    const times = set.pages.map((p) => p.ms).sort((a, b) => a - b);
    console.log(`  extract time per page: median ${(times[Math.floor(times.length / 2)] ?? 0).toFixed(1)} ms`);
  }
  fs.mkdirSync(path.dirname(outFile), { recursive: true });
  const round = (x: number) => Math.round(x * 10_000) / 10_000;
  const json = Object.fromEntries(
    sets.map((s) => [
      s.name,
      {
        mean: { precision: round(s.mean.precision), recall: round(s.mean.recall), f1: round(s.mean.f1) },
        pages: Object.fromEntries(s.pages.map((p) => [p.page, { p: round(p.precision), r: round(p.recall), f1: round(p.f1), stage: p.stage }])),
      },
    ]),
  );
  fs.writeFileSync(outFile, `${JSON.stringify(json, null, 1)}\n`);
  console.log(`  per-page scores written to ${outFile}`);
  return sets;
}
