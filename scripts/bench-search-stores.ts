/**
 * `npx tsx scripts/bench-search-stores.ts --to postgres://…/empty_db [--count N] [--runs R]`:
 * the same synthetic corpus (lib/bench/fill-bench-db.ts) in a SQLite file and, through
 * db:copy, in PostgreSQL; then each kind of search, uncached (QUERY_CACHE=off), R times on each
 * store, interleaved: median ms per kind side by side and their ratio; last, EXPLAIN ANALYZE of
 * the slowest PostgreSQL statement of the kind with the most database time (the sum of its
 * statements' times, printed as "PG db") and, per kind, the server's own time for the same
 * statements (the sum of their EXPLAIN ANALYZE execution times, each the median of R explains,
 * "PG exec": no round trips, no client; "PG first" is the database time of the kind's very first search in the process, its statements' first parse and plan). Kinds whose PG exec
 * is above the 10 ms are marked. `--from file.db` keeps the SQLite file (filled
 * there when it does not exist yet, reused as it is when it does), and a PostgreSQL database whose index already holds its articles
 * is not copied again (an interrupted copy resumes): a second look at 100,000 articles costs the searches only.
 * `--dump file.jsonl` writes each kind's PostgreSQL statements (text and values, one kind a line),
 * for scripts/compare-search-statements.ts to time against another database or code version.
 * `--as-is` searches PostgreSQL as it is, without copying what it lacks (a copy still running elsewhere).
 */
process.env.QUERY_CACHE = "off";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { extractFile } from "../lib/ingest/extract-file";
import { migrateDatabase } from "../lib/data/migrate";
import { openSqlite } from "../lib/data/sqlite";
import { fillBenchDb } from "../lib/bench/fill-bench-db";
import { copySqliteToPostgres } from "../lib/data/copy/sqlite-to-postgres";
import { pgPool } from "../lib/data/pg-pool";
import { searchEverything } from "../lib/data/search/search";
import { createDb } from "../lib/db";
import { POSTGRES_URL } from "../lib/store-kind";

const Flags = z.object({
  to: z.string().regex(POSTGRES_URL, "--to must be a PostgreSQL URL of an empty database"),
  count: z.coerce.number().int().min(100).max(1_000_000).default(20_000),
  runs: z.coerce.number().int().min(1).max(50).default(5),
  from: z.string().optional(),
  dump: z.string().optional(),
  "as-is": z.boolean().default(false),
});

