/**
 * `npx tsx scripts/eval-dumps.ts [--set S]… [--dumper D]… [--limit N] [--no-mojibake] [--scores F]`: body
 * P/R/F1 of the text path on w3m/lynx/html2text dumps of the gold development sets, beside the
 * HTML path's F1 on the same pages, the ten worst dump pages, and F1 of the clean page against
 * each mojibake variant (HTML and dump). Skips with a notice when the datasets or a dumper are
 * missing. Dumps and variants go to .scratch/ (git-ignored).
 */
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { goldPages, GOLD_SETS, DATASETS_DIR, type GoldPage } from "../lib/eval/gold-datasets";
import { DUMPERS, dumperAvailable } from "../lib/eval/dumpers";
import { mojibakeFile, pageDump, readGold, scoreBytes, type PageScore } from "../lib/eval/dump-eval";
import { MOJIBAKE_VARIANTS } from "../lib/eval/mojibake-variants";
import { mean } from "../lib/eval/score";

const Flags = z.object({
  set: z.array(z.enum(GOLD_SETS)).default([...GOLD_SETS]),
  dumper: z.array(z.string()).default(DUMPERS.map((d) => d.name)),
  limit: z.coerce.number().int().positive().optional(),
  mojibake: z.boolean().default(true),
  /** Write every page's scores (JSON Lines) here, to compare two runs page by page. */
  scores: z.string().optional(),
});

function parseFlags(argv: string[]): z.infer<typeof Flags> {
  const { values } = parseArgs({
    args: argv,
    options: { set: { type: "string", multiple: true }, dumper: { type: "string", multiple: true }, limit: { type: "string" }, scores: { type: "string" }, "no-mojibake": { type: "boolean" } },
    strict: true,
  });
  return Flags.parse({ set: values.set, dumper: values.dumper, limit: values.limit, scores: values.scores, mojibake: values["no-mojibake"] ? false : undefined });
}

const pct = (x: number) => (100 * x).toFixed(1).padStart(5);
const SCRATCH = path.resolve(".scratch/eval-dumps");

let scoresFile: string | undefined;

function summary(label: string, rows: PageScore[], html?: Map<string, PageScore>): void {
  if (scoresFile) fs.appendFileSync(scoresFile, rows.map((r) => JSON.stringify({ set: r.page.set, id: r.page.id, form: r.form, ...r.score }) + "\n").join(""));
  const f = (k: "precision" | "recall" | "f1") => pct(mean(rows.map((r) => r.score[k])));
  const htmlF1 = html ? `   html F1 ${pct(mean(rows.map((r) => html.get(r.page.id)!.score.f1)))}` : "";
  console.log(`${label.padEnd(34)} n=${String(rows.length).padStart(3)}  P ${f("precision")}  R ${f("recall")}  F1 ${f("f1")}${htmlF1}  ${mean(rows.map((r) => r.ms)).toFixed(1)} ms/page`);
}

function main(): void {
  const flags = parseFlags(process.argv.slice(2));
  scoresFile = flags.scores;
  if (scoresFile) fs.writeFileSync(scoresFile, "");
  if (!fs.existsSync(DATASETS_DIR)) {
    console.log(`skipped: no datasets folder at ${DATASETS_DIR}`);
    return;
  }
  const dumpers = DUMPERS.filter((d) => flags.dumper.includes(d.name)).filter((d) => {
    const ok = dumperAvailable(d);
    if (!ok) console.log(`skipped dumper ${d.name}: not installed (apt-get install -y ${d.command})`);
    return ok;
  });
  for (const set of flags.set) {
    const pages: GoldPage[] = goldPages(set).slice(0, flags.limit);
    if (pages.length === 0) {
      console.log(`skipped ${set}: no pages with gold under ${DATASETS_DIR}`);
      continue;
    }
    console.log(`\n== ${set}: ${pages.length} pages`);
    const golds = new Map(pages.map((p) => [p.id, readGold(p)]));
    const html = new Map(pages.map((p) => [p.id, scoreBytes(p, "html", fs.readFileSync(p.htmlFile), `${p.id}.html`, golds.get(p.id)!)]));
    summary("html", [...html.values()]);
    for (const d of dumpers) {
      const rows = pages.flatMap((p) => {
        const dump = pageDump(p, d, SCRATCH);
        return dump === null ? [] : [scoreBytes(p, d.name, Buffer.from(dump, "utf8"), `${p.id}.txt`, golds.get(p.id)!)];
      });
      summary(`dump ${d.name}`, rows, html);
      const worst = [...rows].sort((a, b) => a.score.f1 - b.score.f1).slice(0, 10);
      for (const w of worst) {
        console.log(`   worst  F1 ${pct(w.score.f1)} (P ${pct(w.score.precision)} R ${pct(w.score.recall)})  html ${pct(html.get(w.page.id)!.score.f1)}  ${w.page.id.slice(0, 60)}`);
      }
    }
    if (!flags.mojibake) continue;
    const dumpForm = dumpers[0];
    for (const variant of MOJIBAKE_VARIANTS) {
      const htmlRows = pages.map((p) => {
        const file = mojibakeFile(p, "html", fs.readFileSync(p.htmlFile, "utf8"), variant, "html", SCRATCH);
        return scoreBytes(p, `html:${variant}`, fs.readFileSync(file), path.basename(file), golds.get(p.id)!);
      });
      summary(`html  ${variant}`, htmlRows, html);
      if (!dumpForm) continue;
      const cleanDump = new Map<string, PageScore>();
      const dumpRows = pages.flatMap((p) => {
        const dump = pageDump(p, dumpForm, SCRATCH);
        if (dump === null) return [];
        cleanDump.set(p.id, scoreBytes(p, dumpForm.name, Buffer.from(dump, "utf8"), `${p.id}.txt`, golds.get(p.id)!));
        const file = mojibakeFile(p, dumpForm.name, dump, variant, "txt", SCRATCH);
        return [scoreBytes(p, `${dumpForm.name}:${variant}`, fs.readFileSync(file), path.basename(file), golds.get(p.id)!)];
      });
      const clean = mean(dumpRows.map((r) => cleanDump.get(r.page.id)!.score.f1));
      summary(`${dumpForm.name} ${variant}`, dumpRows);
      console.log(`${"".padEnd(34)} clean ${dumpForm.name} F1 ${pct(clean)}`);
    }
  }
}

main();
