/**
 * Articles sharing companies and people with one article, scored over the listing snapshot:
 * each shared entity adds 2 when the article is about it (1 when it only mentions it), plus 1
 * when the candidate is about it too. Only each entity's newest CANDIDATES_PER_ENTITY articles
 * are candidates: a much-mentioned company has tens of thousands, and readers want recent
 * related stories.
 */
import { mentionAt, postingsOf, type ListingSnapshot, type MentionIndex } from "./snapshot";

const ABOUT_WEIGHT = 2;
const CANDIDATES_PER_ENTITY = 300;

export interface SharedEntity {
  id: number;
  name: string;
  about: boolean;
}

export interface RelatedRank {
  id: number;
  score: number;
  shared: string[];
}

export function relatedRanks(
  s: ListingSnapshot,
  article: { companies: SharedEntity[]; people: SharedEntity[] },
  excludeIds: Set<number>,
  limit: number,
): RelatedRank[] {
  const scores = new Map<number, { score: number; shared: string[] }>();
  const add = (index: MentionIndex, e: SharedEntity) => {
    const ranks = postingsOf(index, e.id);
    const base = e.about ? ABOUT_WEIGHT : 1;
    for (let k = 0; k < Math.min(ranks.length, CANDIDATES_PER_ENTITY); k++) {
      const r = ranks[k]!;
      if (excludeIds.has(s.id[r]!)) continue;
      const entry = scores.get(r) ?? { score: 0, shared: [] };
      entry.score += base + (mentionAt(index, r, e.id) === 1 ? ABOUT_WEIGHT - 1 : 0);
      entry.shared.push(e.name);
      scores.set(r, entry);
    }
  };
  for (const c of article.companies) add(s.companies, c);
  for (const p of article.people) add(s.people, p);
  // Ties go to the newer article (the lower rank).
  return [...scores]
    .sort(([ra, a], [rb, b]) => b.score - a.score || ra - rb)
    .slice(0, limit)
    .map(([r, v]) => ({ id: s.id[r]!, score: v.score, shared: v.shared }));
}
