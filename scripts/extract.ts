/**
 * CLI: runs the cleaning pipeline on files and prints one JSON object per file (JSON Lines),
 * without a database. `npm run extract -- seeds/*.txt`. A file that is a near-duplicate of an
 * earlier one carries duplicateOf; companies, people (with roles) and products come last. A file that cannot be read or decoded prints {file, error}.
 */
import fs from "node:fs";
import v8 from "node:v8";
import { z } from "zod";
import { extractFile } from "../lib/ingest/extract-file";
import { findNearDuplicate, keyBits, simhash, type KeyBits } from "../lib/ingest/near-duplicate";
import { toExtractJson } from "../lib/ingest/extract-json";
import { extractEntities } from "../lib/ingest/entities/extract-entities";
import { entityInputFromArticle } from "../lib/ingest/entities/from-article";

const Files = z.array(z.string().min(1)).min(1, "usage: npm run extract -- <files...>");

function main(): number {
  const files = Files.parse(process.argv.slice(2).filter((a) => a !== "--"));
  const seen: { bits: KeyBits; ref: string }[] = [];
  let failed = 0;
  for (const file of files) {
    try {
      const { article } = extractFile(fs.readFileSync(file), file);
      const key = simhash(article.body);
      const duplicateOf = article.body ? findNearDuplicate(key, seen) : null;
      seen.push({ bits: keyBits(key), ref: file });
      process.stdout.write(`${JSON.stringify(toExtractJson(article, duplicateOf, extractEntities(entityInputFromArticle(article))))}\n`);
    } catch (err) {
      failed++;
      process.stdout.write(`${JSON.stringify({ file, error: err instanceof Error ? err.message : String(err) })}\n`);
    }
  }
  return failed > 0 ? 1 : 0;
}

/** The whole run. Exported for lib/build/snapshot-entry.mjs, which calls it when started from a snapshot. */
export function run(): never {
  try {
    process.exit(main());
  } catch (err) {
    console.error(err instanceof z.ZodError ? err.issues.map((i) => i.message).join("; ") : err);
    process.exit(2);
  }
}

// While a start-up snapshot is built, only the modules load; the snapshot's main function runs it.
if (!v8.startupSnapshot.isBuildingSnapshot()) run();
