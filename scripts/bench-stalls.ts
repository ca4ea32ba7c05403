/**
 * Event-loop stalls on the request path, measured in this process with monitorEventLoopDelay
 * while each piece of work runs, on a filled benchmark database (made when missing, as
 * bench:web makes it): the search index's freshness check, the /companies and /people list
 * loads (first load after a change, then cached), and an admin import of --import-files
 * synthetic files (0: none). Prints max and p99 loop delay for each.
 * `npx tsx scripts/bench-stalls.ts -- [--db /tmp/x.db] [--count 100000] [--import-files 100]`
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { monitorEventLoopDelay } from "node:perf_hooks";
import { parseArgs } from "node:util";
import { z } from "zod";
import { ensureBenchDb, seedParagraphs } from "../lib/bench/ensure-bench-db";
import { syntheticCorpus } from "../lib/bench/synthetic-corpus";

const Flags = z.object({
  db: z.string().min(1).optional(),
  count: z.coerce.number().int().positive().default(100_000),
  importFiles: z.coerce.number().int().min(0).max(10_000).default(100),
});

async function measure(label: string, work: () => Promise<unknown>): Promise<void> {
  const h = monitorEventLoopDelay({ resolution: 5 });
  // A timer keeps the loop turning while the work waits on other threads or processes.
  const ticker = setInterval(() => {}, 5);
  h.enable();
  // The histogram counts from its first sample: let it take one before the work starts.
  await new Promise((r) => setTimeout(r, 20));
  const t0 = performance.now();
  await work();
  const ms = performance.now() - t0;
  await new Promise((r) => setTimeout(r, 20));
  h.disable();
  clearInterval(ticker);
  console.log(`${label.padEnd(44)} took ${ms.toFixed(0).padStart(6)} ms; loop delay max ${(h.max / 1e6).toFixed(0).padStart(5)} ms, p99 ${(h.percentile(99) / 1e6).toFixed(0).padStart(5)} ms`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: "string" }, count: { type: "string" }, "import-files": { type: "string" } }, strict: true });
  const flags = Flags.parse({ ...values, importFiles: values["import-files"] });
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
  const database = db();
  try {
    await measureAll();
  } finally {
    await database.$disconnect();
    fs.rmSync(work, { recursive: true, force: true });
  }
  async function measureAll(): Promise<void> {
    const articles = await database.article.count();
    console.log(`${articles} articles in ${file}`);

    forgetFreshnessCheck(database);
    await measure("search freshness check (first in the process)", () => keepSearchIndexFresh(database, url));
    forgetFreshnessCheck(database);
    await measure("search freshness check (again)", () => keepSearchIndexFresh(database, url));
    await measure("/companies list, first load", () => listCompanies({ ...parseCompanyPage({}).query, offset: 0 }, database));
    await measure("/companies list, again (cached)", () => listCompanies({ ...parseCompanyPage({}).query, offset: 0 }, database));
    await measure("/people list, first load", () => listPeople({ ...parsePersonPage({}).query, offset: 0 }, database));

    if (flags.importFiles === 0) return;
    const corpus = path.join(work, "corpus");
    fs.mkdirSync(corpus);
    for (const page of syntheticCorpus({ count: flags.importFiles, paragraphs: seedParagraphs(), seed: Date.now() % 100_000 })) fs.writeFileSync(path.join(corpus, page.name), page.bytes);
    await measure(`admin import of ${flags.importFiles} files`, async () => {
      await startWebImport({ dir: corpus, triggeredBy: "bench-stalls" }, { db: database });
      const job = await settleWebImport(3_600_000);
      if (job?.status !== "finished") throw new Error(`the import ended ${job?.status}: ${job?.crash ?? ""}`);
    });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exitCode = 1;
});