// Every kind of query the search box takes (issue 18's "slowest query kind" is over these).
const KINDS: [string, string][] = [
  ["two-character name", "百度"],
  ["two-character word", "融资"],
  ["common word", "大模型"],
  ["very common term", "模型"],
  ["lone character", "华"],
  ["very common character", "的"],
  ["longer phrase", "新一代大模型"],
  ["pinyin", "likaifu"],
  ["quoted phrase", "\"发布了新一代大模型\""],
  ["quoted, no hit", "\"发布了新模型\""],
  ["no hit", "鲸鱼歌声"],
  ["word minus word", "模型 -百度"],
  ["company filter", "company:百度"],
  ["company filter + word", "company:百度 发布"],
  ["rare company + word", "company:澜舟科技 模型"],
  ["person filter", "person:李开复"],
  ["person filter + word", "person:李开复 融资"],
  ["source filter", "source:雷锋网"],
  ["source filter + word", "source:雷锋网 大模型"],
  ["date range", "after:2024-01-01 before:2024-06-30"],
  ["date range + word", "after:2024-01-01 before:2024-06-30 模型"],
  ["OR", "智谱 OR 月之暗面"],
];

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { to: { type: "string" }, from: { type: "string" }, count: { type: "string" }, runs: { type: "string" }, dump: { type: "string" }, "as-is": { type: "boolean" } }, strict: true });
  const flags = Flags.parse(values);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-search-"));
  const lite = `file:${flags.from ? path.resolve(flags.from) : path.join(work, "bench.db")}`;
  if (!flags.from || !fs.existsSync(path.resolve(flags.from))) {
    migrateDatabase(lite);
    const paragraphs = fs.readdirSync("seeds").flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs).filter((p) => p.length > 20);
    const conn = openSqlite(lite);
    const filled = fillBenchDb(conn, { count: flags.count, paragraphs });
    conn.close();
    console.log(`SQLite: ${filled.articles} articles in ${filled.seconds.toFixed(0)} s`);
  }
  let t = performance.now();
  const counter = openSqlite(lite);
  const liteCount = (counter.prepare(`SELECT count(*) AS n FROM "Article"`).get() as { n: number }).n;
  counter.close();
  const pgCount = await pgPool(flags.to).query<{ n: string }>(`SELECT count(*) AS n FROM "SearchIndexState"`).then((r) => Number(r.rows[0]?.n), () => 0);
  if (pgCount === liteCount) console.log(`PostgreSQL: already holds and indexes the ${liteCount} articles`);
  else if (flags["as-is"]) console.log(`PostgreSQL: searched as it is (--as-is), ${pgCount} of ${liteCount} articles indexed`);
  else {
    const copied = await copySqliteToPostgres({ from: lite, to: flags.to, batch: 500 });
    console.log(`PostgreSQL: copied and indexed ${copied.indexed} articles in ${((performance.now() - t) / 1000).toFixed(0)} s (counts ${copied.ok ? "equal" : "DIFFER"})`);
  }
  const pool = pgPool(flags.to);
  await pool.query("VACUUM ANALYZE");

  const stores = { sqlite: createDb(lite), postgres: createDb(flags.to) };
  const urls = { sqlite: lite, postgres: flags.to };
  // The PostgreSQL statements of the last search, to explain the slowest.
  const seen: { text: string; values: unknown[]; ms: number }[] = [];
  const query = pool.query.bind(pool) as (c: { text: string; values: unknown[] }) => Promise<unknown>;
  (pool as unknown as { query: typeof query }).query = async (c) => {
    const s = performance.now();
    const r = await query(c);
    if (typeof c === "object" && c && "text" in c) seen.push({ text: c.text, values: c.values, ms: performance.now() - s });
    return r;
  };
  type Statement = { text: string; values: unknown[]; ms: number };
  const explain = async (st: Statement) =>
    ((await query({ text: `EXPLAIN (ANALYZE, BUFFERS) ${st.text}`, values: st.values })) as { rows: { "QUERY PLAN": string }[] }).rows.map((r) => r["QUERY PLAN"]);
  const execMs = (plan: string[]) => Number(/Execution Time: ([\d.]+)/.exec(plan.at(-1) ?? "")?.[1] ?? NaN);
  const results: { kind: string; q: string; sqlite: number; postgres: number; pgDb: number; pgFirst: number; pgExec: number; statements: number; hits: number; slowest?: Statement; slowestPlan?: string[] }[] = [];
  for (const [kind, q] of KINDS) {
    const times = { sqlite: [] as number[], postgres: [] as number[] };
    // PostgreSQL's database time: the search's statements, each timed from send to rows back.
    const pgDb: number[] = [];
    // The very first search of the kind in this process (its statements' first parse and plan).
    let pgFirst = 0;
    let statements = 0;
    let hits = 0;
    let slowest: Statement | undefined;
    let last: Statement[] = [];
    for (let i = 0; i < flags.runs + 1; i++) {
      for (const store of ["sqlite", "postgres"] as const) {
        seen.length = 0;
        t = performance.now();
        const r = await searchEverything({ q, sort: "relevance" }, { db: stores[store], url: urls[store] });
        const ms = performance.now() - t;
        if (i > 0) times[store].push(ms); // the first round warms each store's statements
        if (store === "sqlite") hits = r.articles.total;
        else {
          const db = seen.reduce((sum, x) => sum + x.ms, 0);
          if (i > 0) pgDb.push(db);
          else pgFirst = db;
          statements = seen.length;
          last = [...seen];
        }
      }
    }
    // The server's time for the last run's statements, each explained (and so run) once more.
    let pgExec = 0;
    let slowestPlan: string[] | undefined;
    let slowestExec = -1;
    for (const st of last) {
      // A plan asked for (search.ts asks PostgreSQL's estimate of a word's matches) is not run
      // again: its time from send to rows back counts.
      if (/^EXPLAIN\b/.test(st.text)) {
        pgExec += st.ms;
        continue;
      }
      // Each explained `runs` times, its median kept: one explain on a loaded machine varied 2×.
      const plans: { rows: string[]; ms: number }[] = [];
      for (let i = 0; i < flags.runs; i++) {
        const rows = await explain(st);
        plans.push({ rows, ms: execMs(rows) });
      }
      const { rows: planRows, ms } = [...plans].sort((a, b) => a.ms - b.ms)[Math.floor(plans.length / 2)]!;
      pgExec += ms;
      if (ms > slowestExec) [slowestExec, slowestPlan, slowest] = [ms, planRows, st];
    }
    if (flags.dump) fs.appendFileSync(flags.dump, JSON.stringify({ kind, statements: last.map((x) => ({ text: x.text, values: x.values })) }) + "\n");
    results.push({ kind, q, sqlite: median(times.sqlite), postgres: median(times.postgres), pgDb: median(pgDb), pgFirst, pgExec, statements, hits, slowest, slowestPlan });
  }
  console.log(`\nsearch, uncached, median of ${flags.runs} (ms)                       SQLite  PostgreSQL  ratio  PG db (statements)  PG first  PG exec  hits`);
  for (const r of results) {
    const db = `${r.pgDb.toFixed(1)} (${r.statements})`;
    const over = r.pgExec > 10 ? " > 10 ms" : "";
    console.log(`${r.kind.padEnd(26)} ${r.q.padEnd(36)} ${r.sqlite.toFixed(1).padStart(7)} ${r.postgres.toFixed(1).padStart(10)} ${(r.postgres / r.sqlite).toFixed(2).padStart(6)} ${db.padStart(19)} ${r.pgFirst.toFixed(1).padStart(9)} ${r.pgExec.toFixed(1).padStart(8)} ${String(r.hits).padStart(5)}${over}`);
  }
  console.log(`load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")} on ${os.cpus().length} cores`);
  const worst = [...results].sort((a, b) => b.pgExec - a.pgExec)[0]!;
  if (worst.slowest && worst.slowestPlan) {
    console.log(`\nEXPLAIN ANALYZE, slowest PostgreSQL statement of "${worst.kind}" (${worst.q}), the kind with the most PG exec:\n${worst.slowest.text}\n${JSON.stringify(worst.slowest.values)}\n`);
    for (const row of worst.slowestPlan) console.log(row);
  }
  await stores.sqlite.$disconnect();
  await stores.postgres.$disconnect();
  await pool.end();
  fs.rmSync(work, { recursive: true, force: true });
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
