/**
 * Imports a folder of scraped files, a batch of files to a transaction (one on SQLite, more on
 * PostgreSQL, where each statement is a round trip: Writer.writeBatch), all or nothing: a bad
 * file is recorded with its reason and skipped, its batch's other files written alone, and the
 * run goes on. A batch is written while the next one's files are read and cleaned. Unchanged files (same bytes, same rules)
 * are not re-cleaned; changed files update their article in place, its previous text kept as an
 * ArticleVersion; files that disappeared from the folder are reported and marked, never deleted.
 * An article belongs to the folder it was imported from (source-dir.ts). Near-duplicates are linked to the article they repeat, and
 * every article to its story (story-store.ts).
 * Writes go through the writer (lib/data/writer.ts: prepared statements on either store, see
 * lib/data/sqlite.ts for why not Prisma); the lock and the run record go through Prisma like the
 * rest of the app. On PostgreSQL the lock is also an advisory lock (lock.ts).
 */
import path from "node:path";
import type { Db } from "../../db";
import { db as defaultDb } from "../../db";
import { databaseUrl, readEnv } from "../../env";
import { keyBits, NearDuplicateIndex, simhash } from "../../ingest/near-duplicate";
import { extractFile, RULES_VERSION, type FileExtraction } from "../../ingest/extract-file";
import { prismaDate } from "../sqlite";
import { openWriter, type Queries, type Writer } from "../writer";
import { listImportable } from "./list-files";
import { DiskFullError, isDiskFull } from "./disk-full";
import { acquireImportLock, releaseImportLock } from "./lock";
import { publishAndAwaitReaders } from "./await-readers";
import { contentHash, readInput } from "./read-input";
import { insertArticles, saveArticle, type ArticleRow } from "./save-article";
import { stripInvisibleControls } from "./strip-controls";
import { adoptLegacyRows, sourceDirKey } from "./source-dir";
import { storyStore } from "./story-store";
import type { ImportOptions, ImportSummary, ItemStatus } from "./types";

/**
 * Work that must happen in the same transaction as the article (entities): statements go
 * through `tx`; `run` is the run's writer (what a hook reads once per run is keyed by it);
 * `created`: the article row is new in this transaction, so nothing refers to it yet.
 * `batch`: every file the transaction saves, in order (this one among them; the articles are
 * all stored before the first call), a new array for each transaction, so a hook can read what
 * the whole batch needs in one statement on its first call and keep it for the others.
 */
export type AfterSave = (tx: Queries, articleId: number, extraction: FileExtraction, run: Writer, created: boolean, batch: readonly FileExtraction[]) => Promise<void>;

