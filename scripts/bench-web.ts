/**
 * Web benchmark: fills a database with synthetic articles (default 100,000), builds and starts
 * the production server on a free port, and measures search, filtered list, article and
 * company pages with 20 concurrent clients. Prints p50/p95/throughput/errors per endpoint.
 * `npm run bench:web -- [--count 100000] [--requests 400] [--concurrency 20] [--warm-up 600] [--db /tmp/x.db] [--skip-build] [--keep]`
 * --db reuses (or keeps) a filled file, so a second run skips the fill.
 */
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { extractFile } from "../lib/ingest/extract-file";
import { migrateDatabase } from "../lib/data/migrate";
import { openSqlite } from "../lib/data/sqlite";
import { fillBenchDb } from "../lib/bench/fill-bench-db";
import { BENCH_COMPANIES, BENCH_PEOPLE, BENCH_SOURCES } from "../lib/bench/synthetic-articles";
import { rng } from "../lib/bench/synthetic-corpus";
import { runLoad, type LoadResult } from "../lib/bench/load";
import { cpuReferenceMs } from "../lib/bench/cpu-reference";

const Flags = z.object({
  count: z.coerce.number().int().positive().default(100_000),
  requests: z.coerce.number().int().positive().max(100_000).default(400),
  concurrency: z.coerce.number().int().min(1).max(200).default(20),
  db: z.string().min(1).optional(),
  skipBuild: z.boolean().default(false),
  keep: z.boolean().default(false),
  warmUp: z.coerce.number().int().min(0).max(100_000).default(600),
});

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === "object" ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

function run(cmd: string, args: string[], extraEnv: Record<string, string>, log: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(log, "w");
    const child = spawn(cmd, args, { env: { ...env, ...extraEnv }, stdio: ["ignore", out, out] });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} failed (${code}); see ${log}`))));
  });
}

async function waitForServer(base: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/api/suggest?q=x`);
      if (res.status < 500) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 300));
  }
  throw new Error("server did not start in time");
}

// A mix of what readers type: names (1–4 characters), aliases, pinyin, words, phrases, operators.
const QUERIES = [
  ...BENCH_COMPANIES.map((c) => c.name), ...BENCH_PEOPLE.map((p) => p.name), "Kimi", "likaifu", "li kai fu", "openai", "DeepSeek",
  "大模型", "融资", "智能体", "推理模型 开源", '"新一代大模型"', "百度 OR 华为", "company:智谱 融资", "person:杨植麟", "source:第一财经 大模型",
  "大模型 after:2024-01-01", "华为 -广告", "李開復", "人工智能 before:2023-01-01", "芯片", "数据",
];
// Warm-up searches: the same kinds of query (words, OR, exclusion, operators, dates) sharing no phrase with QUERIES.
const WARM_QUERIES = [
  "模型", "发布", "平台", "企业", "技术 OR 产品", "闭源 -营销", "算力", "训练", "推理", "应用", "投资", "市场", "研发", "生态",
  "用户 after:2023-06-01", "成本 before:2024-06-01", "价格", "合作", '"行业应用"', "source:钛媒体 战略", "company:百度 发布", "person:李彦宏 平台",
];

type Lists = Record<"search" | "list" | "article" | "company" | "searchPage", string[]>;

function requestLists(n: number, maxId: number): Lists {
  const r = rng(1234);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const search = Array.from({ length: n }, () => `/api/search?${new URLSearchParams({ q: pick(QUERIES) })}`);
  return {
    search,
    // The search page after the API: its searches are cached by then, so this measures the page.
    searchPage: search.slice(0, Math.ceil(n / 4)).map((p) => p.replace("/api/search?", "/search?")),
    list: Array.from({ length: n }, () => `/articles?${new URLSearchParams({ company: pick(BENCH_COMPANIES).slug, source: pick(BENCH_SOURCES) })}`),
    article: Array.from({ length: n }, () => `/articles/${1 + Math.floor(r() * maxId)}`),
    company: Array.from({ length: n }, () => `/companies/${pick(BENCH_COMPANIES).slug}`),
  };
}

/**
 * Requests that run the same code as the measured ones but share none of their cached results
 * (other searches, for the API and the search page, other company + source pairs, other
 * articles, person profiles instead of company ones), so the server's JIT is warm, as after
 * minutes in production, while every measured request that would be a first visit still is one. Measured cold, the first few
 * hundred requests of each kind ran 1.5–2.5× slower (JIT), which says nothing about the server.
 */
