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

/**
 * Runs one small made-up page through the whole pipeline and drops the result. Called only while
 * a start-up snapshot is built (lib/build/snapshot-entry.mjs), so the tables that are built at
 * first use (OpenCC's dictionaries, the gazetteer's tries, character tables) and the functions
 * the first page compiles are in the snapshot instead of being built again at every start.
 */
export function warm(): void {
  const page = "<html><head><title>智谱发布新一代大模型_科技频道</title></head><body><div class=\"nav\"><a href=\"/\">首页</a></div><h1>智谱发布新一代大模型</h1><div class=\"info\">2024年1月2日 09:30 来源：新华网 记者 张三</div><div class=\"content\"><p>本報北京1月2日電 北京智谱华章科技有限公司首席执行官张鹏表示，公司將發布新一代大模型GLM-5。</p><p>百度、阿里巴巴和月之暗面等公司也在加快推出人工智能产品。</p></div></body></html>";
  const { article } = extractFile(Buffer.from(page), "warm.html");
  JSON.stringify(toExtractJson(article, null, extractEntities(entityInputFromArticle(article))));
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
