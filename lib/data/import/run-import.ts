/**
 * Imports a folder of scraped files. Each file is its own transaction: a bad file is recorded
 * with its reason and skipped, and the run goes on. Unchanged files (same bytes, same rules)
 * are not re-cleaned; changed files update their article in place, its previous text kept as an
 * ArticleVersion; files that disappeared from the folder are reported and marked, never deleted.
 * An article belongs to the folder it was imported from (source-dir.ts). Near-duplicates are linked to the article they repeat, and
 * every article to its story (story-store.ts).
 * Writes go through prepared statements (see lib/data/sqlite.ts for why); the lock and the
 * run record go through Prisma like the rest of the app.
 */
import path from "node:path";
import type { Db } from "../../db";
import { db as defaultDb } from "../../db";
import { databaseUrl, readEnv } from "../../env";
import { keyBits, NearDuplicateIndex, simhash } from "../../ingest/near-duplicate";
import { extractFile, RULES_VERSION, type FileExtraction } from "../../ingest/extract-file";
import { openSqlite, prismaDate, type Sqlite } from "../sqlite";
import { listImportable } from "./list-files";
import { DiskFullError, isDiskFull } from "./disk-full";
import { acquireImportLock, releaseImportLock } from "./lock";
import { contentHash, readInput } from "./read-input";
import { articleWriter } from "./save-article";
import { stripInvisibleControls } from "./strip-controls";
import { adoptLegacyRows, sourceDirKey } from "./source-dir";
import { storyStore } from "./story-store";
import type { ImportOptions, ImportSummary, ItemStatus } from "./types";

/** Work that must happen in the same transaction as the article (entities, search index). */
export type AfterSave = (conn: Sqlite, articleId: number, extraction: FileExtraction) => void;

export interface ImportDeps {
  db?: Db;
  /** SQLite URL for the write connection; defaults to DATABASE_URL. Must be the file `db` uses. */
  url?: string;
  afterSave?: AfterSave[];
  /**
   * What else, besides the file and the rules, decides what a file imports to (e.g. admin review
   * decisions); read once per run on the write connection and folded into the unchanged check.
   */
  runVersion?: (conn: Sqlite) => string;
  /** Work after every file is saved, on the write connection (bringing the search index up to date). */
  afterRun?: ((conn: Sqlite) => void | Promise<void>)[];
  maxFileBytes?: number;
}

const PROGRESS_EVERY = 50;

type Counts = Pick<ImportSummary, "added" | "updated" | "unchanged" | "duplicates" | "failed" | "missing">;

/** Starts reading a file; the rejection is held until awaited, so prefetching never leaks an unhandled one. */
function prefetch(file: string, maxBytes: number): () => Promise<Buffer> {
  const p = readInput(file, maxBytes).then(
    (bytes) => ({ ok: true as const, bytes }),
    (error: unknown) => ({ ok: false as const, error }),
  );
  return async () => {
    const r = await p;
    if (!r.ok) throw r.error;
    return r.bytes;
  };
}

function statements(conn: Sqlite) {
  return {
    existing: conn.prepare<[string], { id: number; path: string; contentHash: string; missingSince: string | null }>(
      `SELECT "id", "path", "contentHash", "missingSince" FROM "Article" WHERE "sourceDir" = ?`,
    ),
    nearDupKeys: conn.prepare<[], { id: number; nearDupKey: string }>(`SELECT "id", "nearDupKey" FROM "Article"`),
    item: conn.prepare(
      `INSERT INTO "ImportItem" ("runId", "path", "status", "encoding", "error", "removed", "durationMs", "articleId", "duplicateOfId", "createdAt")
       VALUES (@runId, @path, @status, @encoding, @error, @removed, @durationMs, @articleId, @duplicateOfId, @createdAt)`,
    ),
    counts: conn.prepare(
      `UPDATE "ImportRun" SET "total" = @total, "added" = @added, "updated" = @updated, "unchanged" = @unchanged,
       "duplicates" = @duplicates, "failed" = @failed, "missing" = @missing WHERE "id" = @runId`,
    ),
    markMissing: conn.prepare(`UPDATE "Article" SET "missingSince" = ? WHERE "id" = ?`),
  };
}

