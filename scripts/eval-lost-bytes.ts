/**
 * `npx tsx scripts/eval-lost-bytes.ts [--set S]… [--variant V]… [--limit N] [--top N] [--pages F]`:
 * characters the lost-byte repair gets wrong, counted directly. Each gold text of the development
 * sets is garbled (UTF-8 shown as cp1252, its undefined bytes lost: "?", dropped or U+FFFD),
 * reversed with undoMojibake, and compared with the gold character by character (a mended text
 * keeps the gold's length; one that does not is counted as unaligned). Prints the wrong characters
 * per set and variant, kana and Han apart, then the most frequent confusions (gold>chosen). Body
 * F1 (scripts/eval-dumps.ts) moves by a tenth of a point for dozens of characters; this counts
 * each one. `--pages F` writes every page's count (JSON Lines) to compare two runs page by page.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import { z } from "zod";
import { goldPages, GOLD_SETS, DATASETS_DIR } from "../lib/eval/gold-datasets";
import { readGold } from "../lib/eval/dump-eval";
import { makeMojibake } from "../lib/eval/mojibake-variants";
import { undoMojibake } from "../lib/ingest/decode/undo-mojibake";

const LOST_BYTE_VARIANTS = ["utf8-as-cp1252-question", "utf8-as-cp1252-drop", "utf8-as-cp1252-replacement"] as const;

const Flags = z.object({
  set: z.array(z.enum(GOLD_SETS)).default([...GOLD_SETS]),
  variant: z.array(z.enum(LOST_BYTE_VARIANTS)).default(["utf8-as-cp1252-question", "utf8-as-cp1252-drop"]),
  limit: z.coerce.number().int().positive().optional(),
  top: z.coerce.number().int().nonnegative().default(40),
  pages: z.string().optional(),
});

function parseFlags(argv: string[]): z.infer<typeof Flags> {
  const { values } = parseArgs({
    args: argv,
    options: { set: { type: "string", multiple: true }, variant: { type: "string", multiple: true }, limit: { type: "string" }, top: { type: "string" }, pages: { type: "string" } },
    strict: true,
  });
  return Flags.parse(values);
}

const KANA = /^[\u3041-\u30FF]$/u;
const HAN = /^\p{Script=Han}$/u;

function main(): void {
  const flags = parseFlags(process.argv.slice(2));
  if (!fs.existsSync(DATASETS_DIR)) {
    console.log(`skipped: no datasets folder at ${DATASETS_DIR}`);
    return;
  }
  if (flags.pages) fs.writeFileSync(flags.pages, "");
  const confusions = new Map<string, number>();
  for (const set of flags.set) {
    const pages = goldPages(set).slice(0, flags.limit);
    for (const variant of flags.variant) {
      let wrong = 0;
      let kana = 0;
      let han = 0;
      let unaligned = 0;
      for (const page of pages) {
        const gold = [...readGold(page)];
        const undone = [...(undoMojibake(makeMojibake(gold.join(""), variant))?.text ?? "")];
        let own: number | null = 0;
        if (undone.length !== gold.length) {
          unaligned++;
          own = null;
        } else {
          for (let i = 0; i < gold.length; i++) {
            if (undone[i] === gold[i]) continue;
            own++;
            if (KANA.test(gold[i]!)) kana++;
            else if (HAN.test(gold[i]!)) han++;
            const key = `${gold[i]}>${undone[i]}`;
            confusions.set(key, (confusions.get(key) ?? 0) + 1);
          }
          wrong += own;
        }
        if (flags.pages) fs.appendFileSync(flags.pages, JSON.stringify({ set, variant, id: page.id, wrong: own }) + "\n");
      }
      console.log(`${set.padEnd(14)} ${variant.padEnd(27)} n=${pages.length}  wrong ${String(wrong).padStart(5)} (kana ${kana}, Han ${han})  unaligned ${unaligned}`);
    }
  }
  const top = [...confusions].sort((a, b) => b[1] - a[1]).slice(0, flags.top);
  if (top.length > 0) console.log(`\nmost frequent (gold>chosen): ${top.map(([k, n]) => `${k} ${n}`).join("  ")}`);
}

main();
