/** Reads for the admin pages: import run history, one run's per-file results, and why lines were removed. */
import { z } from "zod";
import type { Db } from "../../db";

export async function listRuns(db: Db, limit = 50) {
  return db.importRun.findMany({ orderBy: { id: "desc" }, take: limit });
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
  const run = await db.importRun.findUnique({ where: { id } });
  if (!run) return null;
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
