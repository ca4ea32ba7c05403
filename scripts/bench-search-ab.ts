/**
 * `npx tsx scripts/bench-search-ab.ts --base /path/to/other/checkout --db /tmp/bench100k.db [--rounds 4] [--runs 3]`:
 * the search kinds of bench-search-stores.ts (and the filter-only and link plans' other turns) on
 * one SQLite file, uncached (QUERY_CACHE=off), by this checkout's code and by --base's, in
 * separate processes alternated round by round (a shared, noisy machine: no absolute times
 * across runs). Each process runs every kind once to warm up, then --runs times; prints each
 * kind's median ms per side, their ratio, and whether both answered the same total and ids.
 * The file must exist (fill it with bench-search-stores.ts --from or bench-web.ts --db).
 * Child mode (`--child`) is this script run from a checkout's folder: it loads that folder's code.
 */
import { spawnSync } from "node:child_process";
import path from "node:path";
import { parseArgs } from "node:util";
import { z } from "zod";
import { abCheckouts, abOrder, type AbSide } from "../lib/bench/ab-checkouts";

const KINDS: [string, string][] = [
  ["two-character name", "百度"], ["common word", "大模型"], ["lone character", "华"], ["pinyin", "likaifu"], ["phrase", "\"发布了新模型\""],
  ["word minus word", "模型 -百度"], ["company filter + word", "company:百度 发布"], ["date range + word", "after:2024-01-01 before:2024-06-30 模型"],
  ["OR", "智谱 OR 月之暗面"], ["rare name", "澜舟科技"], ["name minus word", "百度 -发布"], ["before: + name", "before:2024-01-01 腾讯"],
  ["rare OR", "孟子 OR 言犀"], ["company: only", "company:百度"], ["rare company: only", "company:澜舟科技"], ["rare company + word", "company:澜舟科技 模型"],
];

const Flags = z.object({
  base: z.string().optional(),
  db: z.string().min(1),
  rounds: z.coerce.number().int().min(2).max(20).default(4),
  runs: z.coerce.number().int().min(1).max(20).default(3),
  child: z.boolean().default(false),
});

type Side = Record<string, { ms: number[]; answer: string }>;

async function child(file: string, runs: number): Promise<void> {
  process.env.QUERY_CACHE = "off";
  const url = `file:${path.resolve(file)}`;
  const { searchEverything } = (await import(path.join(process.cwd(), "lib/data/search/search.ts"))) as typeof import("../lib/data/search/search");
  const { createDb } = (await import(path.join(process.cwd(), "lib/db.ts"))) as typeof import("../lib/db");
  const db = createDb(url);
  const out: Side = {};
  for (let i = 0; i < runs + 1; i++) {
    for (const [kind, q] of KINDS) {
      const t = performance.now();
      const r = await searchEverything({ q, sort: "relevance" }, { db, url });
      const ms = performance.now() - t;
      out[kind] ??= { ms: [], answer: JSON.stringify([r.articles.total, r.articles.items.map((h) => h.id)]) };
      if (i > 0) out[kind].ms.push(ms);
    }
  }
  console.log(JSON.stringify(out));
  process.exit(0);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function main(): void {
  const { values } = parseArgs({ options: { base: { type: "string" }, db: { type: "string" }, rounds: { type: "string" }, runs: { type: "string" }, child: { type: "boolean" } }, strict: true });
  const flags = Flags.parse(values);
  if (flags.child) {
    void child(flags.db, flags.runs);
    return;
  }
  const trees = abCheckouts(flags.base, flags.db);
  const sides: Record<AbSide, Side> = { base: {}, this: {} };
  const script = path.resolve(process.argv[1]!);
  for (let r = 0; r < flags.rounds; r++) {
    for (const side of abOrder(r)) {
      const p = spawnSync("npx", ["tsx", script, "--child", "--db", path.resolve(flags.db), "--runs", String(flags.runs)], { cwd: trees[side], encoding: "utf8", maxBuffer: 1 << 26 });
      const line = p.stdout.split("\n").filter((l) => l.startsWith("{")).at(-1);
      if (!line) throw new Error(`${side} failed: ${p.stderr.slice(-2000)}`);
      for (const [kind, v] of Object.entries(JSON.parse(line) as Side)) {
        sides[side][kind] ??= { ms: [], answer: v.answer };
        sides[side][kind].ms.push(...v.ms);
        if (sides[side][kind].answer !== v.answer) sides[side][kind].answer = "differs between rounds";
      }
    }
  }
  console.log(`search, uncached, median of ${(flags.rounds / 2) * flags.runs} runs per side (ms)   base    this  ratio  same answer`);
  for (const [kind, q] of KINDS) {
    const [b, t] = [sides.base[kind]!, sides.this[kind]!];
    const [mb, mt] = [median(b.ms), median(t.ms)];
    console.log(`${kind.padEnd(22)} ${q.padEnd(40)} ${mb.toFixed(1).padStart(7)} ${mt.toFixed(1).padStart(7)} ${(mt / mb).toFixed(2).padStart(6)}  ${b.answer === t.answer}`);
  }
}

main();
