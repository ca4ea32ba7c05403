/**
 * What the /companies and /people pages do to the ranked list before paging: keep the entities
 * a search names (name, alias, product or pinyin, the same matching as the search page's cards)
 * and put them in the order asked for. The list is a few thousand rows at most, in memory.
 */
import type { Db } from "@/lib/db";
import { matchEntities } from "@/lib/search/entity-match";
import { comparePinyin } from "@/lib/text/pinyin-order";
import type { EntitySort } from "@/lib/validation/entity-lists";
import { entityIndex } from "../search/entities";
import type { RankedEntity } from "./ranked-entities";

export interface EntityListView {
  q?: string;
  sort?: EntitySort;
}

export interface ViewedEntity extends RankedEntity {
  /** The alias or product the search matched, when it was not the name ("Kimi"). */
  via: string | null;
}

/** Latest mention first; entities whose articles carry no date go last, then by the default order. */
function byRecent(a: RankedEntity, b: RankedEntity): number {
  if (a.lastMentioned === b.lastMentioned) return 0;
  if (a.lastMentioned === null) return 1;
  if (b.lastMentioned === null) return -1;
  return Date.parse(b.lastMentioned) - Date.parse(a.lastMentioned);
}

export async function viewEntityList(database: Db, kind: "company" | "person", ranked: RankedEntity[], view: EntityListView): Promise<ViewedEntity[]> {
  let rows: ViewedEntity[] = ranked.map((r) => ({ ...r, via: null }));
  if (view.q) {
    const index = await entityIndex(database);
    const hits = matchEntities(kind === "company" ? index.companies : index.people, view.q, Number.MAX_SAFE_INTEGER);
    const via = new Map(hits.map((h) => [h.entity.id, h.via]));
    rows = rows.filter((r) => via.has(r.id)).map((r) => ({ ...r, via: via.get(r.id) ?? null }));
  }
  // Array.prototype.sort is stable: equal keys keep the default order (articles, then pinyin).
  if (view.sort === "name") rows.sort((a, b) => comparePinyin(a.name, b.name) || a.id - b.id);
  else if (view.sort === "recent") rows.sort(byRecent);
  return rows;
}
