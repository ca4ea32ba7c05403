/**
 * The running text the Han generators (gen-han-pair-counts.ts, gen-han-running-pairs.ts) count
 * pairs in: the visible text of every page and text file under the given folders (a fixture's
 * source.html or source.txt, a dev page), read as the project reads a file (decodeBytes).
 *
 * Left out, so the counts describe clean Chinese and nothing of the evaluation sets:
 * - a file the decoder had to un-garble (its reason names a reversal) or that still holds damage
 *   (U+FFFD, a "?" between Han characters, runs of Latin-1 letters a garbled page leaves);
 * - every line that shares a 12-character Han run with the pages or gold of `exclude`
 *   (../shared/datasets): those are only read to be kept out;
 * - a line seen before (fixtures copy dev pages, sites repeat their menus): each distinct line once.
 */
import fs from "node:fs";
import path from "node:path";
import { decodeBytes } from "../lib/ingest/decode/decode-bytes";

export interface RunningText {
  lines: string[];
  files: number;
  skipped: { file: string; why: string }[];
  excludedLines: number;
}

const SOURCE = /\.(html?|txt)$/i;
/** What a decoder that reversed mojibake says it did (undo-mojibake.ts's reasons). */
const REVERSED = /shown as|garbled|mojibake/i;
const DAMAGE = /\uFFFD|\p{Script=Han}\?+\p{Script=Han}|[ÃÂåæçèéä][\u0080-\u00BF\u0152-\u2122]/u;
const SHINGLE = 12;
/** More damaged lines than this and a file is taken for a garbled one. */
const MAX_DAMAGED_LINES = 3;

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (SOURCE.test(e.name)) out.push(p);
  }
  return out;
}

function visibleText(text: string, file: string): string {
  if (!/\.html?$/i.test(file)) return text;
  return text
    .replace(/<(script|style|textarea)\b[\s\S]*?<\/\1>/gi, "\n")
    .replace(/<!--[\s\S]*?-->/g, "\n")
    .replace(/<\/?(p|div|br|li|h[1-6]|tr|td|section|article)\b[^>]*>/gi, "\n")
    .replace(/<[^>]*>/g, " ")
    .replace(/&nbsp;/g, " ");
}

/** Han runs of `SHINGLE` characters, as a set (one per start). */
function shingles(text: string, into: Set<string>): void {
  for (const run of text.match(/\p{Script=Han}{12,}/gu) ?? []) {
    const cs = [...run];
    for (let i = 0; i + SHINGLE <= cs.length; i++) into.add(cs.slice(i, i + SHINGLE).join(""));
  }
}

function overlaps(line: string, ex: Set<string>): boolean {
  for (const run of line.match(/\p{Script=Han}{12,}/gu) ?? []) {
    const cs = [...run];
    for (let i = 0; i + SHINGLE <= cs.length; i++) if (ex.has(cs.slice(i, i + SHINGLE).join(""))) return true;
  }
  return false;
}

export function readRunningText(dirs: string[], exclude: string | undefined): RunningText {
  const ex = new Set<string>();
  if (exclude) for (const f of listFiles(exclude)) shingles(visibleText(fs.readFileSync(f, "utf8"), f), ex);
  const seen = new Set<string>();
  const lines: string[] = [];
  const skipped: { file: string; why: string }[] = [];
  let files = 0;
  let excludedLines = 0;
  for (const dir of dirs) {
    for (const file of listFiles(dir)) {
      let text: string;
      try {
        const d = decodeBytes(fs.readFileSync(file), path.basename(file));
        if (REVERSED.test(d.encodingReason)) {
          skipped.push({ file, why: d.encodingReason });
          continue;
        }
        text = visibleText(d.text, file);
      } catch (e) {
        skipped.push({ file, why: String(e) });
        continue;
      }
      const all = text.split("\n").map((l) => l.trim()).filter((l) => /\p{Script=Han}{2}/u.test(l));
      const damaged = all.filter((l) => DAMAGE.test(l));
      // A page garbled throughout is left out whole; a stray "?" in a menu only costs its line.
      if (damaged.length > MAX_DAMAGED_LINES) {
        skipped.push({ file, why: `damaged: ${damaged.length} lines, e.g. ${JSON.stringify(damaged[0]!.match(DAMAGE)![0])}` });
        continue;
      }
      files++;
      for (const line of all) {
        if (seen.has(line) || DAMAGE.test(line)) continue;
        seen.add(line);
        if (overlaps(line, ex)) {
          excludedLines++;
          continue;
        }
        lines.push(line);
      }
    }
  }
  return { lines, files, skipped, excludedLines };
}
