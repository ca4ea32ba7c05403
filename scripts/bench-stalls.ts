/**
 * Event-loop stalls on the request path, measured in this process with monitorEventLoopDelay
 * while each piece of work runs, on a filled benchmark database (made when missing, as
 * bench:web makes it): the search index's freshness check, the /companies and /people list
 * loads (first load after a change, then cached), the process's first searches, and an admin
 * import of --import-files synthetic files (0: none). Prints max and p99 loop delay for each, and
 * the most CPU this thread spent in one turn of the loop (lib/bench/loop-turn-cpu.ts: on a loaded
 * machine the delay is mostly waiting for a core; the CPU is what the code held the loop for).
 * First, as a server does at start, the listing snapshot is built and the first search's set-up
 * made (lib/data/warm-at-start.ts); --cold leaves both to the first reads (the /companies list's
 * first load then waits for the snapshot build). With --reads-around-import,
 * the import runs while a reader mix (lists, profiles, entity lists, searches) is read every
 * --read-every ms, as a server's readers would, and the loop delay and the slowest read are
 * printed for the import and for the seconds after it ended (where the first reads of the
 * import's data used to recompute everything on the request path).
 * `npx tsx scripts/bench-stalls.ts -- [--db /tmp/x.db] [--count 100000] [--import-files 100] [--cold] [--reads-around-import] [--read-every 20] [--after-seconds 5]`
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ensureBenchDb, seedParagraphs } from "../lib/bench/ensure-bench-db";
import { syntheticCorpus } from "../lib/bench/synthetic-corpus";
import { watchLoopTurns } from "../lib/bench/loop-turn-cpu";

const Flags = z.object({
  db: z.string().min(1).optional(),
  count: z.coerce.number().int().positive().default(100_000),
  importFiles: z.coerce.number().int().min(0).max(10_000).default(100),
  cold: z.boolean().default(false),
  readsAroundImport: z.boolean().default(false),
  readEvery: z.coerce.number().int().min(1).max(10_000).default(20),
  afterSeconds: z.coerce.number().min(0).max(600).default(5),
});

async function measure(label: string, work: () => Promise<unknown>): Promise<void> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  // A timer keeps the loop turning while the work waits on other threads or processes.
  const ticker = setInterval(() => {}, 5);
  h.enable();
  // The histogram counts from its first sample: let it take one before the work starts.
  await new Promise((r) => setTimeout(r, 20));
  const turns = watchLoopTurns();
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 20));
  const { maxCpuMs } = turns.stop();
  h.disable();
  clearInterval(ticker);
  const cpu = maxCpuMs === null ? "" : `; most CPU in one turn ${maxCpuMs.toFixed(0).padStart(4)} ms`;
  console.log(`${label.padEnd(44)} took ${ms.toFixed(0).padStart(6)} ms; loop delay max ${(h.max / 1e6).toFixed(0).padStart(5)} ms, p99 ${(h.percentile(99) / 1e6).toFixed(0).padStart(5)} ms${cpu}`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { db: { type: "string" }, count: { type: "string" }, "import-files": { type: "string" }, cold: { type: "boolean" }, "reads-around-import": { type: "boolean" }, "read-every": { type: "string" }, "after-seconds": { type: "string" } },
    strict: true,
  });
  const flags = Flags.parse({ ...values, importFiles: values["import-files"], readsAroundImport: values["reads-around-import"], readEvery: values["read-every"], afterSeconds: values["after-seconds"] });
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-stalls-"));
  const file = flags.db ? path.resolve(flags.db) : path.join(work, "bench.db");
  ensureBenchDb(file, flags.count);
  const url = `file:${file}`;
  process.env.DATABASE_URL = url;
  process.env.QUERY_CACHE = "on";
  // Loaded after DATABASE_URL is set: the modules read it once.
  const { db } = await import("../lib/db");
  const { keepSearchIndexFresh, forgetFreshnessCheck } = await import("../lib/data/search/freshness");
  const { listCompanies } = await import("../lib/data/companies/list-companies");
  const { listPeople } = await import("../lib/data/people/list-people");
  const { parseCompanyPage, parsePersonPage } = await import("../lib/validation/entity-lists");
  const { startWebImport, settleWebImport } = await import("../lib/data/admin/web-import");
  const { loadArticleList } = await import("../lib/data/articles/load-article-list");
  const { getCompany } = await import("../lib/data/companies/get-company");
  const { getPerson } = await import("../lib/data/people/get-person");
  const { searchEverything } = await import("../lib/data/search/search");
  const { BENCH_COMPANIES, BENCH_PEOPLE, BENCH_SOURCES } = await import("../lib/bench/synthetic-articles");
  const { QUERIES } = await import("../lib/bench/request-lists");
  const { warmRequestPathAtStart } = await import("../lib/data/warm-at-start");
  const { buildListingSnapshotAtStart } = await import("../lib/data/listing-index/build-at-start");
  const database = db();
  try {
    await measureAll();
  } finally {
    await database.$disconnect();
    fs.rmSync(work, { recursive: true, force: true });
  }
  async function measureAll(): Promise<void> {
    const articles = await database.article.count();
    console.log(`${articles} articles in ${file}; load average ${os.loadavg().map((l) => l.toFixed(1)).join(" ")}`);
    // What instrumentation.ts does before the server takes requests (the snapshot is built behind it).
    if (!flags.cold) await measure("server start: snapshot, first search's set-up", () => Promise.all([buildListingSnapshotAtStart(database), warmRequestPathAtStart(database).then((w) => w.entities)]));

    forgetFreshnessCheck(database);
    await measure("search freshness check (first in the process)", () => keepSearchIndexFresh(database, url));
    forgetFreshnessCheck(database);
    await measure("search freshness check (again)", () => keepSearchIndexFresh(database, url));
    await measure("/companies list, first load", () => listCompanies({ ...parseCompanyPage({}).query, offset: 0 }, database));
    await measure("/companies list, again (cached)", () => listCompanies({ ...parseCompanyPage({}).query, offset: 0 }, database));
    await measure("/people list, first load", () => listPeople({ ...parsePersonPage({}).query, offset: 0 }, database));
    // The process's first search prepares the entity lists (pinyin keys) and the text tables.
    await measure("search, first in the process", () => searchEverything({ q: QUERIES[0]! }, { db: database, url }));
    await measure("search, another query", () => searchEverything({ q: QUERIES[1]! }, { db: database, url }));

    if (flags.importFiles === 0) return;
    const corpus = path.join(work, "corpus");
    fs.mkdirSync(corpus);
    for (const page of syntheticCorpus({ count: flags.importFiles, paragraphs: seedParagraphs(), seed: Date.now() % 100_000 })) fs.writeFileSync(path.join(corpus, page.name), page.bytes);
    const importAll = async () => {
      await startWebImport({ dir: corpus, triggeredBy: "bench-stalls" }, { db: database });
      const job = await settleWebImport(3_600_000);
      if (job?.status !== "finished") throw new Error(`the import ended ${job?.status}: ${job?.crash ?? ""}`);
    };
    if (!flags.readsAroundImport) {
      await measure(`admin import of ${flags.importFiles} files`, importAll);
      return;
    }
    await readsAroundImport(importAll);
  }

  /** The reader mix: what a list, a profile, the entity lists and the search API read. */
  function readerMix(): { label: string; read: () => Promise<unknown> }[] {
    const company = parseCompanyPage({}).query;
    const person = parsePersonPage({}).query;
    return [
      ...BENCH_COMPANIES.flatMap((c, i) => [
        { label: "list", read: () => loadArticleList({ company: c.slug, source: BENCH_SOURCES[i % BENCH_SOURCES.length]! }, database) },
        { label: "company", read: () => getCompany(c.slug, database) },
      ]),
      ...BENCH_PEOPLE.map((p) => ({ label: "person", read: () => getPerson(p.slug, database) })),
      { label: "/companies", read: () => listCompanies({ ...company, offset: 0 }, database) },
      { label: "/people", read: () => listPeople({ ...person, offset: 0 }, database) },
      { label: "home list", read: () => loadArticleList({}, database) },
      ...QUERIES.slice(0, 16).map((q) => ({ label: "search", read: () => searchEverything({ q }, { db: database, url }) })),
    ];
  }

  /**
   * The mix read round and round every --read-every ms (each read not waiting for the one before,
   * as requests arrive) through the import and --after-seconds after it: loop delay and the
   * slowest reads in each window.
   */
  async function readsAroundImport(importAll: () => Promise<void>): Promise<void> {
    const mix = readerMix();
    const t0 = performance.now();
    // Each read's first load alone: which kind of page stalls the loop when its result is not cached.
    const first: { label: string; ms: number; maxDelay: number }[] = [];
    for (const m of mix) {
      const h = monitorEventLoopDelay({ resolution: 5 });
      const ticker = setInterval(() => {}, 5);
      h.enable();
      await new Promise((r) => setTimeout(r, 10));
      const t = performance.now();
      await m.read();
      first.push({ label: m.label, ms: performance.now() - t, maxDelay: h.max / 1e6 });
      h.disable();
      clearInterval(ticker);
    }
    console.log(`reader mix of ${mix.length} reads, first load: ${(performance.now() - t0).toFixed(0)} ms; worst loop delays of a first load:`);
    for (const r of [...first].sort((a, b) => b.maxDelay - a.maxDelay).slice(0, 8)) console.log(`  ${r.label.padEnd(12)} took ${r.ms.toFixed(0).padStart(5)} ms, loop delay max ${r.maxDelay.toFixed(0).padStart(4)} ms`);
    for (const m of mix) await m.read();
    const windows = { during: monitorEventLoopDelay({ resolution: 5 }), after: monitorEventLoopDelay({ resolution: 5 }) };
    const reads: { window: "during" | "after"; label: string; ms: number; at: number }[] = [];
    let window: "during" | "after" = "during";
    let endedAt = 0;
    let n = 0;
    const inFlight = new Set<Promise<void>>();
    const ticker = setInterval(() => {
      const m = mix[n++ % mix.length]!;
      const w = window;
      const started = performance.now();
      const p = m.read().then(
        () => void reads.push({ window: w, label: m.label, ms: performance.now() - started, at: started }),
        (err: unknown) => console.warn(`read ${m.label} failed: ${err instanceof Error ? err.message : String(err)}`),
      );
      inFlight.add(p);
      void p.finally(() => inFlight.delete(p));
    }, flags.readEvery);
    windows.during.enable();
    const started = performance.now();
    await importAll();
    endedAt = performance.now();
    windows.during.disable();
    window = "after";
    windows.after.enable();
    await new Promise((r) => setTimeout(r, flags.afterSeconds * 1000));
    clearInterval(ticker);
    await Promise.all(inFlight);
    windows.after.disable();
    console.log(`admin import of ${flags.importFiles} files took ${((endedAt - started) / 1000).toFixed(1)} s, reads every ${flags.readEvery} ms`);
    for (const w of ["during", "after"] as const) {
      const mine = reads.filter((r) => r.window === w).sort((a, b) => b.ms - a.ms);
      const h = windows[w];
      const p = (q: number) => (mine.length ? mine[Math.min(mine.length - 1, Math.floor((1 - q) * mine.length))]!.ms : 0);
      const slow = mine.slice(0, 4).map((r) => `${r.label} ${r.ms.toFixed(0)} ms at ${((r.at - endedAt) / 1000).toFixed(1)} s`).join(", ");
      console.log(`  ${(w === "during" ? "during the import" : `${flags.afterSeconds} s after it ended`).padEnd(26)} loop delay max ${(h.max / 1e6).toFixed(0).padStart(5)} ms, p99 ${(h.percentile(99) / 1e6).toFixed(0).padStart(4)} ms; ${mine.length} reads, p50 ${p(0.5).toFixed(0)} ms, p95 ${p(0.95).toFixed(0)} ms, max ${p(1).toFixed(0)} ms (slowest: ${slow})`);
    }
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
