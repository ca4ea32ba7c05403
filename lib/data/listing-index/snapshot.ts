/**
 * The listing snapshot: every listed (not missing) article's sort key, source, script, month and
 * mentions, held in typed arrays in recency order, so that a filter combination, its total, the
 * counts beside every filter choice and an entity's profile figures are a walk over a few
 * thousand array cells instead of SQL aggregates over the mention tables (at 100,000 articles a
 * new company + source combination cost ~50 ms of SQLite, a company profile ~125 ms).
 *
 * "Rank" is an article's position in the list order (publishedAt desc, undated last, id desc):
 * rank 0 is the newest. Postings (the ranks of one company, person, source or script) are sorted
 * ascending, so any subset of ranks is already newest first.
 *
 * Pure: built from plain rows (see load-snapshot.ts for the SQL), no database here.
 */

export interface ArticleRowIn {
  id: number;
  /** Prisma's DateTime text (or null). */
  publishedAt: string | null;
  /** Local (Asia/Shanghai) date text, its first 7 characters are the month. */
  publishedLocal: string | null;
  source: string | null;
  script: string;
}

export interface MentionRowIn {
  articleId: number;
  entityId: number;
  about: number;
  /** How often the article names the entity; orders its mentions (0 when not given). */
  count?: number;
}

/** An article's story (../../data/import/story-store.ts); articles without a row are stories of their own. */
export interface StoryRowIn {
  articleId: number;
  storyId: number;
  bodyChars: number;
}

export interface EntityRowIn {
  id: number;
  slug: string;
  name: string;
  status: string;
  /** A company's kind (company, lab, investor…); people have none. */
  kind?: string | null;
}

export interface EntityTable {
  byId: Map<number, EntityRowIn>;
  idBySlug: Map<string, number>;
}

/** One kind of mention (company or person), both ways: per rank (CSR) and per entity (postings). */
export interface MentionIndex {
  /**
   * offsets[r]..offsets[r+1] index `entity` and `about` for the article at rank r, in the order
   * a list row shows them: what the article is about first, then the most named.
   */
  offsets: Int32Array;
  entity: Int32Array;
  about: Uint8Array;
  /** Ranks of each entity's articles, ascending (newest first). */
  postings: Map<number, Int32Array>;
  /**
   * Each entity's articles by month, oldest month first: pairs (month code into
   * ListingSnapshot.months, count). Counted once when the snapshot is built (in the worker
   * thread): a page of entity trends counted over postings walked every mention of its
   * entities on the event loop (~130 ms at 100,000 articles on a loaded machine).
   */
  monthTally: Map<number, Int32Array>;
  /**
   * Each entity's newest local date text (the largest publishedLocal of its articles, as
   * max() gives it), for the entity lists' "latest mention": counted once when the snapshot is
   * built, in the worker thread, as monthTally is. The /companies list read it with a grouped
   * SQL query over every mention (~0.4 s of CPU at 100,000 articles, its first visit 0.6 s).
   */
  newestLocal: Map<number, string>;
  /** The largest entity id mentioned (counting arrays are this long plus one). */
  maxEntity: number;
  entities: EntityTable;
}

export interface ListingSnapshot {
  /** The data generation the snapshot was read at (null: a database without the counter). */
  generation: bigint | null;
  size: number;
  id: Int32Array;
  /** publishedAt in ms; NaN when undated. Descending over the dated prefix. */
  time: Float64Array;
  /** Ranks [0, dated) have a date; the undated tail follows. */
  dated: number;
  /** Rank of each article id, -1 for ids not listed (missing or unknown). */
  rankOfId: Int32Array;
  source: Int32Array;
  sources: string[];
  sourcePostings: Int32Array[];
  script: Int32Array;
  scripts: string[];
  scriptPostings: Int32Array[];
  /** Index into `months` ("2024-05"), or -1. */
  month: Int32Array;
  months: string[];
  companies: MentionIndex;
  people: MentionIndex;
  stories: StoryIndex;
}

/** Stories over ranks: which story each listed article belongs to, and each story's listed articles. */
export interface StoryIndex {
  /** Dense story number of the article at each rank. */
  story: Int32Array;
  /** offsets[k]..offsets[k+1] index `members`: the ranks of story k, ascending. */
  offsets: Int32Array;
  members: Int32Array;
  /** Length of each article's clean body, for "the most complete version". */
  chars: Int32Array;
}

/** Interns strings to small integer codes. */
function interner() {
  const codes = new Map<string, number>();
  const values: string[] = [];
  return {
    values,
    code(v: string | null): number {
      if (v === null) return -1;
      let c = codes.get(v);
      if (c === undefined) {
        c = values.length;
        values.push(v);
        codes.set(v, c);
      }
      return c;
    },
  };
}

function postingsByCode(codes: Int32Array, count: number): Int32Array[] {
  const sizes = new Int32Array(count);
  for (const c of codes) if (c >= 0) sizes[c]!++;
  const out = Array.from(sizes, (n) => new Int32Array(n));
  const fill = new Int32Array(count);
  for (let r = 0; r < codes.length; r++) {
    const c = codes[r]!;
    if (c >= 0) out[c]![fill[c]!++] = r;
  }
  return out;
}