export async function runImport(options: ImportOptions, deps: ImportDeps = {}): Promise<ImportSummary> {
  const db = deps.db ?? defaultDb();
  const maxBytes = deps.maxFileBytes ?? readEnv().IMPORT_MAX_FILE_BYTES;
  const dir = path.resolve(options.dir);
  const started = Date.now();
  const conn = openSqlite(deps.url ?? databaseUrl());
  const runId = await acquireImportLock(db, { trigger: options.trigger, triggeredBy: options.triggeredBy, dir: options.dir });
  const counts: Counts = { added: 0, updated: 0, unchanged: 0, duplicates: 0, failed: 0, missing: 0 };
  const failures: { path: string; error: string }[] = [];
  const missingPaths: string[] = [];
  let total = 0;
  let finished = false;
  let diskFull: DiskFullError | null = null;

  try {
    const st = statements(conn);
    const saveArticle = articleWriter(conn);
    const item = (p: { path: string; status: ItemStatus; encoding?: string | null; error?: string | null; removed?: number; durationMs: number; articleId?: number | null; duplicateOfId?: number | null }) =>
      st.item.run({ runId, encoding: null, error: null, removed: 0, articleId: null, duplicateOfId: null, createdAt: prismaDate(new Date()), ...p });
    const saveCounts = () => st.counts.run({ runId, total, ...counts });

    const all = await listImportable(dir);
    const files = options.only ? all.filter((f) => options.only!.includes(f)) : all;
    for (const f of options.only ?? []) if (!all.includes(f)) failures.push({ path: f, error: "file not found in the import folder" });
    total = files.length + failures.length;
    counts.failed = failures.length;
    for (const f of failures) item({ path: f.path, status: "failed", error: f.error, durationMs: 0 });
    saveCounts();

    const rulesVersion = deps.runVersion ? `${RULES_VERSION}|${deps.runVersion(conn)}` : RULES_VERSION;
    // Only this folder's articles are this run's to update or mark missing; near-duplicates are found across every folder.
    const sourceDir = sourceDirKey(dir);
    conn.transaction(() => adoptLegacyRows(conn, dir))();
    const existing = new Map(st.existing.all(sourceDir).map((a) => [a.path, a]));
    const keys = new NearDuplicateIndex<number>();
    for (const a of st.nearDupKeys.all()) keys.set(a.id, keyBits(a.nearDupKey));
    const stories = storyStore(conn);
    stories.backfill();
    // The next file is read while this one is cleaned, so the loop never waits on the disk.
    let next = files.length > 0 ? prefetch(path.join(dir, files[0]!), maxBytes) : null;

    for (const [n, rel] of files.entries()) {
      const t0 = Date.now();
      let status: ItemStatus = "failed";
      let error: string | null = null;
      try {
        const read = next!;
        next = n + 1 < files.length ? prefetch(path.join(dir, files[n + 1]!), maxBytes) : null;
        const bytes = await read();
        const hash = contentHash(bytes, rulesVersion);
        const prev = existing.get(rel);
        if (prev && prev.contentHash === hash && !prev.missingSince) {
          status = "unchanged";
          counts.unchanged++;
          item({ path: rel, status, durationMs: Date.now() - t0, articleId: prev.id });
        } else {
          const extracted = extractFile(bytes, rel);
          const { article, stripped } = stripInvisibleControls(extracted.article);
          const extraction = { ...extracted, article };
          if (article.body.trim() === "") throw new Error("no article text found: every block was classified as boilerplate");
          const key = simhash(article.body);
          const duplicateOfId = keys.find(keyBits(key), prev?.id);
          // One transaction per file: the article, its entities and index rows, and its import item.
          const saved = conn.transaction(() => {
            const s = saveArticle(prev?.id ?? null, { sourceDir, path: rel, extracted: article, rawText: extraction.text, contentHash: hash, nearDupKey: key, duplicateOfId, stripped });
            stories.save(s.id, article.body, duplicateOfId);
            for (const hook of deps.afterSave ?? []) hook(conn, s.id, extraction);
            const itemStatus: ItemStatus = duplicateOfId !== null ? "duplicate" : s.created ? "added" : "updated";
            item({ path: rel, status: itemStatus, encoding: article.encoding, removed: article.removed.length, durationMs: Date.now() - t0, articleId: s.id, duplicateOfId });
            return { ...s, status: itemStatus };
          })();
          status = saved.status;
          keys.set(saved.id, keyBits(key));
          if (status === "duplicate") counts.duplicates++;
          else if (status === "added") counts.added++;
          else counts.updated++;
        }
      } catch (err) {
        if (isDiskFull(err)) throw new DiskFullError(runId, rel);
        status = "failed";
        error = err instanceof Error ? err.message : String(err);
        counts.failed++;
        failures.push({ path: rel, error });
        item({ path: rel, status, error, durationMs: Date.now() - t0 });
      }
      if ((n + 1) % PROGRESS_EVERY === 0) saveCounts();
      options.onProgress?.({ runId, done: n + 1, total, current: rel, lastStatus: status, lastError: error, elapsedMs: Date.now() - started });
      // A prefetched file is already read, and awaiting it yields only to microtasks: give the
      // event loop a turn between files, so a server running a web import keeps answering.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }

    if (!options.only) {
      const present = new Set(files);
      const gone = [...existing.values()].filter((a) => !present.has(a.path) && !a.missingSince);
      const now = prismaDate(new Date());
      conn.transaction(() => {
        for (const a of gone) {
          st.markMissing.run(now, a.id);
          item({ path: a.path, status: "missing", error: "file no longer in the import folder; the article is kept and marked missing", durationMs: 0, articleId: a.id });
          missingPaths.push(a.path);
        }
      })();
      counts.missing = gone.length;
    }
    for (const hook of deps.afterRun ?? []) await hook(conn);
    finished = true;
    saveCounts();
    // Refreshes the planner's statistics where the run changed the tables enough to matter.
    conn.pragma("optimize");
  } catch (err) {
    if (isDiskFull(err)) diskFull = err instanceof DiskFullError ? err : new DiskFullError(runId, null);
    throw diskFull ?? err;
  } finally {
    const status = diskFull ? "failed" : !finished ? "interrupted" : counts.failed > 0 ? "failed" : "succeeded";
    await releaseImportLock(db, runId, status, diskFull ? conn : undefined);
    conn.close();
  }

  return { runId, status: counts.failed > 0 ? "failed" : "succeeded", total, ...counts, elapsedMs: Date.now() - started, failures, missingPaths };
}
