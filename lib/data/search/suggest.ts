/** Suggestions as the reader types: companies and people by name, alias or pinyin. */
import type { Db } from "../../db";
import { db as defaultDb } from "../../db";
import { matchEntities } from "../../search/entity-match";
import { entityIndex } from "./entities";

export interface Suggestion {
  kind: "company" | "person";
  slug: string;
  name: string;
  /** The alias or product that matched, shown beside the name ("Kimi"). */
  via: string | null;
  mentions: number;
}

export async function suggestEntities(q: string, limit = 8, deps: { db?: Db } = {}): Promise<Suggestion[]> {
  if (q.trim() === "") return [];
  const index = await entityIndex(deps.db ?? defaultDb());
  const hits = [...matchEntities(index.companies, q, limit), ...matchEntities(index.people, q, limit)];
  hits.sort((a, b) => b.score - a.score || b.entity.mentions - a.entity.mentions);
  return hits.slice(0, limit).map((h) => ({ kind: h.entity.kind, slug: h.entity.slug, name: h.entity.name, via: h.via, mentions: h.entity.mentions }));
}