function warmUpLists(n: number, maxId: number, measured: Lists): Lists {
  const r = rng(4321);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const taken = new Set([...measured.list, ...measured.article]);
  const fresh = (make: () => string): string => {
    for (let i = 0; i < 50; i++) {
      const path = make();
      if (!taken.has(path)) return path;
    }
    throw new Error("warm-up: no unmeasured request left to draw");
  };
  return {
    search: Array.from({ length: n }, () => `/api/search?${new URLSearchParams({ q: pick(WARM_QUERIES) })}`),
    searchPage: Array.from({ length: n }, () => `/search?${new URLSearchParams({ q: pick(WARM_QUERIES) })}`),
    list: Array.from({ length: n }, () => fresh(() => `/articles?${new URLSearchParams({ company: pick(BENCH_COMPANIES).slug, source: pick(BENCH_SOURCES) })}`)),
    article: Array.from({ length: n }, () => fresh(() => `/articles/${1 + Math.floor(r() * maxId)}`)),
    company: Array.from({ length: n }, () => `/people/${pick(BENCH_PEOPLE).slug}`),
  };
}

const HEADER = `${"endpoint".padEnd(34)}${"reqs".padStart(6)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"max ms".padStart(8)}${"req/s".padStart(8)}  errors`;

function line(r: LoadResult): string {
  const f = (x: number) => x.toFixed(1).padStart(8);
  const errs = r.errors === 0 ? "0" : `${r.errors} ${JSON.stringify(r.statuses)}`;
  return `${r.name.padEnd(34)}${String(r.requests).padStart(6)}${f(r.p50)}${f(r.p95)}${f(r.max)}${f(r.throughput)}  ${errs}`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { count: { type: "string" }, requests: { type: "string" }, concurrency: { type: "string" }, db: { type: "string" }, "skip-build": { type: "boolean" }, keep: { type: "boolean" }, "warm-up": { type: "string" } } });
  const flags = Flags.parse({ ...values, skipBuild: values["skip-build"], warmUp: values["warm-up"] });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-web-"));
  const file = flags.db ? path.resolve(flags.db) : path.join(work, "bench.db");
  const url = `file:${file}`;

  if (!fs.existsSync(file)) {
    migrateDatabase(url);
    const paragraphs = fs
      .readdirSync("seeds")
      .flatMap((f) => extractFile(fs.readFileSync(path.join("seeds", f)), f).article.paragraphs)
      .filter((p) => p.length > 20);
    const conn = openSqlite(url);
    const filled = fillBenchDb(conn, { count: flags.count, paragraphs, onProgress: (d) => d % 20_000 === 0 && console.log(`  filled ${d}`) });
    conn.close();
    console.log(`filled ${filled.articles} articles, ${filled.companies} companies, ${filled.people} people in ${filled.seconds.toFixed(0)} s; ${(fs.statSync(file).size / 1048576).toFixed(0)} MiB`);
  } else {
    console.log(`reusing ${file}`);
  }
  const maxId = (() => {
    const conn = openSqlite(url);
    const row = conn.prepare(`SELECT max("id") AS m FROM "Article"`).get() as { m: number | null };
    conn.close();
    return row.m ?? 1;
  })();

  if (!flags.skipBuild) {
    console.log("next build…");
    const t = performance.now();
    await run("npx", ["next", "build"], { DATABASE_URL: url }, path.join(work, "build.log"));
    console.log(`built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn("npx", ["next", "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: { ...env, DATABASE_URL: url, NODE_ENV: "production" },
    stdio: ["ignore", fs.openSync(path.join(work, "server.log"), "w"), fs.openSync(path.join(work, "server.log"), "a")],
    detached: true,
  });
  const stop = () => {
    if (server.pid && server.exitCode === null) {
      try {
        process.kill(-server.pid, "SIGTERM");
      } catch {
        // already gone
      }
    }
  };
  process.on("exit", stop);
  try {
    await waitForServer(base, server);
    const lists = requestLists(flags.requests, maxId);
    const warm = warmUpLists(flags.warmUp, maxId, lists);
    const t = performance.now();
    if (flags.warmUp > 0) for (const paths of Object.values(warm)) await runLoad("warm-up", base, paths, flags.concurrency);
    console.log(`warm-up: ${flags.warmUp} unmeasured requests of each kind in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    const phases: [string, string[]][] = [
      ["search API /api/search", lists.search],
      ["list /articles?company&source", lists.list],
      ["article /articles/[id]", lists.article],
      ["company /companies/[slug]", lists.company],
      ["search page /search (extra)", lists.searchPage],
    ];
    console.log(`\n${maxId} articles, ${flags.concurrency} concurrent clients, ${os.cpus().length} CPUs, QUERY_CACHE=${process.env.QUERY_CACHE ?? "on"}; targets: search p95 < 50 ms, pages p95 < 150 ms`);
    console.log(`CPU reference: ${cpuReferenceMs().toFixed(1)} ms (a fixed workload; compare runs only when it is close)`);
    console.log(HEADER);
    for (const [name, paths] of phases) console.log(line(await runLoad(name, base, paths, flags.concurrency)));
  } finally {
    stop();
    if (!flags.keep && !flags.db) fs.rmSync(work, { recursive: true, force: true });
    else console.log(`\nkept ${work} (logs) and ${file}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
