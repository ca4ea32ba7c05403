/** Reads for the admin pages: import run history, one run's per-file results, and why lines were removed. */
import { z } from "zod";
import type { Db } from "../../db";
import { currentRun } from "../import/lock";

type RunCounts = { added: number; updated: number; unchanged: number; duplicates: number; failed: number; missing: number };
const COUNT_OF_STATUS: Record<string, keyof RunCounts> = {
  added: "added", updated: "updated", unchanged: "unchanged", duplicate: "duplicates", failed: "failed", missing: "missing",
};

/**
 * Each run's counts from its per-file rows, not the counters the run saves every 50 files: a
 * killed run's counters lag the rows it wrote (issue 16, item 13), and the rows are what the run
 * page lists. One grouped query for all the runs shown.
 */
async function countsFromRows(db: Db, runIds: number[]): Promise<Map<number, RunCounts>> {
  const out = new Map<number, RunCounts>();
  if (runIds.length === 0) return out;
  const groups = await db.importItem.groupBy({ by: ["runId", "status"], where: { runId: { in: runIds } }, _count: { _all: true } });
  for (const id of runIds) out.set(id, { added: 0, updated: 0, unchanged: 0, duplicates: 0, failed: 0, missing: 0 });
  for (const g of groups) {
    const key = COUNT_OF_STATUS[g.status];
    if (key) out.get(g.runId)![key] += g._count._all;
  }
  return out;
}

export async function listRuns(db: Db, limit = 50) {
  // A killed import's row says "running" until someone looks: looking marks it interrupted (lock.ts).
  await currentRun(db);
  const runs = await db.importRun.findMany({ orderBy: { id: "desc" }, take: limit });
  const counts = await countsFromRows(db, runs.map((r) => r.id));
  return runs.map((r) => ({ ...r, ...counts.get(r.id) }));
}

export type RunRow = Awaited<ReturnType<typeof listRuns>>[number];

const ITEM_STATUSES = ["added", "updated", "unchanged", "duplicate", "failed", "missing"] as const;
export const RunItemsQuery = z.object({
  status: z.enum(ITEM_STATUSES).optional(),
  page: z.coerce.number().int().min(1).max(100_000).default(1),
});
export type RunItemsQuery = z.infer<typeof RunItemsQuery>;

export const ITEMS_PER_PAGE = 200;

export async function getRun(db: Db, id: number, query: RunItemsQuery = { page: 1 }) {
  await currentRun(db);
  const stored = await db.importRun.findUnique({ where: { id } });
  if (!stored) return null;
  const run = { ...stored, ...(await countsFromRows(db, [id])).get(id) };
  const where = { runId: id, ...(query.status ? { status: query.status } : {}) };
  const [items, matching] = await Promise.all([
    db.importItem.findMany({
      where,
      orderBy: [{ id: "asc" }],
      skip: (query.page - 1) * ITEMS_PER_PAGE,
      take: ITEMS_PER_PAGE,
      include: { article: { select: { id: true, title: true, encoding: true } } },
    }),
    db.importItem.count({ where }),
  ]);
  return { run, items, matching, pages: Math.max(1, Math.ceil(matching / ITEMS_PER_PAGE)) };
}

export type RunDetail = NonNullable<Awaited<ReturnType<typeof getRun>>>;

/** How many of a run's files each status filter shows, from the same rows the filter lists. */
export function statusCounts(run: Partial<RunCounts>): Record<(typeof ITEM_STATUSES)[number], number> {
  const count = (s: (typeof ITEM_STATUSES)[number]) => run[COUNT_OF_STATUS[s]!] ?? 0;
  return Object.fromEntries(ITEM_STATUSES.map((s) => [s, count(s)])) as Record<(typeof ITEM_STATUSES)[number], number>;
}

const Cleaning = z.object({
  removed: z.array(z.object({ kind: z.string(), reason: z.string(), text: z.string() })).default([]),
});

export interface RemovalGroup {
  kind: string;
  blocks: number;
  chars: number;
  /** A few distinct reasons, as the cleaner wrote them. */
  reasons: string[];
}

/** What the cleaner removed from an article, grouped by kind ("navigation: 3 blocks, 2,104 chars"). */
export async function removalSummary(db: Db, articleId: number): Promise<RemovalGroup[]> {
  const article = await db.article.findUnique({ where: { id: articleId }, select: { cleaning: true } });
  if (!article) return [];
  let parsed: z.infer<typeof Cleaning>;
  try {
    parsed = Cleaning.parse(JSON.parse(article.cleaning));
  } catch {
    return [];
  }
  const groups = new Map<string, RemovalGroup>();
  for (const r of parsed.removed) {
    const g = groups.get(r.kind) ?? { kind: r.kind, blocks: 0, chars: 0, reasons: [] };
    g.blocks++;
    g.chars += r.text.length;
    if (g.reasons.length < 3 && !g.reasons.includes(r.reason)) g.reasons.push(r.reason);
    groups.set(r.kind, g);
  }
  return [...groups.values()].sort((a, b) => b.chars - a.chars);
}