/** Insertion sort of one article's mentions (a handful) by about, then count, both descending; stable. */
function sortSlice(entity: Int32Array, about: Uint8Array, count: Int32Array, from: number, to: number): void {
  for (let i = from + 1; i < to; i++) {
    const e = entity[i]!;
    const a = about[i]!;
    const c = count[i]!;
    let j = i - 1;
    while (j >= from && (about[j]! < a || (about[j] === a && count[j]! < c))) {
      entity[j + 1] = entity[j]!;
      about[j + 1] = about[j]!;
      count[j + 1] = count[j]!;
      j--;
    }
    entity[j + 1] = e;
    about[j + 1] = a;
    count[j + 1] = c;
  }
}

/** The rank of an article id in `rankOfId` (ListingSnapshot.rankOfId), -1 when it is not listed. */
export function rankIn(rankOfId: Int32Array, articleId: number): number {
  return articleId < rankOfId.length ? rankOfId[articleId]! : -1;
}

/**
 * The month counts of every posting list (see MentionIndex.monthTally); `byValue`, the month
 * codes in the order of their values.
 */
function monthTallies(postings: Map<number, Int32Array>, month: Int32Array, byValue: number[]): Map<number, Int32Array> {
  const n = new Int32Array(byValue.length);
  const out = new Map<number, Int32Array>();
  for (const [e, ranks] of postings) {
    n.fill(0);
    for (let i = 0; i < ranks.length; i++) {
      const c = month[ranks[i]!]!;
      if (c >= 0) n[c]!++;
    }
    let used = 0;
    for (const c of byValue) if (n[c]! > 0) used++;
    const pairs = new Int32Array(used * 2);
    let at = 0;
    for (const c of byValue) {
      if (n[c] === 0) continue;
      pairs[at++] = c;
      pairs[at++] = n[c]!;
    }
    out.set(e, pairs);
  }
  return out;
}

/** The largest local date text of each posting list's articles (string order, as SQL's max()); entities with none are left out. */
function newestLocals(postings: Map<number, Int32Array>, local: readonly (string | null)[]): Map<number, string> {
  const out = new Map<number, string>();
  for (const [e, ranks] of postings) {
    let best: string | null = null;
    for (let i = 0; i < ranks.length; i++) {
      const l = local[ranks[i]!]!;
      if (l !== null && (best === null || l > best)) best = l;
    }
    if (best !== null) out.set(e, best);
  }
  return out;
}

function mentionIndex(rows: MentionRowIn[], rankOfId: Int32Array, size: number, entities: EntityRowIn[], month: Int32Array, monthsByValue: number[], local: readonly (string | null)[]): MentionIndex {
  const offsets = new Int32Array(size + 1);
  const rankOf = (articleId: number) => rankIn(rankOfId, articleId);
  for (const m of rows) {
    const r = rankOf(m.articleId);
    if (r >= 0) offsets[r + 1]!++; // else a missing article
  }
  for (let r = 0; r < size; r++) offsets[r + 1]! += offsets[r]!;
  const entity = new Int32Array(offsets[size]!);
  const about = new Uint8Array(offsets[size]!);
  const count = new Int32Array(offsets[size]!);
  const fill = offsets.slice(0, size);
  let maxEntity = 0;
  for (const m of rows) {
    const r = rankOf(m.articleId);
    if (r < 0) continue;
    const at = fill[r]!++;
    entity[at] = m.entityId;
    about[at] = m.about ? 1 : 0;
    count[at] = m.count ?? 0;
    if (m.entityId > maxEntity) maxEntity = m.entityId;
  }
  for (let r = 0; r < size; r++) sortSlice(entity, about, count, offsets[r]!, offsets[r + 1]!);
  const perEntity = new Int32Array(maxEntity + 1);
  for (const e of entity) perEntity[e]!++;
  const lists: (Int32Array | undefined)[] = Array.from(perEntity, (n) => (n > 0 ? new Int32Array(n) : undefined));
  const filled = new Int32Array(maxEntity + 1);
  // Walking ranks in order keeps every posting list sorted.
  for (let r = 0; r < size; r++) {
    for (let i = offsets[r]!; i < offsets[r + 1]!; i++) {
      const e = entity[i]!;
      lists[e]![filled[e]!++] = r;
    }
  }
  const postings = new Map<number, Int32Array>();
  lists.forEach((l, e) => l && postings.set(e, l));
  return {
    offsets,
    entity,
    about,
    postings,
    monthTally: monthTallies(postings, month, monthsByValue),
    newestLocal: newestLocals(postings, local),
    maxEntity,
    entities: { byId: new Map(entities.map((e) => [e.id, e])), idBySlug: new Map(entities.map((e) => [e.slug, e.id])) },
  };
}

