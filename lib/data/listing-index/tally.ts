/**
 * Counting over a set of ranks of a listing snapshot: the counts beside filter choices, an
 * entity's co-mentions and its mentions by month. Ties are broken by value (sources, months)
 * or by the entity's name in pinyin order (companies, people).
 */
import { comparePinyin } from "@/lib/text/pinyin-order";
import { mentionAt, postingsOf, type ListingSnapshot, type MentionIndex } from "./snapshot";

export interface Tally<T> {
  value: T;
  count: number;
}

function top<T>(counts: Map<T, number>, limit: number, before: (a: T, b: T) => number): Tally<T>[] {
  return [...counts]
    .map(([value, count]) => ({ value, count }))
    .sort((a, b) => b.count - a.count || before(a.value, b.value))
    .slice(0, limit);
}

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** Counts of a coded column (source, script, month) over the ranks; -1 (no value) is skipped. */
export function tallyCodes(codes: Int32Array, values: string[], ranks: Int32Array, limit = Infinity): Tally<string>[] {
  const n = new Int32Array(values.length);
  for (let i = 0; i < ranks.length; i++) {
    const c = codes[ranks[i]!]!;
    if (c >= 0) n[c]!++;
  }
  const counts = new Map<string, number>();
  n.forEach((k, c) => k > 0 && counts.set(values[c]!, k));
  return top(counts, limit, byString);
}

/** Entities mentioned in the articles at these ranks, by number of articles; `skip` (an entity itself) and rejected entities left out. */
export function tallyMentions(index: MentionIndex, ranks: Int32Array, limit: number, skip = -1): Tally<number>[] {
  const n = new Int32Array(index.maxEntity + 1);
  const { offsets, entity } = index;
  for (let k = 0; k < ranks.length; k++) {
    const r = ranks[k]!;
    for (let i = offsets[r]!; i < offsets[r + 1]!; i++) n[entity[i]!]!++;
  }
  const counts = new Map<number, number>();
  n.forEach((c, e) => {
    if (c > 0 && e !== skip && index.entities.byId.has(e) && index.entities.byId.get(e)!.status !== "rejected") counts.set(e, c);
  });
  // Ties in pinyin order, as the company and people lists sort them.
  const name = (e: number) => index.entities.byId.get(e)!.name;
  return top(counts, limit, (a, b) => comparePinyin(name(a), name(b)) || a - b);
}

/** Months (YYYY-MM) of the dated articles at these ranks, oldest first. */
export function tallyMonths(s: ListingSnapshot, ranks: Int32Array): Tally<string>[] {
  return tallyCodes(s.month, s.months, ranks).sort((a, b) => byString(a.value, b.value));
}

const NO_MONTHS = new Int32Array(0);

/** Months (YYYY-MM) of an entity's dated articles, oldest first: tallyMonths of its postings, counted when the snapshot was built. */
export function entityMonths(s: ListingSnapshot, index: MentionIndex, entityId: number): Tally<string>[] {
  const pairs = index.monthTally.get(entityId) ?? NO_MONTHS;
  const out: Tally<string>[] = [];
  for (let i = 0; i < pairs.length; i += 2) out.push({ value: s.months[pairs[i]!]!, count: pairs[i + 1]! });
  return out;
}

/**
 * An entity's articles for its profile: how many are about it, and the first `limit` (ranks):
 * those about it first, then the rest, each newest first. One pass over its postings.
 */
export function entityPage(index: MentionIndex, entityId: number, limit: number): { aboutCount: number; page: { rank: number; about: boolean }[] } {
  let aboutCount = 0;
  const about: number[] = [];
  const other: number[] = [];
  for (const r of postingsOf(index, entityId)) {
    if (mentionAt(index, r, entityId) === 1) {
      aboutCount++;
      if (about.length < limit) about.push(r);
    } else if (other.length < limit) other.push(r);
  }
  const page = [...about.map((rank) => ({ rank, about: true })), ...other.map((rank) => ({ rank, about: false }))];
  return { aboutCount, page: page.slice(0, limit) };
}

/** The most-mentioned entities at these ranks with their slugs and names (see tallyMentions). */
export function topEntities(index: MentionIndex, ranks: Int32Array, limit: number, skip = -1): { slug: string; name: string; count: number }[] {
  return tallyMentions(index, ranks, limit, skip).map((t) => {
    const e = index.entities.byId.get(t.value)!;
    return { slug: e.slug, name: e.name, count: t.count };
  });
}
