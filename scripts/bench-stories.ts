/**
 * What stories, multi-picks and trends cost at scale, measured on the listing snapshot of a
 * synthetic database (default 100,000 articles, every eighth a second report of a story; see
 * lib/bench/fill-bench-db.ts), all in one run and interleaved, medians of --runs:
 * - the snapshot build with and without the story table (the first read after any write pays it);
 * - per list query, the uncached cost of finding the matching articles alone (ungrouped) and with
 *   one row per story (grouped), for the filters bench:web uses and for two companies all/any;
 * - the trends page's computation;
 * - the importer's side: the MinHash signature of a body and its story lookup among N signatures.
 * `npx tsx scripts/bench-stories.ts [--count 100000] [--runs 30] [--db /tmp/x.db]`
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { extractFile } from "../lib/ingest/extract-file";
import { migrateDatabase } from "../lib/data/migrate";
import { openSqlite } from "../lib/data/sqlite";
import { fillBenchDb } from "../lib/bench/fill-bench-db";
import { BENCH_COMPANIES, BENCH_SOURCES } from "../lib/bench/synthetic-articles";
import { loadSnapshot } from "../lib/data/listing-index/load-snapshot";
import { buildSnapshot, type ListingSnapshot } from "../lib/data/listing-index/snapshot";
import { matchRanks } from "../lib/data/listing-index/match";
import { storyLeads } from "../lib/data/listing-index/stories";
import type { WhereFilters } from "../lib/data/articles/article-where";
import { computeTrends } from "../lib/data/trends/trends";
import { storySignature, StoryIndex } from "../lib/ingest/story-signature";

const Flags = z.object({
  count: z.coerce.number().int().positive().default(100_000),
  runs: z.coerce.number().int().min(3).max(1000).default(30),
  db: z.string().min(1).optional(),
});

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (x: number) => `${x.toFixed(x < 1 ? 3 : 1)} ms`;

function time(fn: () => unknown): number {
  const t = performance.now();
  fn();
  return performance.now() - t;
}

function main() {
  const { values } = parseArgs({ options: { count: { type: "string" }, runs: { type: "string" }, db: { type: "string" } }, strict: true });
  const flags = Flags.parse(values);
  const file = flags.db ?? path.join(fs.mkdtempSync(path.join(os.tmpdir(), "bench-stories-")), "bench.db");
  const url = `file:${file}`;
  const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
  if (!fs.existsSync(file) || fs.statSync(file).size === 0) {
    migrateDatabase(url);
    const conn = openSqlite(url);
    const r = fillBenchDb(conn, { count: flags.count, paragraphs, seed: 3 });
    conn.close();
    console.log(`filled ${r.articles} articles in ${r.seconds.toFixed(1)} s (${file})`);
  }
  const conn = openSqlite(url);

  // 1. Snapshot build, with and without stories, interleaved.
  const withStories: number[] = [];
  const without: number[] = [];
  let s!: ListingSnapshot;
  for (let i = 0; i < 5; i++) {
    withStories.push(time(() => (s = loadSnapshot(conn, () => null))));
    without.push(
      time(() => {
        const rows = conn.transaction(() => ({
          articles: conn.prepare(`SELECT "id", "publishedAt", "publishedLocal", "source", "script" FROM "Article" INDEXED BY "Article_join_cover_idx" WHERE "missingSince" IS NULL`).all(),
          companyMentions: conn.prepare(`SELECT "articleId", "companyId" AS "entityId", "about", "count" FROM "CompanyMention"`).all(),
          personMentions: conn.prepare(`SELECT "articleId", "personId" AS "entityId", "about", "count" FROM "PersonMention"`).all(),
          companies: conn.prepare(`SELECT "id", "slug", "name", "status" FROM "Company"`).all(),
          people: conn.prepare(`SELECT "id", "slug", "name", "status" FROM "Person"`).all(),
        }))() as Omit<Parameters<typeof buildSnapshot>[0], "generation">;
        buildSnapshot({ generation: null, ...rows });
      }),
    );
  }
  const storiesOf = s.stories.offsets.length - 1;
  console.log(`\n${s.size} articles in ${storiesOf} stories (${s.size - storiesOf} articles are second reports)`);
  console.log(`snapshot build   with stories ${ms(median(withStories))}   without ${ms(median(without))}   ratio ${(median(withStories) / median(without)).toFixed(2)}`);

  // 2. Matching articles, ungrouped vs grouped, per filter set (uncached: straight calls).
  const [a, b] = [BENCH_COMPANIES[0]!.slug, BENCH_COMPANIES[1]!.slug];
  const sets: [string, Partial<WhereFilters>][] = [
    ["no filter", {}],
    ["company", { company: a }],
    ["company + source", { company: a, source: BENCH_SOURCES[0]! }],
    ["two companies, all", { company: [a, b] }],
    ["two companies, any", { company: [a, b], match: "any" }],
  ];
  console.log(`\nper list query, median of ${flags.runs} (matching articles only; rows are read the same way either way;`);
  console.log(`the unfiltered grouped list is computed once per snapshot, so its figure is the cached one):`);
  for (const [name, f] of sets) {
    const off: number[] = [];
    const on: number[] = [];
    let rows = 0;
    let n = 0;
    // Warm-up: the JIT's first passes are not what a running server pays.
    for (let i = 0; i < 5; i++) storyLeads(s, matchRanks(s, f));
    for (let i = 0; i < flags.runs; i++) {
      off.push(time(() => (n = matchRanks(s, f).length)));
      on.push(time(() => (rows = storyLeads(s, matchRanks(s, f)).length)));
    }
    console.log(`  ${name.padEnd(20)} ${String(n).padStart(6)} articles → ${String(rows).padStart(6)} rows   ungrouped ${ms(median(off))}   grouped ${ms(median(on))}`);
  }

  // 3. Trends.
  const trends: number[] = [];
  for (let i = 0; i < Math.min(flags.runs, 10); i++) trends.push(time(() => computeTrends(s, undefined, Date.now())));
  console.log(`\ntrends page computation: ${ms(median(trends))}`);

  // 4. Import side: signature per body, and story lookups among as many signatures as articles.
  const bodies = conn.prepare(`SELECT "body" FROM "Article" ORDER BY "id" LIMIT 2000`).all() as { body: string }[];
  const sigTimes: number[] = [];
  const sigs = bodies.map((r) => {
    const t = performance.now();
    const sig = storySignature(r.body);
    sigTimes.push(performance.now() - t);
    return sig;
  });
  // The index is filled with as many signatures as articles, each a scrambled copy of a real one
  // (synthetic bodies reuse the seeds' paragraphs, so unscrambled they would all be one story).
  const valid = sigs.filter((x): x is Uint32Array => x !== null);
  const stored = Array.from({ length: s.size }, (_, i) => {
    const sig = valid[i % valid.length]!;
    return { articleId: i + 1, story: i + 1, sig: sig.map((v: number, k: number) => (v === 0xffffffff ? v : (v ^ Math.imul(i + 1, 0x9e3779b1 + k)) >>> 6)) };
  });
  const rss0 = process.memoryUsage().rss;
  const t0 = performance.now();
  const index = StoryIndex.load(stored);
  const loadMs = performance.now() - t0;
  const rss1 = process.memoryUsage().rss;
  const lookups: number[] = [];
  for (const sig of sigs.slice(0, 500)) if (sig) lookups.push(time(() => index.find(sig)));
  console.log(
    `\nimport: signature ${ms(median(sigTimes))} per body (median of ${sigTimes.length}); ${s.size} signatures loaded into the story index in ${ms(loadMs)}, +${Math.round((rss1 - rss0) / 1e6)} MB RSS; a story lookup ${ms(median(lookups))}`,
  );
  conn.close();
}

main();