function storyIndex(rows: StoryRowIn[] | undefined, rankOfId: Int32Array, size: number): StoryIndex {
  const key = new Float64Array(size);
  const chars = new Int32Array(size);
  // Articles without a story row are their own story: key them by a value no story id takes.
  for (let r = 0; r < size; r++) key[r] = -1 - r;
  for (const row of rows ?? []) {
    const r = rankIn(rankOfId, row.articleId);
    if (r < 0) continue;
    key[r] = row.storyId;
    chars[r] = row.bodyChars;
  }
  const codes = new Map<number, number>();
  const story = new Int32Array(size);
  for (let r = 0; r < size; r++) {
    let c = codes.get(key[r]!);
    if (c === undefined) codes.set(key[r]!, (c = codes.size));
    story[r] = c;
  }
  const members = postingsByCode(story, codes.size);
  const offsets = new Int32Array(codes.size + 1);
  members.forEach((m, k) => (offsets[k + 1] = offsets[k]! + m.length));
  const flat = new Int32Array(size);
  members.forEach((m, k) => flat.set(m, offsets[k]!));
  return { story, offsets, members: flat, chars };
}

export function buildSnapshot(input: {
  generation: bigint | null;
  stories?: StoryRowIn[];
  articles: ArticleRowIn[];
  companyMentions: MentionRowIn[];
  personMentions: MentionRowIn[];
  companies: EntityRowIn[];
  people: EntityRowIn[];
}): ListingSnapshot {
  const rows = input.articles.map((a) => ({ a, t: a.publishedAt === null ? Number.NaN : Date.parse(a.publishedAt) }));
  rows.sort((x, y) => {
    const xn = Number.isNaN(x.t);
    const yn = Number.isNaN(y.t);
    if (xn !== yn) return xn ? 1 : -1;
    if (!xn && x.t !== y.t) return y.t - x.t;
    return y.a.id - x.a.id;
  });
  const size = rows.length;
  const id = new Int32Array(size);
  const time = new Float64Array(size);
  const source = new Int32Array(size);
  const script = new Int32Array(size);
  const month = new Int32Array(size);
  const sources = interner();
  const scripts = interner();
  const months = interner();
  const rankOfId = new Int32Array(rows.reduce((m, x) => Math.max(m, x.a.id), 0) + 1).fill(-1);
  // Only while building (the entities' newest dates): not kept, 100,000 strings.
  const local = rows.map(({ a }) => a.publishedLocal);
  let dated = 0;
  rows.forEach(({ a, t }, r) => {
    id[r] = a.id;
    time[r] = t;
    if (!Number.isNaN(t)) dated = r + 1;
    source[r] = sources.code(a.source);
    script[r] = scripts.code(a.script);
    month[r] = months.code(a.publishedLocal === null ? null : a.publishedLocal.slice(0, 7));
    rankOfId[a.id] = r;
  });
  const monthsByValue = months.values.map((_, c) => c).sort((a, b) => (months.values[a]! < months.values[b]! ? -1 : months.values[a]! > months.values[b]! ? 1 : 0));
  return {
    generation: input.generation,
    size,
    id,
    time,
    dated,
    rankOfId,
    source,
    sources: sources.values,
    sourcePostings: postingsByCode(source, sources.values.length),
    script,
    scripts: scripts.values,
    scriptPostings: postingsByCode(script, scripts.values.length),
    month,
    months: months.values,
    companies: mentionIndex(input.companyMentions, rankOfId, size, input.companies, month, monthsByValue, local),
    people: mentionIndex(input.personMentions, rankOfId, size, input.people, month, monthsByValue, local),
    stories: storyIndex(input.stories, rankOfId, size),
  };
}

export type EntityKind = "company" | "person";

export function mentionIndexOf(s: ListingSnapshot, kind: EntityKind): MentionIndex {
  return kind === "company" ? s.companies : s.people;
}

const NO_RANKS = new Int32Array(0);

/** Ranks of an entity's articles, newest first (none when no listed article mentions it). */
export function postingsOf(index: MentionIndex, entityId: number): Int32Array {
  return index.postings.get(entityId) ?? NO_RANKS;
}

/** A company or person as an article links to it; `about` when the article is about it, not only naming it. */
export interface EntityLink {
  slug: string;
  name: string;
  about: boolean;
}

/** The first `n` entities of the article at `rank` (about first, then most named), with their slug and name. */
export function topMentions(index: MentionIndex, rank: number, n: number): EntityLink[] {
  const out: EntityLink[] = [];
  for (let i = index.offsets[rank]!; i < index.offsets[rank + 1]! && out.length < n; i++) {
    const e = index.entities.byId.get(index.entity[i]!);
    if (e) out.push({ slug: e.slug, name: e.name, about: index.about[i] === 1 });
  }
  return out;
}

/** How the article at `rank` names the entity: -1 not at all, 0 in passing, 1 as what it is about. */
export function mentionAt(index: MentionIndex, rank: number, entityId: number): -1 | 0 | 1 {
  for (let i = index.offsets[rank]!; i < index.offsets[rank + 1]!; i++) if (index.entity[i] === entityId) return index.about[i] ? 1 : 0;
  return -1;
}