export interface ImportDeps {
  db?: Db;
  /** The store's URL for the run's writer; defaults to DATABASE_URL. Must be the store `db` uses. */
  url?: string;
  afterSave?: AfterSave[];
  /**
   * What else, besides the file and the rules, decides what a file imports to (e.g. admin review
   * decisions); read once per run on the run's writer and folded into the unchanged check.
   */
  runVersion?: (run: Writer) => Promise<string>;
  /** Work after every file is saved, on the run's writer (bringing the search index up to date). */
  afterRun?: ((run: Writer) => Promise<void>)[];
  /**
   * Work after each batch's transaction commits, on the articles it added or changed (on
   * PostgreSQL, their search index rows), done while the next batch's files are cleaned.
   */
  afterCommit?: ((run: Writer, articleIds: number[]) => Promise<void>)[];
  maxFileBytes?: number;
  /** Longest wait for the servers to rebuild for the run's data before it is marked finished (await-readers.ts). */
  readersWaitMs?: number;
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

const SQL = {
  existing: `SELECT "id", "path", "contentHash", "missingSince" FROM "Article" WHERE "sourceDir" = ?`,
  nearDupKeys: `SELECT "id", "nearDupKey" FROM "Article"`,
  item: `INSERT INTO "ImportItem" ("runId", "path", "status", "encoding", "error", "removed", "durationMs", "articleId", "duplicateOfId", "createdAt")
    VALUES (@runId, @path, @status, @encoding, @error, @removed, @durationMs, @articleId, @duplicateOfId, @createdAt)`,
  itemHead: `INSERT INTO "ImportItem" ("runId", "path", "status", "encoding", "error", "removed", "durationMs", "articleId", "duplicateOfId", "createdAt")`,
  counts: `UPDATE "ImportRun" SET "total" = @total, "added" = @added, "updated" = @updated, "unchanged" = @unchanged,
    "duplicates" = @duplicates, "failed" = @failed, "missing" = @missing WHERE "id" = @runId`,
  markMissing: `UPDATE "Article" SET "missingSince" = ? WHERE "id" = ?`,
};

type ItemRow = { path: string; status: ItemStatus; encoding?: string | null; error?: string | null; removed?: number; durationMs: number; articleId?: number | null; duplicateOfId?: number | null };

export async function runImport(options: ImportOptions, deps: ImportDeps = {}): Promise<ImportSummary> {
  const db = deps.db ?? defaultDb();
  const maxBytes = deps.maxFileBytes ?? readEnv().IMPORT_MAX_FILE_BYTES;
  const dir = path.resolve(options.dir);
  const started = Date.now();
  const w = openWriter(deps.url ?? databaseUrl());
  const runId = await acquireImportLock(db, { trigger: options.trigger, triggeredBy: options.triggeredBy, dir: options.dir });
  const counts: Counts = { added: 0, updated: 0, unchanged: 0, duplicates: 0, failed: 0, missing: 0 };
  const failures: { path: string; error: string }[] = [];
  const missingPaths: string[] = [];
  let total = 0;
  let finished = false;
  /** The batch being written (flush below), at most one at a time, in order. */
  let writing: Promise<void> = Promise.resolve();
  let diskFull: DiskFullError | null = null;

  try {
    const item = (q: Queries, p: ItemRow) =>
      q.run(SQL.item, { runId, encoding: null, error: null, removed: 0, articleId: null, duplicateOfId: null, createdAt: prismaDate(new Date()), ...p });
    /** Import items, appended (on PostgreSQL one statement for a batch's). */
    const items = async (q: Queries, rows: ItemRow[]) => {
      const createdAt = prismaDate(new Date());
      for (const p of rows) {
        await q.append(SQL.itemHead, [runId, p.path, p.status, p.encoding ?? null, p.error ?? null, p.removed ?? 0, p.durationMs, p.articleId ?? null, p.duplicateOfId ?? null, createdAt]);
      }
    };
    const saveCounts = () => w.run(SQL.counts, { runId, total, ...counts });

    const all = await listImportable(dir);
    const files = options.only ? all.filter((f) => options.only!.includes(f)) : all;
    for (const f of options.only ?? []) if (!all.includes(f)) failures.push({ path: f, error: "file not found in the import folder" });
    total = files.length + failures.length;
    counts.failed = failures.length;
    for (const f of failures) await item(w, { path: f.path, status: "failed", error: f.error, durationMs: 0 });
    await saveCounts();

    const rulesVersion = deps.runVersion ? `${RULES_VERSION}|${await deps.runVersion(w)}` : RULES_VERSION;
    // Only this folder's articles are this run's to update or mark missing; near-duplicates are found across every folder.
    const sourceDir = sourceDirKey(dir);
    await w.transaction((tx) => adoptLegacyRows(tx, dir));
    const stored = await w.all<{ id: number; path: string; contentHash: string; missingSince: string | null }>(SQL.existing, [sourceDir]);
    const existing = new Map(stored.map((a) => [a.path, a]));
    const loadKeys = async () => {
      const index = new NearDuplicateIndex<number>();
      for (const a of await w.all<{ id: number; nearDupKey: string }>(SQL.nearDupKeys)) index.set(a.id, keyBits(a.nearDupKey));
      return index;
    };
    let keys = await loadKeys();
    let stories = await storyStore(w);
    await stories.backfill();
    // The next file is read while this one is cleaned, so the loop never waits on the disk.
    let next = files.length > 0 ? prefetch(path.join(dir, files[0]!), maxBytes) : null;
    let done = 0;

    /** A file read and cleaned, waiting for its batch's transaction; `ms`: time spent reading and cleaning it. */
    type Entry =
      | { rel: string; ms: number; kind: "unchanged"; articleId: number }
      | { rel: string; ms: number; kind: "failed"; error: string }
      | { rel: string; ms: number; kind: "write"; prev: number | null; extraction: FileExtraction; hash: string; key: string; stripped: Record<string, number> };
    const failedEntry = (e: Entry, error: string): Entry => ({ rel: e.rel, ms: e.ms, kind: "failed", error });

    type WriteEntry = Extract<Entry, { kind: "write" }>;
    /** A saved file's article: its id, whether its row is new, the article it repeats. */
    type Saved = { id: number; created: boolean; duplicateOfId: number | null };

    /**
     * Saves the batch's new and changed articles in `tx`, each compared with the near-duplicate
     * index as the files before it left it (a rolled-back batch reloads the index). Where the
     * store reserves ids (PostgreSQL) the new articles are inserted in one statement, before the
     * changed ones are updated (one of those may repeat a new one); elsewhere each as it comes.
     */
    const saveArticles = async (tx: Queries, writes: WriteEntry[]): Promise<Map<Entry, Saved>> => {
      const ids = await tx.reserveIds("Article", writes.filter((e) => e.prev === null).length);
      const saved = new Map<Entry, Saved>();
      const fresh: { id: number; row: ArticleRow }[] = [];
      const changed: { id: number; row: ArticleRow }[] = [];
      for (const e of writes) {
        const duplicateOfId = keys.find(keyBits(e.key), e.prev ?? undefined);
        const row: ArticleRow = { sourceDir, path: e.rel, extracted: e.extraction.article, rawText: e.extraction.text, contentHash: e.hash, nearDupKey: e.key, duplicateOfId, stripped: e.stripped };
        let s: { id: number; created: boolean };
        if (e.prev !== null) {
          s = { id: e.prev, created: false };
          changed.push({ id: e.prev, row });
        } else if (ids) {
          s = { id: ids[fresh.length]!, created: true };
          fresh.push({ id: s.id, row });
        } else s = await saveArticle(tx, null, row);
        keys.set(s.id, keyBits(e.key));
        saved.set(e, { ...s, duplicateOfId });
      }
      await insertArticles(tx, fresh);
      for (const c of changed) await saveArticle(tx, c.id, c.row);
      return saved;
    };

    /** Writes what else one entry needs in `tx`, its article saved (`s`); its import item is returned, to be written with the batch's. */
    const write = async (tx: Queries, e: Entry, s?: Saved, batch: readonly FileExtraction[] = []): Promise<ItemRow> => {
      if (e.kind === "unchanged") return { path: e.rel, status: "unchanged", durationMs: e.ms, articleId: e.articleId };
      if (e.kind === "failed") return { path: e.rel, status: "failed", error: e.error, durationMs: e.ms };
      if (!s) throw new Error(`${e.rel}: its article was not saved`);
      const w0 = Date.now();
      const { article } = e.extraction;
      await stories.save(tx, s.id, article.body, s.duplicateOfId);
      for (const hook of deps.afterSave ?? []) await hook(tx, s.id, e.extraction, w, s.created, batch);
      const status: ItemStatus = s.duplicateOfId !== null ? "duplicate" : s.created ? "added" : "updated";
      return { path: e.rel, status, encoding: article.encoding, removed: article.removed.length, durationMs: e.ms + Date.now() - w0, articleId: s.id, duplicateOfId: s.duplicateOfId };
    };

    const settle = (e: Entry, row: ItemRow) => {
      const status = row.status;
      if (status === "failed") failures.push({ path: e.rel, error: row.error ?? "" });
      if (status === "unchanged" || status === "duplicate" || status === "added" || status === "updated" || status === "failed") {
        counts[status === "duplicate" ? "duplicates" : status]++;
      }
      done++;
      options.onProgress?.({ runId, done, total, current: e.rel, lastStatus: status, lastError: row.error ?? null, elapsedMs: Date.now() - started });
    };

    /**
     * One transaction for the batch: its articles, their entities, stories and import items,
     * all or nothing. If it fails, the indexes it moved are reloaded and each file is written
     * alone, so one bad file is recorded as failed and the others are saved.
     */
    const flush = async (batch: Entry[]): Promise<void> => {
      if (batch.length === 0) return;
      let current = batch[0]!.rel;
      let changedIds: number[] = [];
      try {
        const rows = await w.transaction(async (tx) => {
          const writes = batch.filter((e): e is WriteEntry => e.kind === "write");
          if (writes.length === 1) current = writes[0]!.rel;
          const saved = await saveArticles(tx, writes);
          const extractions = writes.map((e) => e.extraction);
          const out: ItemRow[] = [];
          for (const e of batch) {
            current = e.rel;
            out.push(await write(tx, e, saved.get(e), extractions));
          }
          await items(tx, out);
          return out;
        });
        batch.forEach((e, i) => settle(e, rows[i]!));
        changedIds = rows.flatMap((r) => (r.articleId != null && r.status !== "unchanged" ? [r.articleId] : []));
      } catch (err) {
        if (isDiskFull(err)) throw new DiskFullError(runId, current);
        keys = await loadKeys();
        stories = await storyStore(w);
        if (batch.length > 1) {
          for (const e of batch) await flush([e]);
          return;
        }
        const e = failedEntry(batch[0]!, err instanceof Error ? err.message : String(err));
        const row = await write(w, e);
        await items(w, [row]);
        settle(e, row);
      }
      if (changedIds.length > 0) for (const hook of deps.afterCommit ?? []) await hook(w, changedIds);
      if (Math.floor(done / PROGRESS_EVERY) > Math.floor((done - batch.length) / PROGRESS_EVERY)) await saveCounts();
    };

    let batch: Entry[] = [];
    for (const [n, rel] of files.entries()) {
      const t0 = Date.now();
      try {
        const read = next!;
        next = n + 1 < files.length ? prefetch(path.join(dir, files[n + 1]!), maxBytes) : null;
        const bytes = await read();
        const hash = contentHash(bytes, rulesVersion);
        const prev = existing.get(rel);
        if (prev && prev.contentHash === hash && !prev.missingSince) {
          batch.push({ rel, ms: Date.now() - t0, kind: "unchanged", articleId: prev.id });
        } else {
          const extracted = extractFile(bytes, rel);
          const { article, stripped } = stripInvisibleControls(extracted.article);
          if (article.body.trim() === "") throw new Error("no article text found: every block was classified as boilerplate");
          batch.push({ rel, ms: Date.now() - t0, kind: "write", prev: prev?.id ?? null, extraction: { ...extracted, article }, hash, key: simhash(article.body), stripped });
        }
      } catch (err) {
        if (isDiskFull(err)) throw new DiskFullError(runId, rel);
        batch.push({ rel, ms: Date.now() - t0, kind: "failed", error: err instanceof Error ? err.message : String(err) });
      }
      if (batch.length >= w.writeBatch || n + 1 === files.length) {
        // The batch is written while the next one's files are read and cleaned: on PostgreSQL
        // its statements wait on the server, and cleaning is this process's work, so neither
        // waits for the other. Its failure (a full disk) surfaces at the next batch or the end.
        const full = batch;
        batch = [];
        await writing;
        writing = flush(full);
        writing.catch(() => {});
      }
      // A prefetched file is already read, and awaiting it yields only to microtasks: give the
      // event loop a turn between files, so a server running a web import keeps answering.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
    await writing;

    if (!options.only) {
      const present = new Set(files);
      const gone = [...existing.values()].filter((a) => !present.has(a.path) && !a.missingSince);
      const now = prismaDate(new Date());
      await w.transaction(async (tx) => {
        for (const a of gone) {
          await tx.run(SQL.markMissing, [now, a.id]);
          await item(tx, { path: a.path, status: "missing", error: "file no longer in the import folder; the article is kept and marked missing", durationMs: 0, articleId: a.id });
        }
      });
      missingPaths.push(...gone.map((a) => a.path));
      counts.missing = gone.length;
    }
    for (const hook of deps.afterRun ?? []) await hook(w);
    finished = true;
    await saveCounts();
    // Refreshes the planner's statistics where the run changed the tables enough to matter.
    await w.optimize();
    // Every write is committed: the servers rebuild for them before the run is marked finished.
    await publishAndAwaitReaders(w, runId, deps.readersWaitMs);
  } catch (err) {
    if (isDiskFull(err)) diskFull = err instanceof DiskFullError ? err : new DiskFullError(runId, null);
    throw diskFull ?? err;
  } finally {
    // Nothing is written after the lock is released.
    await writing.catch(() => {});
    const status = diskFull ? "failed" : !finished ? "interrupted" : counts.failed > 0 ? "failed" : "succeeded";
    await releaseImportLock(db, runId, status, diskFull ? w : undefined);
    await w.close();
  }

  return { runId, status: counts.failed > 0 ? "failed" : "succeeded", total, ...counts, elapsedMs: Date.now() - started, failures, missingPaths };
}
