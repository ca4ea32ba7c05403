/**
 * `npx tsx scripts/bench-links-refresh.ts --db postgres://…/p1_links [--count 1000] [--rounds 5]`:
 * what keeping the index rows' links in step with the mentions (migration 0007's triggers, and
 * their replacement in 0008) costs when the mentions are written again. A synthetic corpus is
 * imported into `<name>_before` (the migrations before `--upto`, default 0008) and copied to
 * `<name>_after` (every migration); then, interleaved round by round, every article's mentions
 * are rewritten as the importer rewrites a changed file's (per transaction of 25 articles: a
 * DELETE per article and table, then one INSERT per table) on: before, after, and after with its
 * links triggers disabled (the floor: the writes alone). Last, a merge moving one company's
 * mentions to another in one statement. After each, the rows whose links differ from the mention
 * tables are counted (0 when in step) and both databases' links are compared row by row.
 * The databases are dropped at the end unless --keep.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import pg from "pg";
import { z } from "zod";
import { syntheticCorpus } from "../lib/bench/synthetic-corpus";
import { seedParagraphs } from "../lib/bench/ensure-bench-db";
import { runImport } from "../lib/data/import/run-import";
import { defaultImportDeps } from "../lib/data/import/after-save";
import { createDb } from "../lib/db";
import { closePgPool } from "../lib/data/pg-pool";
import { createPgDatabase, dropPgDatabase, withDatabase } from "../lib/data/pg-database";
import { migratePostgres, POSTGRES_MIGRATIONS } from "../lib/data/migrate-postgres";
import { POSTGRES_URL } from "../lib/store-kind";

const Flags = z.object({
  db: z.string().regex(POSTGRES_URL, "--db must be postgres://…/name (databases <name>_before and <name>_after are created)"),
  count: z.coerce.number().int().min(10).max(100_000).default(1000),
  rounds: z.coerce.number().int().min(1).max(50).default(5),
  upto: z.string().regex(/^\d{4}$/).default("0008"),
  keep: z.boolean().default(false),
});

/** Articles per transaction, as the importer writes on PostgreSQL (writer.ts PG_WRITE_BATCH). */
const BATCH = 25;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

interface Mention {
  table: "CompanyMention" | "PersonMention";
  entity: "companyId" | "personId";
  rows: Record<string, unknown>[];
}

async function connect(url: string): Promise<pg.Client> {
  const c = new pg.Client({ connectionString: url });
  await c.connect();
  await c.query("SET synchronous_commit = off");
  return c;
}

/** Every article's mentions deleted and written again, 25 articles a transaction; seconds. */
async function rewrite(c: pg.Client): Promise<{ seconds: number; mentions: number }> {
  const tables: Mention[] = [
    { table: "CompanyMention", entity: "companyId", rows: [] },
    { table: "PersonMention", entity: "personId", rows: [] },
  ];
  const cols = (t: Mention) => ["articleId", t.entity, "count", "salience", "about", "snippet", "forms"];
  for (const t of tables) t.rows = (await c.query(`SELECT ${cols(t).map((x) => `"${x}"`).join(", ")} FROM "${t.table}" ORDER BY "articleId", "id"`)).rows;
  const articles = [...new Set(tables.flatMap((t) => t.rows.map((r) => r.articleId as number)))].sort((a, b) => a - b);
  const started = performance.now();
  for (let i = 0; i < articles.length; i += BATCH) {
    const ids = new Set(articles.slice(i, i + BATCH));
    await c.query("BEGIN");
    for (const id of ids) for (const t of tables) await c.query(`DELETE FROM "${t.table}" WHERE "articleId" = $1`, [id]);
    for (const t of tables) {
      const rows = t.rows.filter((r) => ids.has(r.articleId as number));
      if (rows.length === 0) continue;
      const names = cols(t);
      const values = rows.map((_, j) => `(${names.map((__, k) => `$${j * names.length + k + 1}`).join(", ")})`).join(", ");
      await c.query(`INSERT INTO "${t.table}" (${names.map((x) => `"${x}"`).join(", ")}) VALUES ${values}`, rows.flatMap((r) => names.map((n) => r[n])));
    }
    await c.query("COMMIT");
  }
  return { seconds: (performance.now() - started) / 1000, mentions: tables.reduce((n, t) => n + t.rows.length, 0) };
}

