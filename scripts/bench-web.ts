/**
 * Web benchmark: fills a database with synthetic articles (default 100,000), builds and starts
 * the production server on a free port, and measures search, filtered list, article and
 * company pages with 20 concurrent clients. Prints p50/p95/throughput/errors per endpoint, then
 * the two floors under them in the same run (a route that reads one row, a page with no rows),
 * and last the machine's own floor: the same load against a bare node:http server.
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
import { requestLists, warmUpLists } from "../lib/bench/request-lists";
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
      ["floor: route /api/health", lists.floorRoute],
      ["floor: page with no rows /articles", lists.floorPage],
    ];
    console.log(`\n${maxId} articles, ${flags.concurrency} concurrent clients, ${os.cpus().length} CPUs, QUERY_CACHE=${process.env.QUERY_CACHE ?? "on"}; targets: search p95 < 50 ms, pages p95 < 150 ms`);
    console.log(`CPU reference: ${cpuReferenceMs().toFixed(1)} ms (a fixed workload; compare runs only when it is close)`);
    console.log(HEADER);
    for (const [name, paths] of phases) console.log(line(await runLoad(name, base, paths, flags.concurrency)));
    stop();
    console.log(line(await bareFloor(flags.requests, flags.concurrency)));
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
