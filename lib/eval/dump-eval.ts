/**
 * Scores the real pipeline (decodeBytes + extractFile) on the gold development sets in three
 * forms: the HTML page, text dumps of it (w3m, lynx, html2text, as scrapers save them) and
 * mojibake variants of both. The dumps and variants are written under .scratch/ (git-ignored)
 * and reused; the dataset pages themselves are only read.
 */
import fs from "node:fs";
import path from "node:path";
import { extractFile } from "../ingest/extract-file";
import { bodyScore, type Prf } from "./score";
import type { GoldPage } from "./gold-datasets";
import { declareUtf8, dumpPage, type Dumper } from "./dumpers";
import { makeMojibake, type MojibakeVariant } from "./mojibake-variants";

export interface PageScore {
  page: GoldPage;
  /** "html", a dumper's name, or "<form>:<variant>" for mojibake. */
  form: string;
  score: Prf;
  ms: number;
}

function writeIfAbsent(file: string, make: () => string | null): string | null {
  if (fs.existsSync(file)) return fs.readFileSync(file, "utf8");
  const text = make();
  if (text === null) return null;
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, text);
  return text;
}

/** Body score of the pipeline on `bytes` saved under `name` (its extension picks HTML or text). */
export function scoreBytes(page: GoldPage, form: string, bytes: Uint8Array, name: string, gold: string): PageScore {
  const t0 = performance.now();
  let body = "";
  try {
    body = extractFile(bytes, name).article.body;
  } catch {
    // A file the pipeline refuses has no output, which scores 0 like any empty extraction.
  }
  return { page, form, score: bodyScore(body, gold), ms: performance.now() - t0 };
}

export const readGold = (page: GoldPage) => fs.readFileSync(page.goldFile, "utf8");

/** The dump of a page by one tool, made once into `scratch` (from a UTF-8-declared copy). */
export function pageDump(page: GoldPage, dumper: Dumper, scratch: string): string | null {
  const out = path.join(scratch, "dumps", dumper.name, page.set, `${page.id}.txt`);
  return writeIfAbsent(out, () => {
    const copy = path.join(scratch, "utf8-pages", page.set, `${page.id}.html`);
    writeIfAbsent(copy, () => declareUtf8(fs.readFileSync(page.htmlFile, "utf8")));
    return dumpPage(dumper, copy);
  });
}

/** A mojibake variant of a page's text saved as the scraper would: a UTF-8 file of the garbled text. */
export function mojibakeFile(page: GoldPage, form: string, text: string, variant: MojibakeVariant, ext: string, scratch: string): string {
  const out = path.join(scratch, "mojibake", variant, form, page.set, `${page.id}.${ext}`);
  writeIfAbsent(out, () => makeMojibake(text, variant));
  return out;
}
