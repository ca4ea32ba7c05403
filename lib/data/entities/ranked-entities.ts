/**
 * The order of the company and person lists: most articles first, ties by pinyin (百度 before
 * 华为 before 腾讯), Latin names among them by letter. SQLite can only sort by code point, which
 * scatters Chinese names at random, so the visible entities and their counts are sorted here.
 * Both lists and the kind counts are read from the listing snapshot (its postings are each
 * entity's listed articles, their newest local date counted when it was built), kept while that
 * snapshot is served. They were grouped SQL reads of every mention (~0.4 s of CPU at 100,000
 * articles, two of them queued in the one worker thread): the first visit of /companies took
 * 0.6 s (issue 17: no request waits > 0.5 s).
 */
import type { Db } from "@/lib/db";
import { comparePinyin } from "@/lib/text/pinyin-order";
import type { EntityCursor } from "@/lib/validation/entity-lists";
import { snapshotRead } from "../listing-index/listing-index";
import { mentionIndexOf, postingsOf, type ListingSnapshot } from "../listing-index/snapshot";

export interface RankedEntity {
  id: number;
  name: string;
  articleCount: number;
  /** publishedLocal of the newest article that mentions it (for the "latest mention" order). */
  lastMentioned: string | null;
}

/**
 * Visible entities of a snapshot (not rejected, mentioned by a listed article), unordered;
 * `companyKind` keeps companies of that kind only.
 */
function visibleEntities(s: ListingSnapshot, kind: "company" | "person", companyKind?: string): RankedEntity[] {
  const index = mentionIndexOf(s, kind);
  const out: RankedEntity[] = [];
  for (const e of index.entities.byId.values()) {
    if (e.status === "rejected" || (companyKind && e.kind !== companyKind)) continue;
    const ranks = postingsOf(index, e.id);
    if (ranks.length === 0) continue;
    // The newest local date only when some article has a date (ranks below `dated`), as SQL's
    // max(publishedAt) IS NULL said before; postings are ascending, so the first is the newest.
    out.push({ id: e.id, name: e.name, articleCount: ranks.length, lastMentioned: ranks[0]! < s.dated ? (index.newestLocal.get(e.id) ?? null) : null });
  }
  return out;
}

/** Visible entities (not rejected, mentioned by an article still present), in list order. */
export function rankedEntities(database: Db, kind: "company" | "person", companyKind?: string): Promise<RankedEntity[]> {
  return snapshotRead(database, `ranked:${kind}:${companyKind ?? ""}`, (s) =>
    visibleEntities(s, kind, companyKind).sort((x, y) => y.articleCount - x.articleCount || comparePinyin(x.name, y.name) || x.id - y.id),
  );
}

/** How many visible companies there are of each kind (the /companies filter), most first; kept while the snapshot is served. */
export function companyKindCounts(database: Db): Promise<{ kind: string; count: number }[]> {
  return snapshotRead(database, "company-kinds", (s) => {
    const counts = new Map<string, number>();
    for (const e of visibleEntities(s, "company")) {
      const k = mentionIndexOf(s, "company").entities.byId.get(e.id)!.kind ?? "";
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
    // Ties by kind, as the grouped query listed them (SQLite groups in key order).
    return [...counts].map(([kind, count]) => ({ kind, count })).sort((a, b) => b.count - a.count || (a.kind < b.kind ? -1 : a.kind > b.kind ? 1 : 0));
  });
}

/** Where the page after `cursor` starts in a ranked list (most articles first). */
export function startAfter(ranked: readonly { id: number; articleCount: number }[], cursor: EntityCursor | undefined, offset: number): number {
  if (!cursor) return offset;
  const at = ranked.findIndex((r) => r.id === cursor.id);
  if (at >= 0) return at + 1;
  const next = ranked.findIndex((r) => r.articleCount < cursor.articleCount);
  return next < 0 ? ranked.length : next;
}
