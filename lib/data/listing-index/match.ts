/**
 * Which articles of a listing snapshot match the list filters, newest first: the smallest
 * posting list among the filters set (or the date range, a run of ranks) is walked and every
 * other filter is checked per article. Also the keyset cursor as a rank.
 */
import type { Cursor } from "@/lib/validation/article-filters";
import { dayAfter, dayStart, slugList, type WhereFilters } from "../articles/article-where";
import { mentionAt, postingsOf, type ListingSnapshot, type MentionIndex } from "./snapshot";

const NONE = new Int32Array(0);

/** First index in [lo, hi) for which `after(rank)` holds, `after` being monotone (false… then true…). */
export function firstWhere(lo: number, hi: number, after: (i: number) => boolean): number {
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (after(mid)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Ranks [lo, hi) of articles dated in [from, to] (whole days, Asia/Shanghai). */
function dateRange(s: ListingSnapshot, from: string | undefined, to: string | undefined): [number, number] {
  const fromMs = from === undefined ? null : dayStart(from).getTime();
  const toMs = to === undefined ? null : dayAfter(to).getTime();
  const hi = fromMs === null ? s.dated : firstWhere(0, s.dated, (r) => s.time[r]! < fromMs);
  const lo = toMs === null ? 0 : firstWhere(0, s.dated, (r) => s.time[r]! < toMs);
  return [lo, Math.max(lo, hi)];
}

/** Ranks in any of the lists (each ascending), ascending and without repeats. */
function union(lists: Int32Array[], size: number): Int32Array {
  if (lists.length === 1) return lists[0]!;
  const seen = new Uint8Array(size);
  let n = 0;
  for (const l of lists) for (const r of l) if (!seen[r]) (seen[r] = 1), n++;
  const out = new Int32Array(n);
  let k = 0;
  for (let r = 0; r < size && k < n; r++) if (seen[r]) out[k++] = r;
  return out;
}

/**
 * Ranks of the articles matching the filters, ascending (newest first). Several companies and
 * people must all be named (match "all", the default) or at least one (match "any"); a slug or
 * source that names nothing matches nothing (under "any", only that choice adds nothing).
 */
export function matchRanks(s: ListingSnapshot, f: Partial<WhereFilters>): Int32Array {
  const picks: { index: MentionIndex; id: number | undefined }[] = [
    ...slugList(f.company).map((slug) => ({ index: s.companies, id: s.companies.entities.idBySlug.get(slug) })),
    ...slugList(f.person).map((slug) => ({ index: s.people, id: s.people.entities.idBySlug.get(slug) })),
  ];
  const any = f.match === "any";
  const known = picks.filter((p): p is { index: MentionIndex; id: number } => p.id !== undefined);
  const source = f.source === undefined ? null : s.sources.indexOf(f.source);
  const script = f.script === undefined ? null : s.scripts.indexOf(f.script);
  if (source === -1 || script === -1) return NONE;
  if (any ? picks.length > 0 && known.length === 0 : known.length < picks.length) return NONE;
  const dates = f.from !== undefined || f.to !== undefined;
  const [lo, hi] = dates ? dateRange(s, f.from, f.to) : [0, s.size];

  const named = (r: number, p: { index: MentionIndex; id: number }) => mentionAt(p.index, r, p.id) >= 0;
  const keep = (r: number): boolean =>
    (source === null || s.source[r] === source) &&
    (script === null || s.script[r] === script) &&
    (known.length === 0 || (any ? known.some((p) => named(r, p)) : known.every((p) => named(r, p))));

  // Walk the shortest candidate list; the rest are checks.
  const lists: Int32Array[] = [];
  if (known.length > 0) {
    const postings = known.map((p) => postingsOf(p.index, p.id));
    if (any) lists.push(union(postings, s.size));
    else lists.push(...postings);
  }
  if (source !== null) lists.push(s.sourcePostings[source]!);
  if (script !== null) lists.push(s.scriptPostings[script]!);
  const shortest = lists.reduce<Int32Array | null>((best, l) => (best === null || l.length < best.length ? l : best), null);
  if (shortest === null || (dates && hi - lo < shortest.length)) {
    const out = new Int32Array(hi - lo);
    let n = 0;
    for (let r = lo; r < hi; r++) if (keep(r)) out[n++] = r;
    return out.subarray(0, n);
  }
  const out = new Int32Array(shortest.length);
  let n = 0;
  for (const r of shortest) if (r >= lo && r < hi && keep(r)) out[n++] = r;
  return out.subarray(0, n);
}

/** The first rank that comes after the cursor in list order (publishedAt desc, undated last, id desc). */
export function rankAfter(s: ListingSnapshot, c: Cursor): number {
  if (c.publishedAt === null) return firstWhere(s.dated, s.size, (r) => s.id[r]! < c.id);
  const at = c.publishedAt.getTime();
  return firstWhere(0, s.dated, (r) => s.time[r]! < at || (s.time[r] === at && s.id[r]! < c.id));
}
