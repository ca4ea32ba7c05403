/**
 * A filled benchmark database at `file`: made (migrated, filled with `count` synthetic articles
 * written from the seed pages' paragraphs) when it does not exist, else migrated and reused.
 */
import fs from "node:fs";
import path from "node:path";
import { extractFile } from "../ingest/extract-file";
import { migrateDatabase } from "../data/migrate";
import { openSqlite } from "../data/sqlite";
import { fillBenchDb } from "./fill-bench-db";

/** Paragraphs of the pages in seeds/, the text synthetic articles are written from. */
export function seedParagraphs(): string[] {
  return fs
    .readdirSync("seeds")
    .flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs)
    .filter((p) => p.length > 20);
}

export function ensureBenchDb(file: string, count: number): void {
  const url = `file:${file}`;
  if (fs.existsSync(file)) {
    migrateDatabase(url);
    console.log(`reusing ${file}`);
    return;
  }
  migrateDatabase(url);
  const conn = openSqlite(url);
  const filled = fillBenchDb(conn, { count, paragraphs: seedParagraphs(), onProgress: (d) => d % 20_000 === 0 && console.log(`  filled ${d}`) });
  conn.close();
  console.log(`filled ${filled.articles} articles, ${filled.companies} companies, ${filled.people} people in ${filled.seconds.toFixed(0)} s; ${(fs.statSync(file).size / 1048576).toFixed(0)} MiB`);
}