/** The most-mentioned company's mentions moved to the second's where it has none, the rest deleted (as a merge does), in one transaction; then moved back. */
async function merge(c: pg.Client): Promise<{ seconds: number; moved: number }> {
  const top = (await c.query<{ companyId: number }>(`SELECT "companyId" FROM "CompanyMention" GROUP BY 1 ORDER BY count(*) DESC, 1 LIMIT 2`)).rows.map((r) => r.companyId);
  if (top.length < 2) return { seconds: 0, moved: 0 };
  const [from, to] = top as [number, number];
  // What the merge deletes, kept to put back after.
  await c.query(`CREATE TEMP TABLE merge_saved AS SELECT * FROM "CompanyMention" m WHERE m."companyId" = $1 AND EXISTS (SELECT 1 FROM "CompanyMention" t WHERE t."articleId" = m."articleId" AND t."companyId" = $2)`, [from, to]);
  const ids = (await c.query<{ id: number }>(`SELECT "id" FROM "CompanyMention" WHERE "companyId" = $1 AND "id" NOT IN (SELECT "id" FROM merge_saved)`, [from])).rows.map((r) => r.id);
  const started = performance.now();
  await c.query("BEGIN");
  await c.query(`DELETE FROM "CompanyMention" m WHERE m."companyId" = $1 AND EXISTS (SELECT 1 FROM "CompanyMention" t WHERE t."articleId" = m."articleId" AND t."companyId" = $2)`, [from, to]);
  const moved = (await c.query(`UPDATE "CompanyMention" SET "companyId" = $2 WHERE "companyId" = $1`, [from, to])).rowCount ?? 0;
  await c.query("COMMIT");
  const seconds = (performance.now() - started) / 1000;
  // Back as it was, so every round starts from the same mentions (not timed).
  await c.query("BEGIN");
  await c.query(`UPDATE "CompanyMention" SET "companyId" = $1 WHERE "id" = ANY($2::int[])`, [from, ids]);
  await c.query(`INSERT INTO "CompanyMention" SELECT * FROM merge_saved`);
  await c.query("COMMIT");
  await c.query(`DROP TABLE merge_saved`);
  return { seconds, moved };
}

async function outOfStep(c: pg.Client): Promise<number> {
  const r = await c.query<{ n: number }>(`SELECT count(*)::int AS n FROM "ArticleSearch" a JOIN "SearchIndexState" s ON s."ftsRowid" = a."key" WHERE a."links" <> "article_links"(s."articleId")`);
  return r.rows[0]!.n;
}

async function links(c: pg.Client): Promise<string> {
  const r = await c.query<{ k: string; l: string }>(`SELECT "key"::text AS k, "links"::text AS l FROM "ArticleSearch" ORDER BY "key"`);
  return r.rows.map((x) => `${x.k}:${x.l}`).join("\n");
}

