/**
 * Copies a SQLite store into PostgreSQL (issue 18, `npm run db:copy`): articles, their versions,
 * companies, people, mentions, roles, import runs and items, and the admin's decisions
 * (entity statuses, merges, settings), so a deployment can switch stores without importing
 * again. Resumable: each table is copied in id order, a batch per transaction, with
 * `ON CONFLICT DO NOTHING`, so a run stopped anywhere continues where the target stops. The
 * search index is built at the end from the copied articles (lib/data/search/pg-index.ts) and
 * the counts of every table are compared.
 */
import Database from "better-sqlite3";
import pg from "pg";
import { migratePostgres } from "../migrate-postgres";
import { closePgPool, pgPool } from "../pg-pool";
import { sqliteDate } from "../read-connection";
import { syncSearchIndexPostgres } from "../search/pg-index";
import { sqliteFilePath } from "../../sqlite-path";

/** In an order that satisfies the foreign keys (Article.duplicateOfId is set in a second pass). */
export const COPIED_TABLES = ["Company", "Person", "Article", "ArticleVersion", "CompanyMention", "PersonMention", "Role", "ImportRun", "ImportItem", "EntityMerge", "Setting"] as const;
type Table = (typeof COPIED_TABLES)[number];

export interface CopyOptions {
  from: string;
  to: string;
  batch?: number;
  /** Called after each committed batch (progress; tests stop a copy half-way by throwing). */
  onBatch?: (table: Table, copied: number) => void;
}

export interface TableCount {
  table: Table;
  source: number;
  target: number;
}

export interface CopyResult {
  counts: TableCount[];
  indexed: number;
  ok: boolean;
}

interface Column {
  name: string;
  type: string;
}

async function targetColumns(client: pg.Client, table: Table): Promise<Column[]> {
  const r = await client.query<{ column_name: string; data_type: string }>(
    `SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = 'public' AND table_name = $1 ORDER BY ordinal_position`,
    [table],
  );
  return r.rows.map((c) => ({ name: c.column_name, type: c.data_type }));
}

/** A SQLite value as PostgreSQL's column takes it: timestamps as UTC text, booleans as booleans. */
function convert(v: unknown, type: string): unknown {
  if (v === null || v === undefined) return null;
  if (type.startsWith("timestamp")) return sqliteDate(v)?.toISOString().replace("Z", "") ?? null;
  if (type === "boolean") return Boolean(Number(v));
  if (typeof v === "bigint") return v.toString();
  return v;
}

const q = (name: string) => `"${name.replace(/"/g, '""')}"`;

export async function copySqliteToPostgres(options: CopyOptions): Promise<CopyResult> {
  const batch = options.batch ?? 1000;
  await migratePostgres(options.to);
  const source = new Database(sqliteFilePath(options.from), { readonly: true, fileMustExist: true });
  const client = new pg.Client({ connectionString: options.to });
  await client.connect();
  try {
    for (const table of COPIED_TABLES) {
      const sourceNames = new Set(source.prepare<[], { name: string }>(`PRAGMA table_info(${q(table)})`).all().map((c) => c.name));
      const columns = (await targetColumns(client, table)).filter((c) => sourceNames.has(c.name));
      const key = table === "Setting" ? "key" : "id";
      const list = columns.map((c) => q(c.name)).join(", ");
      // Resume after what the target holds (rows are copied in key order, a batch per transaction).
      const last = (await client.query<{ k: unknown }>(`SELECT max(${q(key)}) AS "k" FROM ${q(table)}`)).rows[0]?.k ?? null;
      const read = source.prepare<[{ after: unknown }], Record<string, unknown>>(
        `SELECT ${list} FROM ${q(table)} WHERE (@after IS NULL OR ${q(key)} > @after) ORDER BY ${q(key)} LIMIT ${batch}`,
      );
      let after: unknown = last;
      let copied = 0;
      for (;;) {
        const rows = read.all({ after });
        if (rows.length === 0) break;
        const values: unknown[] = [];
        const tuples = rows.map((row) => {
          const cells = columns.map((c) => {
            // Near-duplicate links may point forward; they are set once every article is there.
            values.push(table === "Article" && c.name === "duplicateOfId" ? null : convert(row[c.name], c.type));
            return `$${values.length}`;
          });
          return `(${cells.join(", ")})`;
        });
        await client.query("BEGIN");
        try {
          await client.query(`INSERT INTO ${q(table)} (${list}) VALUES ${tuples.join(", ")} ON CONFLICT (${q(key)}) DO NOTHING`, values);
          await client.query("COMMIT");
        } catch (err) {
          await client.query("ROLLBACK");
          throw err;
        }
        after = rows[rows.length - 1]![key];
        copied += rows.length;
        options.onBatch?.(table, copied);
      }
      if (key === "id") await client.query(`SELECT setval(pg_get_serial_sequence('${q(table)}', 'id'), GREATEST(coalesce(max("id"), 0), 1), max("id") IS NOT NULL) FROM ${q(table)}`);
    }
    // Second pass: near-duplicate links, now that every article exists.
    const links = source.prepare<[], { id: number; duplicateOfId: number }>(`SELECT "id", "duplicateOfId" FROM "Article" WHERE "duplicateOfId" IS NOT NULL`).all();
    for (let i = 0; i < links.length; i += batch) {
      const part = links.slice(i, i + batch);
      await client.query(
        `UPDATE "Article" a SET "duplicateOfId" = l.d FROM unnest($1::int[], $2::int[]) AS l(i, d) WHERE a."id" = l.i AND a."duplicateOfId" IS DISTINCT FROM l.d`,
        [part.map((l) => l.id), part.map((l) => l.duplicateOfId)],
      );
    }
    let indexed = 0;
    try {
      indexed = (await syncSearchIndexPostgres(pgPool(options.to))).indexed;
    } finally {
      await closePgPool(options.to);
    }
    const counts: TableCount[] = [];
    for (const table of COPIED_TABLES) {
      const s = (source.prepare(`SELECT count(*) AS n FROM ${q(table)}`).get() as { n: number }).n;
      const t = Number((await client.query<{ n: string }>(`SELECT count(*) AS n FROM ${q(table)}`)).rows[0]!.n);
      counts.push({ table, source: s, target: t });
    }
    return { counts, indexed, ok: counts.every((c) => c.source === c.target) };
  } finally {
    source.close();
    await client.end();
  }
}
