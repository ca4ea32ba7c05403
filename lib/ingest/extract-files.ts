/**
 * The loop behind `npm run extract`: each file through the cleaning pipeline, one JSON object per
 * file (JSON Lines) handed to `write`. A file that is a near-duplicate of an earlier one carries
 * duplicateOf; companies, people (with roles) and products come last. A file that cannot be read
 * or decoded gives {file, error}. Returns the number of such failures.
 */
import fs from "node:fs";
import { extractFile } from "./extract-file";
import { findNearDuplicate, keyBits, simhash, type KeyBits } from "./near-duplicate";
import { toExtractJson } from "./extract-json";
import { extractEntities } from "./entities/extract-entities";
import { entityInputFromArticle } from "./entities/from-article";

export function extractFiles(files: readonly string[], write: (line: string) => void): number {
  const seen: { bits: KeyBits; ref: string }[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const { article } = extractFile(fs.readFileSync(file), file);
      const key = simhash(article.body);
      const duplicateOf = article.body ? findNearDuplicate(key, seen) : null;
      seen.push({ bits: keyBits(key), ref: file });
      write(`${JSON.stringify(toExtractJson(article, duplicateOf, extractEntities(entityInputFromArticle(article))))}\n`);
    } catch (err) {
      failed++;
      write(`${JSON.stringify({ file, error: err instanceof Error ? err.message : String(err) })}\n`);
    }
  }
  return failed;
}