/** The user triggers of the mention tables that keep the links (either migration's), on or off. */
async function linksTriggers(c: pg.Client, on: boolean): Promise<void> {
  const names = (await c.query<{ rel: string; name: string }>(
    `SELECT c.relname AS rel, t.tgname AS name FROM pg_trigger t JOIN pg_class c ON c.oid = t.tgrelid
     WHERE NOT t.tgisinternal AND c.relname IN ('CompanyMention', 'PersonMention') AND t.tgname LIKE '%links%'`,
  )).rows;
  for (const t of names) await c.query(`ALTER TABLE "${t.rel}" ${on ? "ENABLE" : "DISABLE"} TRIGGER "${t.name}"`);
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { db: { type: "string" }, count: { type: "string" }, rounds: { type: "string" }, upto: { type: "string" }, keep: { type: "boolean" } }, strict: true });
  const flags = Flags.parse(values);
  const name = decodeURIComponent(new URL(flags.db).pathname.slice(1));
  const before = withDatabase(flags.db, `${name}_before`);
  const after = withDatabase(flags.db, `${name}_after`);
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "bench-links-"));
  try {
    const corpus = path.join(work, "corpus");
    fs.mkdirSync(corpus);
    for (const page of syntheticCorpus({ count: flags.count, paragraphs: seedParagraphs() })) fs.writeFileSync(path.join(corpus, page.name), page.bytes);
    const old = path.join(work, "migrations");
    for (const m of fs.readdirSync(POSTGRES_MIGRATIONS).filter((n) => n < flags.upto)) fs.cpSync(path.join(POSTGRES_MIGRATIONS, m), path.join(old, m), { recursive: true });
    await dropPgDatabase(before);
    await dropPgDatabase(after);
    await createPgDatabase(before);
    await migratePostgres(before, old);
    const db = createDb(before);
    let t = performance.now();
    const run = await runImport({ dir: corpus, trigger: "bench" }, { db, url: before, ...defaultImportDeps });
    await db.$disconnect();
    await closePgPool(before);
    console.log(`imported ${run.added} of ${flags.count} files into ${name}_before (migrations before ${flags.upto}) in ${((performance.now() - t) / 1000).toFixed(0)} s`);
    const admin = await connect(withDatabase(flags.db, "postgres"));
    await admin.query(`CREATE DATABASE "${name}_after" TEMPLATE "${name}_before"`);
    await admin.end();
    t = performance.now();
    const applied = await migratePostgres(after);
    console.log(`${name}_after: a copy, then ${applied.applied.join(", ") || "no migration"} in ${((performance.now() - t) / 1000).toFixed(1)} s`);

    const b = await connect(before);
    const a = await connect(after);
    const floor = await connect(after);
    for (const c of [b, a]) await c.query("VACUUM ANALYZE");
    const times = { before: [] as number[], after: [] as number[], floor: [] as number[], mergeBefore: [] as number[], mergeAfter: [] as number[] };
    let mentions = 0;
    let moved = 0;
    const check = async (label: string) => {
      const [ob, oa] = [await outOfStep(b), await outOfStep(a)];
      const same = (await links(b)) === (await links(a));
      if (ob !== 0 || oa !== 0 || !same) throw new Error(`${label}: rows out of step before ${ob}, after ${oa}; links equal: ${same}`);
    };
    await check("imported");
    for (let i = 0; i < flags.rounds; i++) {
      // Interleaved, the order turned each round, so a load that drifts weighs on each alike.
      const order = i % 2 === 0 ? (["before", "after", "floor"] as const) : (["floor", "after", "before"] as const);
      for (const which of order) {
        if (which === "floor") {
          await linksTriggers(floor, false);
          try {
            times.floor.push((await rewrite(floor)).seconds);
          } finally {
            await linksTriggers(floor, true);
          }
        } else {
          const r = await rewrite(which === "before" ? b : a);
          times[which].push(r.seconds);
          mentions = r.mentions;
        }
      }
      for (const which of i % 2 === 0 ? (["before", "after"] as const) : (["after", "before"] as const)) {
        const r = await merge(which === "before" ? b : a);
        times[which === "before" ? "mergeBefore" : "mergeAfter"].push(r.seconds);
        moved = r.moved;
      }
      await check(`round ${i + 1}`);
    }
    const f = (xs: number[]) => `${median(xs).toFixed(3)} s (min ${Math.min(...xs).toFixed(3)})`;
    console.log(`\n${mentions} mentions of ${run.added} articles rewritten as the importer does, 25 articles a transaction; median of ${flags.rounds} interleaved rounds, load average ${os.loadavg().map((x) => x.toFixed(1)).join(" ")}`);
    console.log(`  before (migrations < ${flags.upto}):  ${f(times.before)}`);
    console.log(`  after  (every migration):   ${f(times.after)}`);
    console.log(`  floor  (links triggers off): ${f(times.floor)}`);
    console.log(`  above the floor: before ${(median(times.before) - median(times.floor)).toFixed(3)} s, after ${(median(times.after) - median(times.floor)).toFixed(3)} s`);
    console.log(`a merge moving ${moved} mentions of one company to another, one transaction: before ${f(times.mergeBefore)}, after ${f(times.mergeAfter)}`);
    console.log(`links in step with the mention tables on both, and equal row by row, after every round`);
    for (const c of [b, a, floor]) await c.end();
  } finally {
    if (!flags.keep) {
      await dropPgDatabase(before).catch(() => {});
      await dropPgDatabase(after).catch(() => {});
    }
    fs.rmSync(work, { recursive: true, force: true });
  }
}

main().catch((err: unknown) => {
  console.error(err);
  process.exit(1);
});
