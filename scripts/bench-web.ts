/**
 * Web benchmark: fills a database with synthetic articles (default 100,000), builds and starts
 * the production server on a free port, and prints, in one run:
 * - per page kind, closed-loop (20 clients): p50/p95/max/req/s, first visits ("cold": nothing
 *   cached) and the same requests again ("warm"), each as a ratio to the framework floor of the
 *   same run (/api/health for API routes, a page with no rows for pages);
 * - bytes of HTML and RSC payload per page kind;
 * - open-loop latency at a fixed arrival rate (default 50/s) over a reader's mix, idle and while
 *   `npm run import` adds --import-files synthetic files (default 3,000), with the import's rate;
 * - 1 process against N (one per core) behind HAProxy, the same closed-loop mix;
 * - each phase's event-loop delay (max, p99) and each process's peak RSS, read from
 *   /api/internal/metrics with a METRICS_TOKEN made for the run;
 * and last the machine's own floor: the same load against a bare node:http server.
 * `npm run bench:web -- [--phases closed,weights,open,import,cluster,bare] [--port-base 3720] [--count 100000] [--requests 400] [--concurrency 20] [--warm-up 600] [--rate 50] [--open-seconds 30] [--import-files 3000] [--processes auto|N] [--db /tmp/x.db | --db postgres://… [--from /tmp/x.db]] [--skip-build] [--keep]`
 * --db reuses (or keeps) a filled file, so a second run skips the fill; each run's import adds
 * its files to it. --db postgres://… serves from that PostgreSQL database (issue 18): when it
 * holds no articles, the SQLite file --from names (filled first when missing; default a
 * temporary one) is copied into it with db:copy, so both stores can serve the same corpus.
 */
import { spawn, type ChildProcess } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { migrateDatabase } from "../lib/data/migrate";
import { openSqlite } from "../lib/data/sqlite";
import { ensureBenchDb, seedParagraphs } from "../lib/bench/ensure-bench-db";
import { readerMix, requestLists, warmUpLists } from "../lib/bench/request-lists";
import { runLoad, type LoadResult } from "../lib/bench/load";
import { cpuReferenceMs } from "../lib/bench/cpu-reference";
import { byKind, runOpenLoop, type OpenLoopResult } from "../lib/bench/open-loop";
import { sampleCpu, type CpuSample } from "../lib/bench/cpu-timeline";
import { benchSamples, printPageWeights } from "../lib/bench/page-weight";
import { syntheticCorpus } from "../lib/bench/synthetic-corpus";
import { startCluster } from "../lib/serve/cluster";
import { copySqliteToPostgres } from "../lib/data/copy/sqlite-to-postgres";
import { closePgPool, pgPool } from "../lib/data/pg-pool";
import { POSTGRES_URL } from "../lib/store-kind";
import type { ProcessMetrics } from "../lib/http/process-metrics";

const PHASES = ["closed", "weights", "open", "import", "cluster", "bare"] as const;

const Flags = z.object({
  count: z.coerce.number().int().positive().default(100_000),
  requests: z.coerce.number().int().positive().max(100_000).default(400),
  concurrency: z.coerce.number().int().min(1).max(200).default(20),
  db: z.string().min(1).optional(),
  from: z.string().min(1).optional(),
  skipBuild: z.boolean().default(false),
  keep: z.boolean().default(false),
  warmUp: z.coerce.number().int().min(0).max(100_000).default(600),
  rate: z.coerce.number().positive().max(1000).default(50),
  openSeconds: z.coerce.number().int().min(1).max(3600).default(30),
  importFiles: z.coerce.number().int().min(0).max(100_000).default(3000),
  processes: z.union([z.literal("auto"), z.coerce.number().int().min(2).max(64)]).default("auto"),
  // Ports from here up (server, balancer, app processes, bare floor) instead of free ones the OS picks.
  portBase: z.coerce.number().int().min(1024).max(65000).optional(),
  // Which parts to run, so a long 100,000-article run can be split (each part starts from a fresh server's state).
  phases: z
    .string()
    .default(PHASES.join(","))
    .transform((s) => s.split(",").map((p) => p.trim()).filter(Boolean))
    .pipe(z.array(z.enum(PHASES)).min(1)),
});

const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };

let nextPort: number | null = null;

