/**
 * `npm run eval`: scores the extractor against the hand-labelled gold in tests/fixtures/gold/
 * and prints per-document and mean figures (body P/R/F1, title, date, source, bylines), then
 * entity precision/recall per document against tests/fixtures/entities-gold.json.
 */
import fs from "node:fs";
import { z } from "zod";
import { extractFile } from "../lib/ingest/extract-file";
import { bodyScore, mean, namesPresent, sameDay, titleMatches } from "../lib/eval/score";
import { removePinyinAnnotations } from "../lib/ingest/repair/pinyin";
import { printEntityScores } from "../lib/eval/entities";
import { printDatasetScores } from "../lib/eval/datasets";
import { printFixtureReport } from "../lib/eval/fixture-pages";

const Flags = z.object({ recordFixtures: z.boolean(), datasets: z.boolean(), roles: z.boolean() });
const flags = Flags.parse({
  recordFixtures: process.argv.includes("--record-fixtures"),
  datasets: process.argv.includes("--datasets"),
  roles: process.argv.includes("--roles"),
});

const Gold = z.object({
  docs: z.array(
    z.object({
      file: z.string(),
      title: z.string(),
      date: z.string().nullable(),
      source: z.string().nullable(),
      people: z.object({ reporters: z.array(z.string()), editors: z.array(z.string()), authors: z.array(z.string()) }),
      body: z.object({ from: z.number().int(), to: z.number().int(), exclude: z.array(z.number().int()) }),
    }),
  ),
});

function goldBody(file: string, spec: { from: number; to: number; exclude: number[] }): string {
  const lines = fs.readFileSync(file, "utf8").split("\n");
  return lines
    .slice(spec.from - 1, spec.to)
    .filter((_, i) => !spec.exclude.includes(spec.from + i))
    .map((l) => removePinyinAnnotations(l, 0).text)
    .join("\n");
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);

function main(): void {
  const gold = Gold.parse(JSON.parse(fs.readFileSync("tests/fixtures/gold/seeds.json", "utf8")));
  const rows = gold.docs.map((g) => {
    const a = extractFile(fs.readFileSync(g.file), g.file).article;
    const body = bodyScore(a.body, goldBody(g.file, g.body));
    return {
      file: g.file.split("/").pop()!,
      body,
      title: titleMatches(a.title, g.title),
      date: sameDay(a.publishedAt, g.date),
      source: g.source === null ? true : namesPresent([a.source, a.originalPublisher], [g.source]),
      people:
        namesPresent(a.reporters, g.people.reporters) && namesPresent(a.editors, g.people.editors) && namesPresent(a.authors, g.people.authors),
    };
  });
  console.log("file                         body P   body R  body F1  title  date  source  people");
  for (const r of rows) {
    console.log(
      `${r.file.padEnd(28)} ${pct(r.body.precision)}  ${pct(r.body.recall)}  ${pct(r.body.f1)}    ${r.title ? "✓" : "✗"}     ${r.date ? "✓" : "✗"}     ${r.source ? "✓" : "✗"}      ${r.people ? "✓" : "✗"}`,
    );
  }
  const share = (k: "title" | "date" | "source" | "people") => pct(mean(rows.map((r) => (r[k] ? 1 : 0))));
  console.log(
    `${"mean".padEnd(28)} ${pct(mean(rows.map((r) => r.body.precision)))}  ${pct(mean(rows.map((r) => r.body.recall)))}  ${pct(mean(rows.map((r) => r.body.f1)))}  ${share("title")} ${share("date")}  ${share("source")}  ${share("people")}`,
  );
  printEntityScores({ roles: flags.roles });
  printFixtureReport({ record: flags.recordFixtures });
  // The development sets (../shared/datasets) take ~10 s more: `npm run eval -- --datasets`.
  if (flags.datasets) printDatasetScores();
}

main();
