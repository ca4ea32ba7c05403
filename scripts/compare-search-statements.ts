/**
 * `npx tsx scripts/compare-search-statements.ts --side before=b.jsonl@postgres://…/db1 --side after=a.jsonl@postgres://…/db2 [--rounds 15]`:
 * each side's search statements (written by bench-search-stores.ts --dump, one side per code
 * version or database) explained in interleaved rounds (the sides in turn, the first rotating),
 * so a loaded machine's noise falls on every side alike; per kind, the median and min over the
 * rounds of the sum of its statements' EXPLAIN ANALYZE execution times (an EXPLAIN the search
 * itself asks is timed from send to rows back), and each statement's median.
 */
import fs from "node:fs";
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { POSTGRES_URL } from "../lib/store-kind";

const Statement = z.object({ text: z.string(), values: z.array(z.unknown()) });
const Kind = z.object({ kind: z.string(), statements: z.array(Statement) });
const Side = z.string().regex(/^[\w-]+=[^@]+@postgres(ql)?:\/\//, "--side name=dump.jsonl@postgres://…");
const Flags = z.object({ side: z.array(Side).min(1), rounds: z.coerce.number().int().min(1).max(200).default(15) });

type Statement = z.infer<typeof Statement>;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

async function execMs(pool: pg.Pool, st: Statement): Promise<number> {
  if (/^EXPLAIN\b/.test(st.text)) {
    const t = performance.now();
    await pool.query(st.text, st.values);
    return performance.now() - t;
  }
  const r = await pool.query<{ "QUERY PLAN": string }>(`EXPLAIN (ANALYZE) ${st.text}`, st.values);
  return Number(/Execution Time: ([\d.]+)/.exec(r.rows.at(-1)?.["QUERY PLAN"] ?? "")?.[1] ?? NaN);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { side: { type: "string", multiple: true }, rounds: { type: "string" } }, strict: true });
  const flags = Flags.parse(values);
  const sides = flags.side.map((spec) => {
    const [name, rest] = [spec.slice(0, spec.indexOf("=")), spec.slice(spec.indexOf("=") + 1)];
    const [file, url] = [rest.slice(0, rest.indexOf("@")), rest.slice(rest.indexOf("@") + 1)];
    if (!POSTGRES_URL.test(url)) throw new Error(`not a PostgreSQL URL: ${url}`);
    const kinds = fs.readFileSync(file, "utf8").trim().split("\n").map((l) => Kind.parse(JSON.parse(l)));
    return { name, kinds, pool: new pg.Pool({ connectionString: url, max: 1 }) };
  });
  const kindNames = sides[0]!.kinds.map((k) => k.kind);
  // times[side][kind][round] = each statement's ms
  const times = sides.map(() => kindNames.map(() => [] as number[][]));
  for (let r = 0; r < flags.rounds; r++) {
    for (let k = 0; k < kindNames.length; k++) {
      for (let i = 0; i < sides.length; i++) {
        const s = (i + r) % sides.length;
        const kind = sides[s]!.kinds.find((x) => x.kind === kindNames[k]);
        if (!kind) continue;
        const ms: number[] = [];
        for (const st of kind.statements) ms.push(await execMs(sides[s]!.pool, st));
        times[s]![k]!.push(ms);
      }
    }
  }
  console.log(`PG exec, sum of each search's statements, ${flags.rounds} interleaved rounds: median (min) ms; then each statement's median`);
  for (let k = 0; k < kindNames.length; k++) {
    const cells = sides.map((side, s) => {
      const rounds = times[s]![k]!;
      if (rounds.length === 0) return `${side.name} -`;
      const sums = rounds.map((ms) => ms.reduce((a, b) => a + b, 0));
      const each = rounds[0]!.map((_, i) => median(rounds.map((ms) => ms[i]!)).toFixed(1)).join("+");
      return `${side.name} ${median(sums).toFixed(1)} (${Math.min(...sums).toFixed(1)}) [${each}]`;
    });
    console.log(`${kindNames[k]!.padEnd(24)} ${cells.join("   ")}`);
  }
  for (const side of sides) await side.pool.end();
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
