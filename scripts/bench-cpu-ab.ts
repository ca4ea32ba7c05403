/**
 * `npx tsx scripts/bench-cpu-ab.ts --base /path/to/other/checkout --db /tmp/bench100k.db [--rounds 6] [--reps 3] [--kinds search,companies,people,list,article] [--dump /tmp/answers]`:
 * CPU time per request of the code bench:web's requests run, measured in-process on one SQLite
 * file by this checkout's code and by --base's, in separate processes alternated round by round.
 * On a shared, loaded machine wall time mostly measures the wait for a core; the CPU a request
 * spends is what the code decides. Two figures per request: the process's CPU (every thread,
 * so the SQLite reads the worker threads run count too) and the main thread's own
 * (/proc/self/task/<pid>/schedstat: what held the event loop).
 * Uncached (QUERY_CACHE=off, the default): every call computes everything, also what a server keeps
 * across requests (a phrase's frequency, the window's edge). --cache on: each request once per
 * process after the warm-up (--reps is then 1), exactly bench:web's cold visits, whose shared
 * results (of other requests) are kept; take more --rounds.
 * Each process first runs the warm-up kinds of requests (lib/bench/request-lists.ts), as a
 * server has done after minutes, so the JIT is warm; then each request --reps times.
 * Prints per kind the median over requests of each request's median CPU, base and this, their
 * ratio, and whether every answer (the route's JSON body; the data function's result as JSON)
 * is the same on both sides. --dump writes each side's answers to compare by hand.
 * Child mode (`--child`) is this script run from a checkout's folder: it loads that folder's code.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { abCheckouts, abOrder, type AbSide } from "../lib/bench/ab-checkouts";

const KINDS = ["search", "companies", "people", "list", "article"] as const;
type Kind = (typeof KINDS)[number];

const Flags = z.object({
  base: z.string().optional(),
  db: z.string().min(1),
  rounds: z.coerce.number().int().min(2).max(40).default(6),
  reps: z.coerce.number().int().min(1).max(50).default(3),
  kinds: z.string().default(KINDS.join(",")),
  dump: z.string().optional(),
  cache: z.enum(["on", "off"]).default("off"),
  child: z.boolean().default(false),
});

/** Per request key: CPU ms of each repetition (process, main thread) and its answer. */
type Side = Record<string, { kind: Kind; cpu: number[]; main: number[]; answer: string }>;

function mainThreadNs(): number {
  try {
    return Number(fs.readFileSync(`/proc/self/task/${process.pid}/schedstat`, "utf8").split(" ")[0]);
  } catch {
    return Number.NaN;
  }
}

