/**
 * Which articles of a listing snapshot match the list filters, newest first: the smallest
 * posting list among the filters set (or the date range, a run of ranks) is walked and every
 * other filter is checked per article. Also the keyset cursor as a rank.
 */
import type { Cursor } from "@/lib/validation/article-filters";
import { dayAfter, dayStart, type WhereFilters } from "../articles/article-where";
import { mentionAt, postingsOf, type ListingSnapshot } from "./snapshot";

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

/** Ranks of the articles matching the filters, ascending (newest first). A slug or source that names nothing matches nothing. */
export function matchRanks(s: ListingSnapshot, f: Partial<WhereFilters>): Int32Array {
  const company = f.company === undefined ? null : s.companies.entities.idBySlug.get(f.company);
  const person = f.person === undefined ? null : s.people.entities.idBySlug.get(f.person);
  const source = f.source === undefined ? null : s.sources.indexOf(f.source);
  const script = f.script === undefined ? null : s.scripts.indexOf(f.script);
  if (company === undefined || person === undefined || source === -1 || script === -1) return NONE;
  const dates = f.from !== undefined || f.to !== undefined;
  const [lo, hi] = dates ? dateRange(s, f.from, f.to) : [0, s.size];

  const keep = (r: number): boolean =>
    (source === null || s.source[r] === source) &&
    (script === null || s.script[r] === script) &&
    (company === null || mentionAt(s.companies, r, company) >= 0) &&
    (person === null || mentionAt(s.people, r, person) >= 0);

  // Walk the shortest candidate list; the rest are checks.
  const lists: Int32Array[] = [];
  if (company !== null) lists.push(postingsOf(s.companies, company));
  if (person !== null) lists.push(postingsOf(s.people, person));
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