function freePort(): Promise<number> {
  if (nextPort !== null) return Promise.resolve(nextPort++);
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.listen(0, "127.0.0.1", () => {
      const addr = srv.address();
      srv.close(() => (addr && typeof addr === "object" ? resolve(addr.port) : reject(new Error("no port"))));
    });
  });
}

function run(cmd: string, args: string[], extraEnv: Record<string, string>, log: string, started?: (child: ChildProcess) => void): Promise<void> {
  return new Promise((resolve, reject) => {
    const out = fs.openSync(log, "w");
    const child = spawn(cmd, args, { env: { ...env, ...extraEnv }, stdio: ["ignore", out, out] });
    started?.(child);
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${cmd} ${args.join(" ")} failed (${code}); see ${log}`))));
  });
}

async function waitForServer(base: string, child: ChildProcess, timeoutMs = 60_000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the server on ${base} exited with ${child.exitCode}`);
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

const HEADER = `${"endpoint".padEnd(34)}${"reqs".padStart(6)}${"p50 ms".padStart(8)}${"p95 ms".padStart(8)}${"max ms".padStart(8)}${"req/s".padStart(8)}  errors`;

function line(r: LoadResult): string {
  const f = (x: number) => x.toFixed(1).padStart(8);
  const errs = r.errors === 0 ? "0" : `${r.errors} ${JSON.stringify(r.statuses)}`;
  return `${r.name.padEnd(34)}${String(r.requests).padStart(6)}${f(r.p50)}${f(r.p95)}${f(r.max)}${f(r.throughput)}  ${errs}`;
}

/**
 * The same clients against a bare node:http server (lib/bench/bare-server.mjs) answering a
 * health-sized body: what this machine and the load generator cost, without the framework.
 */
async function bareFloor(requests: number, concurrency: number): Promise<LoadResult> {
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, ["lib/bench/bare-server.mjs", String(port)], { stdio: "ignore" });
  try {
    await waitForServer(base, child);
    const paths = Array.from({ length: requests }, () => "/api/health");
    await runLoad("warm-up", base, paths, concurrency);
    return await runLoad("floor: bare node:http, no framework", base, paths, concurrency);
  } finally {
    child.kill();
  }
}

const METRICS_TOKEN = crypto.randomBytes(24).toString("hex");

async function metricsOf(base: string, reset: boolean): Promise<ProcessMetrics> {
  const res = await fetch(`${base}/api/internal/metrics?reset=${reset ? 1 : 0}`, { headers: { "x-metrics-token": METRICS_TOKEN } });
  if (res.status !== 200) throw new Error(`${base}/api/internal/metrics answered ${res.status}`);
  return (await res.json()) as ProcessMetrics;
}

/** Each process's event-loop delay since the last reset (and resets it), and its peak RSS. */
async function loopLine(label: string, bases: string[]): Promise<string> {
  const all = await Promise.all(bases.map((b) => metricsOf(b, true)));
  const one = (m: ProcessMetrics) =>
    `pid ${m.pid}: loop max ${m.loopDelay?.maxMs.toFixed(0) ?? "?"} ms, p99 ${m.loopDelay?.p99Ms.toFixed(0) ?? "?"} ms, loop busy ${m.busy ? `${(m.busy.loopUtilization * 100).toFixed(0)} %` : "?"}, CPU ${m.busy ? `${m.busy.cpuCores.toFixed(2)} cores` : "?"}, peak RSS ${(m.peakRssBytes / 1048576).toFixed(0)} MiB`;
  return `  event loop during ${label}: ${all.map(one).join("; ")}`;
}

/** Per page kind, and the samples kept in the run's folder (latency against time, for a plot). */
function openDetail(label: string, r: OpenLoopResult, work: string): string {
  const file = path.join(work, `open-${label}.json`);
  fs.writeFileSync(file, JSON.stringify(r.samples));
  const kinds = byKind(r.samples).map((k) => `${k.kind} ${k.p50.toFixed(0)}/${k.p95.toFixed(0)}/${k.max.toFixed(0)}`);
  return `  by kind (p50/p95/max ms): ${kinds.join(", ")}\n  each request: ${file}`;
}

/**
 * Every 5 s of wall time from the import's start: answers completed, their median and max
 * latency, and the CPU the server and the importer used (cores, all their threads): a server
 * short of CPU shows answers falling behind while it runs near its share; one waiting on
 * something else shows answers stalled while it uses little.
 */
function timeline(r: OpenLoopResult, cpu: CpuSample[], startedAt: number, endedAt: number): string {
  const rows: string[] = ["  wall s  answers  p50 ms   max ms  server cores  import cores"];
  const last = Math.max(...r.samples.map((x) => x.doneAt), startedAt);
  for (let t = startedAt; t <= last; t += 5000) {
    const done = r.samples.filter((x) => x.doneAt >= t && x.doneAt < t + 5000).map((x) => x.ms).sort((a, b) => a - b);
    const c = cpu.filter((x) => x.at > t && x.at <= t + 5000);
    const mean = (k: string) => (c.length === 0 ? 0 : c.reduce((sum, x) => sum + (x.cores[k] ?? 0), 0) / c.length);
    const mark = endedAt >= t && endedAt < t + 5000 ? "  <- import ended" : "";
    rows.push(`  ${String((t - startedAt) / 1000).padStart(6)}${String(done.length).padStart(9)}${(done.length ? done[Math.floor(done.length / 2)]! : 0).toFixed(0).padStart(8)}${(done.at(-1) ?? 0).toFixed(0).padStart(9)}${mean("server").toFixed(2).padStart(14)}${mean("import").toFixed(2).padStart(14)}${mark}`);
  }
  return rows.join("\n");
}

function openLine(name: string, r: OpenLoopResult): string {
  const errs = r.errors === 0 ? "0" : `${r.errors} ${JSON.stringify(r.statuses)}`;
  return `${name.padEnd(34)}${String(r.requests).padStart(6)}${r.p50.toFixed(1).padStart(8)}${r.p95.toFixed(1).padStart(8)}${r.max.toFixed(1).padStart(8)}${(r.requests / r.seconds).toFixed(1).padStart(8)}  ${errs}`;
}

async function articleCount(pgUrl: string): Promise<number> {
  migrateDatabase(pgUrl);
  const rows = (await pgPool(pgUrl).query<{ n: string }>(`SELECT count(*) AS n FROM "Article"`)).rows;
  return Number(rows[0]?.n ?? 0);
}

async function maxArticleId(pgUrl: string): Promise<number> {
  const rows = (await pgPool(pgUrl).query<{ m: number | null }>(`SELECT max("id") AS m FROM "Article"`)).rows;
  return rows[0]?.m ?? 1;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      count: { type: "string" }, requests: { type: "string" }, concurrency: { type: "string" }, db: { type: "string" }, from: { type: "string" }, "skip-build": { type: "boolean" }, keep: { type: "boolean" },
      "warm-up": { type: "string" }, rate: { type: "string" }, "open-seconds": { type: "string" }, "import-files": { type: "string" }, processes: { type: "string" },
      "port-base": { type: "string" }, phases: { type: "string" },
    },
  });
  const flags = Flags.parse({ ...values, skipBuild: values["skip-build"], warmUp: values["warm-up"], openSeconds: values["open-seconds"], importFiles: values["import-files"], portBase: values["port-base"] });
  const phase = (name: (typeof PHASES)[number]) => flags.phases.includes(name);
  if (flags.portBase !== undefined) nextPort = flags.portBase;
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-web-"));
  const postgres = flags.db !== undefined && POSTGRES_URL.test(flags.db) ? flags.db : null;
  const file = postgres ? path.resolve(flags.from ?? path.join(work, "bench.db")) : flags.db ? path.resolve(flags.db) : path.join(work, "bench.db");
  const sqliteUrl = `file:${file}`;
  const url = postgres ?? sqliteUrl;

  const postgresArticles = postgres ? await articleCount(postgres) : 0;
  if (postgresArticles > 0) {
    migrateDatabase(url);
    console.log(`reusing ${postgresArticles} articles in PostgreSQL`);
  } else {
    ensureBenchDb(file, flags.count);
  }
  if (postgres && postgresArticles === 0) {
    const t = performance.now();
    const copied = await copySqliteToPostgres({ from: sqliteUrl, to: postgres });
    if (!copied.ok) throw new Error("db:copy into PostgreSQL left counts that differ");
    console.log(`copied into PostgreSQL and indexed ${copied.indexed} articles in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  const maxId = postgres ? await maxArticleId(postgres) : (() => {
    const conn = openSqlite(sqliteUrl);
    const row = conn.prepare(`SELECT max("id") AS m FROM "Article"`).get() as { m: number | null };
    conn.close();
    return row.m ?? 1;
  })();
  if (postgres) await closePgPool(postgres);

  if (!flags.skipBuild) {
    console.log("next build…");
    const t = performance.now();
    await run("npx", ["next", "build"], { DATABASE_URL: url }, path.join(work, "build.log"));
    console.log(`built in ${((performance.now() - t) / 1000).toFixed(0)} s`);
  }
  const serverEnv: NodeJS.ProcessEnv = { ...env, DATABASE_URL: url, NODE_ENV: "production", METRICS_TOKEN, PAGE_CACHE_DIR: path.join(work, "page-cache") };
  // e.g. BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof": Node flags for the server alone (a profile is written when it stops).
  const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(" ").filter(Boolean) ?? [];
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = spawn(nodeArgs.length ? process.execPath : "npx", [...(nodeArgs.length ? [...nodeArgs, "node_modules/next/dist/bin/next"] : ["next"]), "start", "-p", String(port), "-H", "127.0.0.1"], {
    env: serverEnv,
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
    console.log(`\n${maxId} articles, ${flags.concurrency} concurrent clients, ${os.cpus().length} CPUs, QUERY_CACHE=${process.env.QUERY_CACHE ?? "on"}`);
    console.log(`CPU reference: ${cpuReferenceMs().toFixed(1)} ms (a fixed workload; compare runs only when it is close)`);

    // Start-up and warm-up: the first snapshot builds and loads of every kind (and, before the
    // caches were held once per process, one of each per route bundle); read, then reset.
    console.log(await loopLine("start-up and warm-up", [base]));
    // Closed loop, per kind: first visits (cold), then the same requests again (warm), and the floors.
    if (phase("closed")) await closedLoop();
    async function closedLoop(): Promise<void> {
      const kinds: [string, string[], "route" | "page"][] = [
        ["search API /api/search", lists.search, "route"],
        ["list /articles?company&source", lists.list, "page"],
        ["article /articles/[id]", lists.article, "page"],
        ["company /companies/[slug]", lists.company, "page"],
        ["search page /search", lists.searchPage, "page"],
      ];
      const measured: { name: string; cold: LoadResult; warm: LoadResult; floor: "route" | "page" }[] = [];
      for (const [name, paths, floor] of kinds) {
        const cold = await runLoad(name, base, paths, flags.concurrency);
        const again = await runLoad(name, base, paths, flags.concurrency);
        measured.push({ name, cold, warm: again, floor });
    }
    const floorRoute = await runLoad("floor: route /api/health", base, lists.floorRoute, flags.concurrency);
    const floorPage = await runLoad("floor: page with no rows /articles", base, lists.floorPage, flags.concurrency);
    console.log(`\nclosed loop, ${flags.concurrency} clients (cold: first visits; warm: the same requests again); × floor = req/s ÷ the floor's req/s`);
    console.log(`${HEADER}   × floor`);
    for (const m of measured) {
      const f = m.floor === "route" ? floorRoute.throughput : floorPage.throughput;
      console.log(`${line({ ...m.cold, name: `${m.name} cold` })}   ${(m.cold.throughput / f).toFixed(2)}`);
      console.log(`${line({ ...m.warm, name: `${m.name} warm` })}   ${(m.warm.throughput / f).toFixed(2)}`);
    }
    console.log(line(floorRoute));
    console.log(line(floorPage));
    console.log(await loopLine("the closed-loop runs", [base]));
    }

    // Bytes per page kind.
    if (phase("weights")) {
      console.log("");
      await printPageWeights(base, benchSamples(lists));
    }

    // Open loop at a fixed arrival rate: idle, then while the CLI import adds files.
    const openCount = Math.round(flags.rate * flags.openSeconds);
    const mix = readerMix(openCount, lists);
    await metricsOf(base, true);
    // The import's p95 is judged against the idle one: the import phase needs it.
    const idle = phase("open") || phase("import") ? await runOpenLoop(base, mix, flags.rate) : null;
    if (idle) {
      console.log(`\nopen loop at ${flags.rate} requests/s over a reader's mix (latency from when each request was due)`);
      console.log(HEADER.replace("req/s", "sent/s"));
      console.log(openLine("idle", idle));
      console.log(openDetail("idle", idle, work));
      console.log(await loopLine("the idle open loop", [base]));
    }
    if (idle && phase("import") && flags.importFiles > 0) {
      const corpus = path.join(work, "import");
      fs.mkdirSync(corpus);
      for (const page of syntheticCorpus({ count: flags.importFiles, paragraphs: seedParagraphs(), seed: Date.now() % 100_000 })) fs.writeFileSync(path.join(corpus, page.name), page.bytes);
      const started = performance.now();
      const startedAt = Date.now();
      let importer: number | null = null;
      const cpu = sampleCpu(() => ({ server: server.pid ?? null, import: importer }));
      const importing = run("npx", ["tsx", "scripts/import.ts", "--dir", corpus, "--quiet"], { DATABASE_URL: url }, path.join(work, "import.log"), (c) => (importer = c.pid ?? null));
      // When the import itself ended, not the open loop (which then waits for every answer still due).
      let importSeconds = 0;
      let endedAt = 0;
      const ended = importing.finally(() => {
        importSeconds = (performance.now() - started) / 1000;
        endedAt = Date.now();
      });
      const during = await runOpenLoop(base, mix, flags.rate, ended.catch(() => undefined));
      const cpuSamples = cpu.stop();
      const importOk = await importing.then(() => true, () => false);
      console.log(`${openLine(`during import of ${flags.importFiles} files`, during)}   p95 ${(during.p95 / Math.max(idle.p95, 0.1)).toFixed(2)}× idle`);
      console.log(openDetail("import", during, work));
      console.log(timeline(during, cpuSamples, startedAt, endedAt));
      console.log(`  import: ${flags.importFiles} files in ${importSeconds.toFixed(0)} s, ${(flags.importFiles / importSeconds).toFixed(1)} files/s${importOk ? "" : " (FAILED: see import.log)"}`);
      console.log(await loopLine("the open loop with the import", [base]));
    }

    // 1 process against N behind HAProxy: the same closed-loop mix.
    if (phase("cluster")) await clusterPhase();
    async function clusterPhase(): Promise<void> {
      const mixClosed = readerMix(flags.requests * 3, lists);
      await runLoad("warm-up", base, mixClosed, flags.concurrency);
      const single = await runLoad("1 process, direct", base, mixClosed, flags.concurrency);
      const singleLoop = await loopLine("the 1-process mix", [base]);
      stop();
      const n = flags.processes === "auto" ? Math.max(2, os.availableParallelism()) : flags.processes;
      const lbPort = await freePort();
      const appPorts: number[] = [];
      for (let i = 0; i < n; i++) appPorts.push(await freePort());
      const cluster = await startCluster({ appPorts, bind: `127.0.0.1:${lbPort}`, cwd: process.cwd(), env: serverEnv, configDir: work, output: path.join(work, "cluster.log") });
      try {
        // As warm as the single process: the same unmeasured requests of each kind, then the mix once.
        for (const paths of Object.values(warm)) await runLoad("warm-up", cluster.url, paths, flags.concurrency);
        await runLoad("warm-up", cluster.url, mixClosed, flags.concurrency);
        await Promise.all(cluster.appUrls.map((u) => metricsOf(u, true)));
        const multi = await runLoad(`${n} processes behind HAProxy`, cluster.url, mixClosed, flags.concurrency);
        console.log(`\n1 process against ${n} behind HAProxy, closed loop, ${flags.concurrency} clients, reader's mix`);
        console.log(HEADER);
        console.log(line(single));
        console.log(line(multi));
        console.log(`  throughput ${(multi.throughput / single.throughput).toFixed(2)}×, p95 ${(multi.p95 / single.p95).toFixed(2)}× of 1 process`);
        console.log(singleLoop);
        console.log(await loopLine(`the ${n}-process mix`, cluster.appUrls));
      } finally {
        await cluster.stop();
      }
    }
    if (phase("bare")) {
      console.log(`\n${HEADER}`);
      console.log(line(await bareFloor(flags.requests, flags.concurrency)));
    }
  } finally {
    stop();
    if (!flags.keep && !flags.db) fs.rmSync(work, { recursive: true, force: true });
    else if (postgres) console.log(`\nkept ${work} (logs) and ${postgres}${flags.from ? ` (copied from ${file})` : ""}`);
    else console.log(`\nkept ${work} (logs) and ${file}`);
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