async function child(file: string, reps: number, kinds: Kind[], dump: string | undefined, cache: "on" | "off"): Promise<void> {
  process.env.QUERY_CACHE = cache;
  process.env.DATABASE_URL = `file:${path.resolve(file)}`;
  const load = async <T>(rel: string): Promise<T> => (await import(path.join(process.cwd(), rel))) as T;
  const { GET } = await load<typeof import("../app/api/search/route")>("app/api/search/route.ts");
  const { db } = await load<typeof import("../lib/db")>("lib/db.ts");
  const { listCompanies } = await load<typeof import("../lib/data/companies/list-companies")>("lib/data/companies/list-companies.ts");
  const { listPeople } = await load<typeof import("../lib/data/people/list-people")>("lib/data/people/list-people.ts");
  const { loadArticleList } = await load<typeof import("../lib/data/articles/load-article-list")>("lib/data/articles/load-article-list.ts");
  const { getArticle } = await load<typeof import("../lib/data/articles/get-article")>("lib/data/articles/get-article.ts");
  const { parseCompanyPage, parsePersonPage } = await load<typeof import("../lib/validation/entity-lists")>("lib/validation/entity-lists.ts");
  const { requestLists, warmUpLists } = await load<typeof import("../lib/bench/request-lists")>("lib/bench/request-lists.ts");
  const { buildListingSnapshotAtStart } = await load<typeof import("../lib/data/listing-index/build-at-start")>("lib/data/listing-index/build-at-start.ts");
  const { warmRequestPathAtStart } = await load<typeof import("../lib/data/warm-at-start")>("lib/data/warm-at-start.ts");
  const database = db();
  const maxId = Number((await database.$queryRawUnsafe<{ m: number }[]>(`SELECT max("id") AS m FROM "Article"`))[0]!.m);
  // The same measured and warm-up lists as bench:web; each distinct request once.
  const lists = requestLists(200, maxId);
  const warm = warmUpLists(300, maxId, lists);
  const distinct = (xs: string[]) => [...new Set(xs)];
  const params = (p: string) => Object.fromEntries(new URL(p, "http://x").searchParams);
  const byKind: Record<Kind, (warmUp: boolean) => [string, () => Promise<string>][]> = {
    search: (w) => distinct((w ? warm : lists).search).map((p) => [p, async () => (await GET(new Request(`http://127.0.0.1${p}`))).text()]),
    companies: () => [["/companies", async () => JSON.stringify(await listCompanies({ ...parseCompanyPage({}).query, offset: 0 }, database))]],
    people: () => [["/people", async () => JSON.stringify(await listPeople({ ...parsePersonPage({}).query, offset: 0 }, database))]],
    list: (w) => distinct((w ? warm : lists).list).slice(0, 40).map((p) => [p, async () => JSON.stringify(await loadArticleList(params(p), database))]),
    article: (w) => distinct((w ? warm : lists).article).slice(0, 40).map((p) => [p, async () => JSON.stringify(await getArticle(Number(p.split("/").at(-1)), database))]),
  };
  // What a server does at start (instrumentation.ts), then the warm-up requests.
  await Promise.all([buildListingSnapshotAtStart(database), warmRequestPathAtStart(database).then((w) => w.entities)]);
  // The entity lists have no other request of their kind: cached, their warm-up would be the measured visit.
  for (const k of kinds) if (cache === "off" || (k !== "companies" && k !== "people")) for (const [, run] of byKind[k](true)) await run();
  const out: Side = {};
  for (let i = 0; i < reps; i++) {
    for (const k of kinds) {
      for (const [key, run] of byKind[k](false)) {
        const c0 = process.cpuUsage();
        const m0 = mainThreadNs();
        const answer = await run();
        const m1 = mainThreadNs();
        const c = process.cpuUsage(c0);
        const e = (out[key] ??= { kind: k, cpu: [], main: [], answer: createHash("sha1").update(answer).digest("hex") });
        e.cpu.push((c.user + c.system) / 1000);
        e.main.push((m1 - m0) / 1e6);
        if (dump && i === 0) fs.appendFileSync(dump, `${JSON.stringify({ key, answer })}\n`);
      }
    }
  }
  console.log(JSON.stringify(out));
  process.exit(0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function main(): void {
  const { values } = parseArgs({
    options: { base: { type: "string" }, db: { type: "string" }, rounds: { type: "string" }, reps: { type: "string" }, kinds: { type: "string" }, dump: { type: "string" }, cache: { type: "string" }, child: { type: "boolean" } },
    strict: true,
  });
  const flags = Flags.parse(values);
  const kinds = flags.kinds.split(",").map((k) => z.enum(KINDS).parse(k.trim()));
  if (flags.child) {
    void child(flags.db, flags.cache === "on" ? 1 : flags.reps, kinds, flags.dump, flags.cache);
    return;
  }
  const trees = abCheckouts(flags.base, flags.db);
  const sides: Record<AbSide, Side> = { base: {}, this: {} };
  const script = path.resolve(process.argv[1]!);
  if (flags.dump) fs.mkdirSync(flags.dump, { recursive: true });
  for (let r = 0; r < flags.rounds; r++) {
    for (const side of abOrder(r)) {
      const dump = flags.dump && r < 2 ? ["--dump", path.join(flags.dump, `${side}.jsonl`)] : [];
      if (dump.length) fs.rmSync(dump[1]!, { force: true });
      const p = spawnSync("npx", ["tsx", script, "--child", "--db", path.resolve(flags.db), "--reps", String(flags.reps), "--kinds", kinds.join(","), "--cache", flags.cache, ...dump], { cwd: trees[side], encoding: "utf8", maxBuffer: 1 << 26 });
      const line = p.stdout.split("\n").filter((l) => l.startsWith("{")).at(-1);
      if (!line) throw new Error(`${side} failed: ${p.stderr.slice(-2000)}`);
      for (const [key, v] of Object.entries(JSON.parse(line) as Side)) {
        const e = (sides[side][key] ??= { kind: v.kind, cpu: [], main: [], answer: v.answer });
        e.cpu.push(median(v.cpu));
        e.main.push(median(v.main));
        if (e.answer !== v.answer) e.answer = "differs between rounds";
      }
      process.stderr.write(`round ${r + 1}/${flags.rounds} ${side} done\n`);
    }
  }
  console.log(`CPU ms per request, QUERY_CACHE=${flags.cache}; per kind the median over its requests of each request's median over ${flags.rounds / 2} processes`);
  console.log(`${"kind".padEnd(10)} ${"n".padStart(3)}   process: base    this  ratio   main thread: base    this  ratio   process, sum over requests: base    this  ratio   same answers`);
  for (const k of kinds) {
    const keys = Object.keys(sides.base).filter((key) => sides.base[key]!.kind === k);
    const fig = (side: "base" | "this", f: "cpu" | "main") => median(keys.map((key) => median(sides[side][key]![f])));
    // The sum is what a run of every request once costs (bench:web's cold pass): heavy requests weigh in.
    const sum = (side: "base" | "this") => keys.reduce((n, key) => n + median(sides[side][key]!.cpu), 0);
    const same = keys.filter((key) => sides.base[key]!.answer === sides.this[key]?.answer).length;
    const [cb, ct, mb, mt, sb, st] = [fig("base", "cpu"), fig("this", "cpu"), fig("base", "main"), fig("this", "main"), sum("base"), sum("this")];
    console.log(`${k.padEnd(10)} ${String(keys.length).padStart(3)}   ${cb.toFixed(2).padStart(13)} ${ct.toFixed(2).padStart(7)} ${(ct / cb).toFixed(2).padStart(6)}   ${mb.toFixed(2).padStart(17)} ${mt.toFixed(2).padStart(7)} ${(mt / mb).toFixed(2).padStart(6)}   ${sb.toFixed(1).padStart(32)} ${st.toFixed(1).padStart(7)} ${(st / sb).toFixed(2).padStart(6)}   ${same}/${keys.length}`);
  }
  if (process.env.BENCH_CPU_DETAIL) {
    for (const key of Object.keys(sides.base)) {
      const [b, t] = [sides.base[key]!, sides.this[key]!];
      console.log(`${key.padEnd(60)} ${median(b.cpu).toFixed(2).padStart(8)} ${median(t.cpu).toFixed(2).padStart(8)}  main ${median(b.main).toFixed(2).padStart(8)} ${median(t.main).toFixed(2).padStart(8)}  ${b.answer === t.answer ? "same" : "DIFFERENT"}`);
    }
  }
}

main();
