/**
 * Imports a folder of scraped files. Each file is its own transaction: a bad file is recorded
 * with its reason and skipped, and the run goes on. Unchanged files (same bytes, same rules)
 * are not re-cleaned; changed files update their article in place; files that disappeared are
 * reported and marked, never deleted. Near-duplicates are linked to the article they repeat.
 */
import path from "node:path";
import type { Db } from "../../db";
import { db as defaultDb } from "../../db";
import { readEnv } from "../../env";
import { findNearDuplicate, simhash } from "../../ingest/near-duplicate";
import { extractFile, RULES_VERSION, type FileExtraction } from "../../ingest/extract-file";
import { listImportable } from "./list-files";
import { acquireImportLock, releaseImportLock } from "./lock";
import { contentHash, readInput } from "./read-input";
import { saveArticle, type Tx } from "./save-article";
import type { ImportOptions, ImportSummary, ItemStatus } from "./types";

/** Work that must happen in the same transaction as the article (entities, search index). */
export type AfterSave = (tx: Tx, articleId: number, extraction: FileExtraction) => Promise<void>;

export interface ImportDeps {
  db?: Db;
  afterSave?: AfterSave[];
  maxFileBytes?: number;
}

const PROGRESS_EVERY = 50;
const ITEM_BATCH = 500;

interface PendingItem {
  runId: number;
  path: string;
  status: ItemStatus;
  encoding?: string | null;
  error?: string | null;
  removed?: number;
  durationMs: number;
  articleId?: number | null;
  duplicateOfId?: number | null;
}

function* earlierKeys(keys: Map<number, string>, self: number | undefined): Generator<{ key: string; ref: number }> {
  for (const [id, key] of keys) if (id !== self) yield { key, ref: id };
}

export async function runImport(options: ImportOptions, deps: ImportDeps = {}): Promise<ImportSummary> {
  const db = deps.db ?? defaultDb();
  const maxBytes = deps.maxFileBytes ?? readEnv().IMPORT_MAX_FILE_BYTES;
  const dir = path.resolve(options.dir);
  const started = Date.now();
  // WAL lets readers (the web app) go on while an import writes, and survives a kill mid-write.
  await db.$queryRawUnsafe("PRAGMA journal_mode=WAL");
  const runId = await acquireImportLock(db, { trigger: options.trigger, triggeredBy: options.triggeredBy, dir: options.dir });
  const counts = { added: 0, updated: 0, unchanged: 0, duplicates: 0, failed: 0, missing: 0 };
  const failures: { path: string; error: string }[] = [];
  const missingPaths: string[] = [];
  let total = 0;
  let finished = false;

  try {
    const all = await listImportable(dir);
    const files = options.only ? all.filter((f) => options.only!.includes(f)) : all;
    for (const f of options.only ?? []) {
      if (!all.includes(f)) failures.push({ path: f, error: "file not found in the import folder" });
    }
    total = files.length + failures.length;
    await db.importRun.update({ where: { id: runId }, data: { total } });

    const existing = new Map(
      (await db.article.findMany({ select: { id: true, path: true, contentHash: true, nearDupKey: true, missingSince: true } })).map((a) => [a.path, a]),
    );
    const keys = new Map<number, string>([...existing.values()].map((a) => [a.id, a.nearDupKey]));
    const pending: PendingItem[] = failures.map((f) => ({ runId, path: f.path, status: "failed", error: f.error, durationMs: 0 }));
    counts.failed = failures.length;

    const flush = async (force: boolean) => {
      if (pending.length === 0 || (!force && pending.length < ITEM_BATCH)) return;
      await db.importItem.createMany({ data: pending.splice(0) });
    };

    for (const [n, rel] of files.entries()) {
      const t0 = Date.now();
      let status: ItemStatus = "failed";
      let error: string | null = null;
      try {
        const bytes = await readInput(path.join(dir, rel), maxBytes);
        const hash = contentHash(bytes, RULES_VERSION);
        const prev = existing.get(rel);
        if (prev && prev.contentHash === hash && !prev.missingSince) {
          status = "unchanged";
          counts.unchanged++;
          pending.push({ runId, path: rel, status, durationMs: Date.now() - t0, articleId: prev.id });
        } else {
          const extraction = extractFile(bytes, rel);
          const { article } = extraction;
          if (article.body.trim() === "") throw new Error("no article text found: every block was classified as boilerplate");
          const key = simhash(article.body);
          const duplicateOfId = findNearDuplicate(key, earlierKeys(keys, prev?.id));
          const saved = await db.$transaction(async (tx) => {
            const s = await saveArticle(tx, { path: rel, extracted: article, rawText: extraction.text, contentHash: hash, nearDupKey: key, duplicateOfId });
            for (const hook of deps.afterSave ?? []) await hook(tx, s.id, extraction);
            status = duplicateOfId !== null ? "duplicate" : s.created ? "added" : "updated";
            await tx.importItem.create({
              data: { runId, path: rel, status, encoding: article.encoding, removed: article.removed.length, durationMs: Date.now() - t0, articleId: s.id, duplicateOfId },
            });
            return s;
          });
          keys.set(saved.id, key);
          if (status === "duplicate") counts.duplicates++;
          else if (status === "added") counts.added++;
          else counts.updated++;
        }
      } catch (err) {
        status = "failed";
        error = err instanceof Error ? err.message : String(err);
        counts.failed++;
        failures.push({ path: rel, error });
        pending.push({ runId, path: rel, status, error, durationMs: Date.now() - t0 });
      }
      await flush(false);
      if ((n + 1) % PROGRESS_EVERY === 0) await db.importRun.update({ where: { id: runId }, data: { ...counts } });
      options.onProgress?.({ runId, done: n + 1, total, current: rel, lastStatus: status, lastError: error, elapsedMs: Date.now() - started });
    }

    if (!options.only) {
      const present = new Set(files);
      const gone = [...existing.values()].filter((a) => !present.has(a.path) && !a.missingSince);
      const now = new Date();
      for (const a of gone) {
        await db.article.update({ where: { id: a.id }, data: { missingSince: now } });
        pending.push({ runId, path: a.path, status: "missing", error: "file no longer in the import folder; the article is kept and marked missing", durationMs: 0, articleId: a.id });
        missingPaths.push(a.path);
      }
      counts.missing = gone.length;
    }
    await flush(true);
    finished = true;
  } finally {
    const status = !finished ? "interrupted" : counts.failed > 0 ? "failed" : "succeeded";
    await db.importRun.update({ where: { id: runId }, data: { ...counts, total } });
    await releaseImportLock(db, runId, status);
  }

  return {
    runId,
    status: counts.failed > 0 ? "failed" : "succeeded",
    total,
    ...counts,
    elapsedMs: Date.now() - started,
    failures,
    missingPaths,
  };
}
