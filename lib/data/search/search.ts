/**
 * Search across articles, companies and people. Articles come from the ArticleSearch FTS5
 * index (bm25, title weighted highest) then recency; companies and people from the in-memory
 * name/alias/pinyin matcher. All SQL is built with Prisma.sql, so every value — including the
 * MATCH expression — is a bound parameter, and runs on the direct read connection (a search
 * makes four or five small queries; through Prisma each cost ~1 ms more than the query).
 */
import { Prisma } from "../../generated/prisma/client";
import type { Db } from "../../db";
import { db as defaultDb } from "../../db";
import { matchEntities, publicEntity, type EntityHit, type EntityRecord, type PreparedEntity } from "../../search/entity-match";
import { buildMatch, combinedMatch } from "../../search/match-expression";
import { emptyQuery, parseQuery, type ParsedQuery, type Term } from "../../search/parse-query";
import { pinyinQuery } from "../../search/pinyin";
import { searchTokens } from "../../search/normalize";
import { highlightAll, snippet, type Segment } from "../../search/snippet";
import type { Sort } from "../../search/search-params";
import { entityIndex, type EntityIndex } from "./entities";
import { keepSearchIndexFresh } from "./freshness";
import { cachedRead } from "../cache/generation-cache";
import { sqliteDate } from "../read-connection";
import { reader, searchSql, type Reader, type SearchSql, type TermShares } from "../dialect";
import { ID_SPACE, keyFloor } from "../../search/recency-key";
import type { Group } from "../../search/search-params";
import { storyOthersOf, type StoryOthers } from "../articles/list-articles";
import { listingSnapshot } from "../listing-index/listing-index";
import { rankIn } from "../listing-index/snapshot";
import { readOffLoop } from "../listing-index/off-thread-build";
import { filteredInWindow, keyValue, linkSets, type FilterShape } from "./sqlite-filtered";
import { countUpTo, newestInWindows, termShares, windowFloor, type NewestQuery } from "./newest-in-windows";
import { conjuncts, termsOf } from "../../search/tsquery";
import { mapInTurns } from "../../async/map-in-turns";

/**
 * One result per story on a page: a hit whose story already has a better-ranked hit on the page
 * is left out, and each remaining hit of a story of several lists the story's other reports.
 */
async function foldStories(db: Db, hits: ArticleHit[]): Promise<ArticleHit[]> {
  const s = await listingSnapshot(db);
  const seen = new Set<number>();
  const kept = hits.filter((h) => {
    const r = rankIn(s.rankOfId, h.id);
    if (r < 0) return true;
    const story = s.stories.story[r]!;
    if (seen.has(story)) return false;
    seen.add(story);
    return true;
  });
  const others = await storyOthersOf(db, s, kept);
  return kept.map((h) => (others.has(h.id) ? { ...h, story: others.get(h.id)! } : h));
}

export interface SearchInput {
  q: string;
  page?: number;
  pageSize?: number;
  sort?: Sort;
  /** "story": a hit whose story has a better-ranked hit on the page is listed under it. Default "off" (feeds list every article). */
  group?: Group;
}

export interface ArticleHit {
  id: number;
  /** The title the article page leads with (the restored one for spun text), highlighted. */
  title: Segment[];
  titleRestored: boolean;
  snippet: Segment[];
  source: string | null;
  /** ISO 8601 with +08:00 as published, or null. */
  publishedLocal: string | null;
  publishedAt: string | null;
  /** The date was inferred from other clues on the page (shown as 约 …（推断）). */
  dateInferred: boolean;
  /** When grouped: the story's other reports (whether they match or not). */
  story?: StoryOthers;
}

export interface EntityResult extends EntityRecord {
  matchedBy: EntityHit["matchedBy"];
  via: string | null;
}

export interface SearchResult {
  q: string;
  warnings: string[];
  companies: EntityResult[];
  people: EntityResult[];
  articles: {
    items: ArticleHit[];
    ranking: Ranking;
    page: number;
    pageSize: number;
    /** Exact up to COUNT_CAP; beyond it `totalCapped` is true. */
    total: number;
    totalCapped: boolean;
    hasMore: boolean;
    /** Hits on this page listed under a better-ranked hit of their story. */
    folded: number;
  };
}

export interface SearchDeps {
  db?: Db;
  /** SQLite URL of the same file, for index repairs; defaults to DATABASE_URL. */
  url?: string;
}

/** Counting stops here ("200+"): an exact count of a common phrase would read its whole posting list. */
const COUNT_CAP = 200;
const ENTITY_GROUP_LIMIT = 6;

const toEntityResult = (h: EntityHit): EntityResult => ({ ...publicEntity(h.entity), matchedBy: h.matchedBy, via: h.via });

function mergeHits(lists: EntityHit[][], limit: number): EntityHit[] {
  const best = new Map<number, EntityHit>();
  for (const h of lists.flat()) {
    const prev = best.get(h.entity.id);
    if (!prev || h.score > prev.score) best.set(h.entity.id, h);
  }
  return [...best.values()].sort((a, b) => b.score - a.score || b.entity.mentions - a.entity.mentions).slice(0, limit);
}

/** Entities the free text names: the whole text, and each word on its own. */
function entitiesFor(list: PreparedEntity[], q: ParsedQuery): EntityHit[] {
  const terms = q.clauses.flat();
  if (terms.length === 0) return [];
  const whole = terms.map((t) => t.text).join(" ");
  return mergeHits([matchEntities(list, whole, ENTITY_GROUP_LIMIT), ...(terms.length > 1 ? terms.map((t) => matchEntities(list, t.text, 3)) : [])], ENTITY_GROUP_LIMIT);
}

function asTerm(text: string, expanded = false): Term | null {
  const tokens = searchTokens(text);
  return tokens.length > 0 ? { text, tokens, quoted: false, ...(expanded ? { expanded } : {}) } : null;
}

function exactEntities(index: EntityIndex, text: string): PreparedEntity[] {
  return [...matchEntities(index.companies, text, 3), ...matchEntities(index.people, text, 3)].filter((h) => h.exact).map((h) => h.entity as PreparedEntity);
}

/**
 * Widens clauses so a word that names an entity by pinyin or alias also finds the entity's
 * name and other aliases in the text (likaifu → 李开复, Kimi → 月之暗面). "li kai fu" typed as
 * separate words is read as one name when together they are an entity's pinyin.
 */
function expandClauses(q: ParsedQuery, index: EntityIndex): Term[][] {
  const alternatives = (t: Term): Term[] => {
    if (t.quoted) return [t];
    const out: Term[] = [t];
    for (const e of exactEntities(index, t.text)) for (const name of [e.name, ...e.aliases].slice(0, 6)) {
      const alt = asTerm(name, true);
      if (alt && !out.some((o) => o.tokens.join(" ") === alt.tokens.join(" "))) out.push(alt);
    }
    return out.slice(0, 10);
  };
  const singles = q.clauses.every((c) => c.length === 1 && !c[0]!.quoted);
  if (q.clauses.length > 1 && singles) {
    const joined = q.clauses.map((c) => c[0]!.text).join(" ");
    if (pinyinQuery(joined) && exactEntities(index, joined).length > 0) {
      const whole = asTerm(joined);
      if (whole) return [alternatives(whole)];
    }
  }
  return q.clauses.map((c) => c.flatMap(alternatives));
}

/** Ids of the entities a company:/person: value names; null when it names none. */
function resolveFilter(list: PreparedEntity[], value: string): number[] | null {
  const hits = matchEntities(list, value, 20);
  const exact = hits.filter((h) => h.exact);
  if (exact.length > 0) return exact.map((h) => h.entity.id);
  const top = hits[0];
  return top && top.score >= 60 ? [top.entity.id] : null;
}

/** Start of a calendar day in Asia/Shanghai. */
function dayStart(day: string): Date {
  return new Date(`${day}T00:00:00+08:00`);
}

/**
 * Filters written against either the FTS table (rows keyed by the recency key) or the
 * SearchIndexState table (filter-only searches); `key` and `id` are the two columns' SQL.
 */
interface Filters {
  keyMin: number | null;
  keyMax: number | null;
  /**
   * `dense`: linked to a large share of the articles (SearchSql.denseShare); `share`: that share
   * by the entities' mention counts (null where the store does not plan by it).
   */
  mentions: { kind: "company" | "person"; ids: number[]; negated: boolean; dense: boolean; share: number | null; links: number }[];
  /**
   * Words that name an entity: an article matches when it is linked to the entity (the
   * filters, cards and profiles count those) or, failing a link, has the words in its text.
   */
  named: NamedClause[];
}

interface NamedClause {
  companies: number[];
  people: number[];
  /** MATCH expression of the clause's words and the entities' other names. */
  text: string;
  /** Linked to a large share of the articles (SearchSql.denseShare): checked per row, not as sets (SQLite: the links). */
  dense: boolean;
  /** About how many articles are linked to the entities (linkCount). */
  links: number;
}

/**
 * Whether the row is linked to one of these entities: on the index row where the store keeps
 * its links (PostgreSQL), else a correlated probe of the (articleId, companyId) unique index per
 * candidate row: the scan goes newest-first and stops at the page, so this beats building the
 * full id list of a company mentioned in thousands of articles. As a set (`sets`), the ids come
 * from the (companyId, articleId) index once, read in order: for an entity linked to few
 * articles, where a walk newest first probes row after row without finding a page (at 100,000
 * articles, company:澜舟科技 模型 probed nearly every 模型 match for its 292 links).
 */
function mentionProbe(kind: "company" | "person", ids: number[], id: Prisma.Sql, s: SearchSql, sets = false): Prisma.Sql {
  if (s.linked) return s.linked(kind, ids);
  if (sets) {
    return kind === "company"
      ? Prisma.sql`${id} IN (SELECT cm."articleId" FROM "CompanyMention" cm WHERE cm."companyId" IN (${Prisma.join(ids)}))`
      : Prisma.sql`${id} IN (SELECT pm."articleId" FROM "PersonMention" pm WHERE pm."personId" IN (${Prisma.join(ids)}))`;
  }
  return kind === "company"
    ? Prisma.sql`EXISTS (SELECT 1 FROM "CompanyMention" cm WHERE cm."articleId" = ${id} AND cm."companyId" IN (${Prisma.join(ids)}))`
    : Prisma.sql`EXISTS (SELECT 1 FROM "PersonMention" pm WHERE pm."articleId" = ${id} AND pm."personId" IN (${Prisma.join(ids)}))`;
}

/**
 * A dense clause is checked on the row itself (the query's rows are the index's: both of
 * PostgreSQL's searches read "ArticleSearch", see rankArticles), the links first, so a walk
 * newest first stops after a page; a sparse one as sets of matching keys, built once.
 */
function namedSql(n: NamedClause, key: Prisma.Sql, id: Prisma.Sql, s: SearchSql, shape: FilterShape, linksOnly: boolean): Prisma.Sql {
  const rowwise = n.dense && s.matchInRow;
  const either: Prisma.Sql[] = [];
  const sets = linkSets(n, shape);
  if (n.companies.length > 0) either.push(mentionProbe("company", n.companies, id, s, sets));
  if (n.people.length > 0) either.push(mentionProbe("person", n.people, id, s, sets));
  if (!linksOnly) either.push(rowwise ? s.match(n.text) : s.inIndex(key, n.text, shape.narrow));
  return Prisma.sql`(${Prisma.join(either, " OR ")})`;
}

/** `linksOnly`: a named clause is met by its links alone (a subset of its rows, no text read). */
function filterSql(f: Filters, key: Prisma.Sql, id: Prisma.Sql, s: SearchSql, shape: FilterShape = {}, linksOnly = false): Prisma.Sql {
  const parts: Prisma.Sql[] = [];
  // As integers: FTS5 then seeks to the date range instead of walking every match outside it.
  if (f.keyMin !== null) parts.push(Prisma.sql`${key} >= ${keyValue(f.keyMin)}`);
  if (f.keyMax !== null) parts.push(Prisma.sql`${key} < ${keyValue(f.keyMax)}`);
  for (const m of f.mentions) {
    const probe = mentionProbe(m.kind, m.ids, id, s, linkSets(m, shape));
    parts.push(m.negated ? Prisma.sql`NOT ${probe}` : probe);
  }
  for (const n of f.named) parts.push(namedSql(n, key, id, s, shape, linksOnly));
  return parts.length > 0 ? Prisma.sql` AND ${Prisma.join(parts, " AND ")}` : Prisma.empty;
}

/** The companies and people an unquoted word names exactly (name, alias, pinyin; not a product). */
function namedBy(index: EntityIndex, terms: Term[]): { companies: number[]; people: number[] } {
  const out = { companies: [] as number[], people: [] as number[] };
  for (const t of terms) {
    // Only what the reader typed: an added alias must not pull in a second entity.
    if (t.quoted || t.expanded) continue;
    for (const e of exactEntities(index, t.text)) {
      const list = e.kind === "company" ? out.companies : out.people;
      if (!list.includes(e.id)) list.push(e.id);
    }
  }
  return out;
}

/** How the articles were ordered, so the page can say so. */
export type Ranking = "relevance" | "title-then-recent" | "title-first" | "recent";

interface Plan {
  match: string | null;
  negative: string | null;
  phrases: string[];
  /**
   * Phrases every match holds (a word clause of one phrase, the one source: value): more than
   * rankedMatchesMax matches of the query are as many of each, so the query is not selective.
   */
  required: string[];
  title: string | null;
  /**
   * Whether a row whose title matches `title` (and its source `titleSource`) matches the words
   * too (no excluded words), so with the filters it matches the query without its doc being read.
   */
  titleImplies: boolean;
  /** The source: values' clause, checked on the row's own source vector beside the title's. */
  titleSource: string | null;
  filters: Filters;
  highlight: string[][];
  warnings: string[];
  empty: boolean;
  /** About how many articles the index holds (indexedEstimate), where the store plans by it. */
  indexed: number | null;
}

/**
 * The share of the `indexed` articles linked to these entities, by their mention counts (which
 * may lag imports: this picks a plan, never the results); null where the store does not plan by it.
 */
function linkedShare(index: EntityIndex, s: SearchSql, indexed: number | null, companies: number[], people: number[]): number | null {
  if (s.denseShare === null || indexed === null || indexed <= 0) return null;
  const linked = (list: PreparedEntity[], ids: number[]) => list.filter((e) => ids.includes(e.id)).reduce((n, e) => n + e.mentions, 0);
  return Math.min(1, (linked(index.companies, companies) + linked(index.people, people)) / indexed);
}

/** About how many articles are linked to these entities: their mention counts (which may lag imports: a plan, never the results). */
function linkCount(index: EntityIndex, companies: number[], people: number[]): number {
  const linked = (list: PreparedEntity[], ids: number[]) => list.filter((e) => ids.includes(e.id)).reduce((n, e) => n + e.mentions, 0);
  return linked(index.companies, companies) + linked(index.people, people);
}

/** Whether the articles linked to these entities are a large share of the `indexed` articles (SearchSql.denseShare). */
function isDense(index: EntityIndex, s: SearchSql, indexed: number | null, companies: number[], people: number[]): boolean {
  const share = linkedShare(index, s, indexed, companies, people);
  return share !== null && share >= s.denseShare!;
}

function plan(q: ParsedQuery, index: EntityIndex, s: SearchSql, indexed: number | null = null): Plan {
  const warnings = [...q.warnings];
  const clauses = expandClauses(q, index);
  const extra: Term[][] = [];
  const filters: Filters = { keyMin: null, keyMax: null, mentions: [], named: [] };
  const entityFilter = (values: string[], list: PreparedEntity[], kind: "company" | "person", negated: boolean) => {
    for (const v of values) {
      const ids = resolveFilter(list, v);
      if (ids) {
        const [companies, people] = kind === "company" ? [ids, []] : [[], ids];
        filters.mentions.push({ kind, ids, negated, dense: isDense(index, s, indexed, companies, people), share: linkedShare(index, s, indexed, companies, people), links: linkCount(index, companies, people) });
        continue;
      }
      // No such entity: fall back to the words in the text, and say so.
      const t = asTerm(v);
      warnings.push(`没有叫“${v}”的${kind === "company" ? "公司" : "人物"}，已改为${negated ? "排除" : "搜索"}含这几个字的文章。`);
      if (t && negated) q.excluded.push(t);
      else if (t) extra.push([t]);
    }
  };
  entityFilter(q.companies, index.companies, "company", false);
  entityFilter(q.excludedCompanies, index.companies, "company", true);
  entityFilter(q.people, index.people, "person", false);
  entityFilter(q.excludedPeople, index.people, "person", true);
  if (q.after) filters.keyMin = keyFloor(dayStart(q.after));
  if (q.before) filters.keyMax = keyFloor(dayStart(q.before));
  // A word naming an entity finds every article linked to it; `-word` excludes them all.
  const textClauses: Term[][] = [];
  for (const clause of clauses) {
    const named = namedBy(index, clause);
    const text = buildMatch(emptyQuery(), [clause], s.syntax).positive;
    if (text !== null && named.companies.length + named.people.length > 0) filters.named.push({ ...named, text, dense: isDense(index, s, indexed, named.companies, named.people), links: linkCount(index, named.companies, named.people) });
    else textClauses.push(clause);
  }
  const unlinked = namedBy(index, q.excluded);
  if (unlinked.companies.length > 0) filters.mentions.push({ kind: "company", ids: unlinked.companies, negated: true, dense: isDense(index, s, indexed, unlinked.companies, []), share: null, links: linkCount(index, unlinked.companies, []) });
  if (unlinked.people.length > 0) filters.mentions.push({ kind: "person", ids: unlinked.people, negated: true, dense: isDense(index, s, indexed, [], unlinked.people), share: null, links: linkCount(index, [], unlinked.people) });
  const m = buildMatch(q, [...textClauses, ...extra], s.syntax);
  const filtered = filters.keyMin !== null || filters.keyMax !== null || filters.mentions.length > 0 || filters.named.length > 0 || m.negative !== null;
  const highlight = [...clauses, ...extra].flat().map((t) => t.tokens);
  // Articles whose title has the words still lead when the words name an entity.
  const titleWords = [...(m.title ? [m.title] : []), ...filters.named.map((n) => s.syntax.column("title", `(${n.text})`))];
  const title = titleWords.length > 0 ? s.syntax.all(titleWords) : null;
  const titleImplies = m.negative === null;
  const titleSource = q.sources.length > 0 ? s.syntax.anyOf(q.sources.map((t) => s.syntax.column("source", s.syntax.phrase(t.tokens)))) : null;
  const required = [
    ...[...textClauses, ...extra].filter((c) => c.length === 1).map((c) => s.syntax.phrase(c[0]!.tokens)),
    ...(q.sources.length === 1 ? [s.syntax.column("source", s.syntax.phrase(q.sources[0]!.tokens))] : []),
  ].filter((ph) => m.phrases.includes(ph));
  return { match: combinedMatch(m, s.syntax), negative: m.negative, phrases: m.phrases, required, title, titleImplies, titleSource, filters, highlight, warnings, empty: m.positive === null && !filtered, indexed };
}

/**
 * Whether more than rankedMatchesMax matches of the query show it common without a count: each
 * match holds its one phrase, or a phrase every match must hold (Plan.required), so there are as
 * many of that phrase's.
 */
function windowShowsCommon(p: Plan): boolean {
  return p.phrases.length === 1 || p.required.length > 0;
}

const STATE_KEY = Prisma.sql`s."ftsRowid"`;
const STATE_ID = Prisma.sql`s."articleId"`;

/** Above the store's rankedMatchesMax (dialect.ts), the newest this-many matches are ranked: title matches first, then newest. */
const RECENT_WINDOW = 500;

/** Whether a phrase is in more than the store's rankedMatchesMax articles; kept until the data changes. */
function common(db: Db, r: Reader, s: SearchSql, phrase: string): Promise<boolean> {
  return cachedRead(db, `df:${r.kind}:${phrase}`, async () => {
    const rows = await readOffLoop<{ n: number }>(db, Prisma.sql`SELECT count(*) AS n FROM (SELECT 1 FROM "ArticleSearch" WHERE ${s.match(phrase)} LIMIT ${s.rankedMatchesMax + 1}) AS sub`);
    return (rows[0]?.n ?? 0) > s.rankedMatchesMax;
  });
}

async function selective(db: Db, r: Reader, s: SearchSql, phrases: string[]): Promise<boolean> {
  if (phrases.length > 8) return false;
  for (const ph of phrases) if (await common(db, r, s, ph)) return false;
  return true;
}

interface Ranked {
  ids: number[];
  total: number;
  ranking: Ranking;
}

const idsOf = (rows: { id: number }[]) => rows.map((r) => r.id);

async function rankArticles(db: Db, p: Plan, sort: Sort, limit: number, offset: number): Promise<Ranked> {
  const r = reader(db);
  const s = searchSql(r.kind);
  const FTS_KEY = s.key;
  const FTS_ID = Prisma.sql`(${s.key} % ${ID_SPACE})`;
  // A match walks the index (a common word: ~0.2–1 s at 100,000 articles): on SQLite that read
  // runs in the worker thread, so the loop keeps serving other requests meanwhile.
  const ids = async (q: Prisma.Sql) => idsOf(await readOffLoop<{ id: number }>(db, q));
  const count = async (q: Prisma.Sql) => (await readOffLoop<{ n: number }>(db, q))[0]?.n ?? 0;
  if (p.match !== null) {
    const where = Prisma.sql`${s.match(p.match)}${filterSql(p.filters, FTS_KEY, FTS_ID, s)}`;
    if (s.matchInRow && sort !== "recent") return rankedInRows(db, r, s, p, where, limit, offset, ids);
    // FTS5 seeks to a rowid bound only when it is an integer (filterSql's keyValue); the capped
    // count still walks from the end the bound keeps (before: only → oldest first).
    const countFrom = p.filters.keyMax !== null && p.filters.keyMin === null ? Prisma.raw("ASC") : Prisma.raw("DESC");
    const total = await count(Prisma.sql`SELECT count(*) AS n FROM (SELECT 1 FROM "ArticleSearch" WHERE ${where} ORDER BY ${FTS_KEY} ${countFrom} LIMIT ${COUNT_CAP + 1}) AS sub`);
    if (total === 0) return { ids: [], total, ranking: sort === "recent" ? "recent" : "relevance" };
    if (sort === "recent") {
      return { ids: await ids(Prisma.sql`SELECT ${FTS_ID} AS id FROM "ArticleSearch" WHERE ${where} ORDER BY ${FTS_KEY} DESC LIMIT ${limit} OFFSET ${offset}`), total, ranking: "recent" };
    }
    if (await selective(db, r, s, p.phrases)) {
      // Relevance, then recency (the key orders by publication time) among near-equal scores.
      const ranked = await ids(Prisma.sql`SELECT ${FTS_ID} AS id FROM "ArticleSearch" WHERE ${where}
        ORDER BY ${s.relevance(p.match)}, ${FTS_KEY} DESC LIMIT ${limit} OFFSET ${offset}`);
      return { ids: ranked, total, ranking: "relevance" };
    }
    const probed = p.title !== null && sparseLinks(p.filters);
    const titleFirst = p.title === null ? Prisma.empty
      : probed ? Prisma.sql`(k IN (SELECT k FROM titled)) DESC,`
      : Prisma.sql`(${s.inIndex(Prisma.raw("k"), p.title, Prisma.sql` AND ${s.keyColumn} >= (SELECT min(k) FROM cand)`)}) DESC,`;
    // The window's newest `limit + offset` title matches, each window row probed newest first
    // until they are found: all of them when fewer, so ordering by them is ordering by a title match.
    const titled = probed
      ? Prisma.sql`, titled AS (SELECT k FROM cand WHERE EXISTS (SELECT 1 FROM "ArticleSearch" WHERE ${s.match(p.title!)} AND ${s.keyColumn} = cand.k) ORDER BY k DESC LIMIT ${limit + offset})`
      : Prisma.empty;
    const ranked = await ids(Prisma.sql`WITH cand AS (SELECT ${FTS_KEY} AS k FROM "ArticleSearch" WHERE ${where} ORDER BY ${FTS_KEY} DESC LIMIT ${RECENT_WINDOW})${titled}
      SELECT k % ${ID_SPACE} AS id FROM cand ORDER BY ${titleFirst} k DESC LIMIT ${limit} OFFSET ${offset}`);
    return { ids: ranked, total, ranking: p.title ? "title-then-recent" : "recent" };
  }
  if (s.matchInRow) return filteredInRows(p, s, sort, limit, offset, ids, count);
  // Filters only: newest first, straight from the index's state table (one small row per article),
  // the newest rows first (sqlite-filtered.ts).
  const titleFirst = p.title !== null && sort !== "recent";
  const ranked = await filteredInWindow(db, {
    where: (shape) => {
      const exclude = p.negative === null ? Prisma.empty : Prisma.sql` AND NOT ${s.inIndex(STATE_KEY, p.negative, shape.narrow)}`;
      return Prisma.sql`1 = 1${filterSql(p.filters, STATE_KEY, STATE_ID, s, shape)}${exclude}`;
    },
    title: titleFirst ? (narrow) => s.inIndex(STATE_KEY, p.title!, narrow) : null,
    keyMin: p.filters.keyMin,
    keyMax: p.filters.keyMax,
  }, limit, offset, COUNT_CAP + 1);
  return { ...ranked, ranking: titleFirst ? "title-first" : "recent" };
}

/**
 * Ranked by relevance where the index checks a row in place (PostgreSQL): the same answers as
 * the FTS5 path above, from one walk newest first. Its newest RECENT_WINDOW matches, each with
 * its own title check (the row's small title vector; a set of keys read every title match of a
 * common word, 16,739 for 大模型 at 100,000 articles, to keep the few in the window), give the
 * capped total (at most COUNT_CAP + 1 of them is the same count) and the window's order. When
 * the query has one phrase, every match is one of the phrase's, so more than rankedMatchesMax
 * of them already says the phrase is common. Three walks (count, commonness, window) cost 1,002
 * row checks for 大模型; this is 500.
 */
async function rankedInRows(
  db: Db, r: Reader, s: SearchSql, p: Plan, where: Prisma.Sql, limit: number, offset: number, ids: (q: Prisma.Sql) => Promise<number[]>,
): Promise<Ranked> {
  const key = s.key;
  const inTitle = p.title === null ? Prisma.raw("0") : s.match(p.title);
  const links = requiredLinkShare(p.filters);
  // The statistics, read once for the search's statements that plan by them.
  let read: Promise<Stats> | null = null;
  const stats = () => (read ??= termShares(db));
  // The statistics are read for it only where links alone leave few rows: without a link filter,
  // or with a common entity's, a title word in one title in TYPICAL_TITLE_SHARE fills the page.
  const fewLinked = links * RECENT_WINDOW * TITLE_MARGIN * TYPICAL_TITLE_SHARE < limit + offset;
  const titlesMayFill = p.title !== null && p.titleImplies && (!fewLinked || (await titlesMayFillPage(stats, s, p.title, links, limit + offset, p.indexed)));
  const fromTitles = titlesMayFill ? await titleWindowPage(db, r, s, p, limit, offset, stats) : null;
  if (fromTitles) return fromTitles;
  let window: { id: number; t: number | boolean }[] = [];
  const decided = s.indexDecides(p.match!);
  const share = decided ? ((await listedShare(stats, p.match!)) ?? (await matchShare(db, s, p.match!, p.indexed))) : 1;
  // Matches expected among the range's rows (the word's share times the links'): when far
  // fewer than a window, the range is not read on its own; the first older window is sized by
  // the estimate instead (person:李开复 融资 at 100,000 articles: 150 matches in the range, then
  // a second read of both posting lists for the 350 more).
  const expected = share * links;
  const sparse = decided && share <= BOUNDED_SHARE && expected * BOUNDED_ROWS * SPARSE_MARGIN < RECENT_WINDOW;
  // An expression the GIN index decides alone is first asked among the newest BOUNDED_ROWS
  // index rows: a full window there is the same window (every newer match is in it), and a
  // short one is completed from older rows (newest-in-windows.ts). Ordered by `key + 0`, so PostgreSQL reads
  // the index's candidates in that range (no recheck: the index decided) instead of walking
  // the key index and checking every row's doc.
  const range = decided && share <= BOUNDED_SHARE && !sparse ? await recentFloor(db, s, p.filters.keyMax) : null;
  if (range !== null) {
    window = await readOffLoop<{ id: number; t: number | boolean }>(db, Prisma.sql`SELECT ${key} % ${ID_SPACE} AS id, (${inTitle}) AS t
      FROM "ArticleSearch" WHERE ${where} AND ${key} >= ${range.floor} ORDER BY ${key} + 0 DESC LIMIT ${RECENT_WINDOW}`);
  }
  if (window.length < RECENT_WINDOW && !range?.all) {
    // The rest of the window from older rows, below the range already read; a term the index
    // decides in most rows is walked (its walk stops soon).
    const select = Prisma.sql`${key} % ${ID_SPACE} AS id, (${inTitle}) AS t`;
    // Candidates of an expression the index decides are its matches: their docs are not read again.
    const rest = decided ? Prisma.sql`1 = 1${filterSql(p.filters, key, Prisma.sql`(${key} % ${ID_SPACE})`, s)}` : where;
    const older = decided && range === null && !sparse ? null : await newestInWindows<{ id: number; t: number | boolean }>(
      db, s, {
        expr: p.match!, where: rest, indexed: linkedBy(p.filters, s), select, keyMin: p.filters.keyMin, keyMax: range?.floor ?? p.filters.keyMax,
        // The range's share of matches sizes the first older window (person:李开复 融资 at 100,000 articles: 150 in the range, one window for the 350 more, not three).
        ...(range === null ? {} : { seen: { matched: window.length, rows: BOUNDED_ROWS } }),
        ...(sparse ? { expected } : {}),
        stats,
      }, RECENT_WINDOW - window.length,
    );
    window = older !== null ? [...window, ...older]
      : await walkedWindow(db, s, p, Prisma.sql`${s.matchTitleFirst(p.match!)}${filterSql(p.filters, key, Prisma.sql`(${key} % ${ID_SPACE})`, s)}`, inTitle, limit + offset);
  }
  const total = Math.min(window.length, COUNT_CAP + 1);
  if (total === 0) return { ids: [], total, ranking: "relevance" };
  // Every match holds each required phrase: more than rankedMatchesMax of them make it common
  // (source:雷锋网 大模型 at 100,000 articles: no count of 大模型's matches, ~300 docs read).
  const knownCommon = windowShowsCommon(p) && window.length > s.rankedMatchesMax;
  if (!knownCommon && (await selective(db, r, s, p.phrases))) {
    const ranked = await ids(Prisma.sql`SELECT ${key} % ${ID_SPACE} AS id FROM "ArticleSearch" WHERE ${where}
      ORDER BY ${s.relevance(p.match!)}, ${key} DESC LIMIT ${limit} OFFSET ${offset}`);
    return { ids: ranked, total, ranking: "relevance" };
  }
  // Title matches first, each part newest first (the window is newest first; sort is stable).
  const ordered = [...window].sort((a, b) => Number(b.t) - Number(a.t));
  return { ids: ordered.slice(offset, offset + limit).map((w) => w.id), total, ranking: p.title ? "title-then-recent" : "recent" };
}

/**
 * The window walked newest first (each row's text checked on it, its doc read from TOAST where
 * the title does not settle it), in two steps: the newest rankedMatchesMax + 1 matches, then the
 * rest of the RECENT_WINDOW only where those do not settle the page. They do when every match
 * holds a phrase they then show common (windowShowsCommon: no relevance ranking, and the capped
 * total is reached) and they hold the page's rows: its `needed` newest title matches (the window
 * lists title matches first, newest first, and any later match is older), or with no title its
 * `needed` newest matches. The page and total are those of the whole window's. At 100,000
 * articles 模型 -百度 walked ~910 rows, reading the doc of each not linked to the company, for 500
 * matches whose first 21 title matches were among the newest ~60.
 */
async function walkedWindow(
  db: Db, s: SearchSql, p: Plan, where: Prisma.Sql, inTitle: Prisma.Sql, needed: number,
): Promise<{ id: number; t: number | boolean }[]> {
  const key = s.key;
  const walk = (below: Prisma.Sql, n: number) => readOffLoop<{ id: number; t: number | boolean; k: number | string }>(db, Prisma.sql`SELECT ${key} % ${ID_SPACE} AS id,
    (${inTitle}) AS t, ${key} AS k FROM "ArticleSearch" WHERE ${where}${below} ORDER BY ${key} DESC LIMIT ${n}`);
  const first = Math.min(RECENT_WINDOW, s.rankedMatchesMax + 1);
  const head = await walk(Prisma.empty, first);
  const onPage = p.title === null ? head.length : head.filter((r) => Boolean(r.t)).length;
  if (head.length < first || first === RECENT_WINDOW || (windowShowsCommon(p) && onPage >= needed)) return head;
  const rest = await walk(Prisma.sql` AND ${key} < ${head[head.length - 1]!.k}`, RECENT_WINDOW - head.length);
  return [...head, ...rest];
}

/**
 * Whether a required link filter keeps few articles (not SearchSql.denseShare's share): the
 * FTS5 window of RECENT_WINDOW matches then reaches far back, and the set of title matches from
 * its oldest row read nearly the title term's whole posting list (company:澜舟科技 模型 at
 * 100,000 articles, 292 links: 18 ms of 25 for the statement); probing each window row by key
 * stops at the page's title matches (7 ms, most of it the window's own walk). Without such a
 * filter the window is the newest few hundred rows, where the set is cheaper than probes
 * (大模型: 0.3 ms against 3; a word rare in titles probes all 500 rows, 的: 0.2 against 7).
 */
function sparseLinks(f: Filters): boolean {
  return f.mentions.some((m) => !m.negated && !m.dense);
}

type Stats = Awaited<ReturnType<typeof termShares>>;

/** The share of the articles every required link filter keeps, by mention counts (1: none, or unknown). */
function requiredLinkShare(f: Filters): number {
  return f.mentions.reduce((product, m) => (m.negated || m.share === null ? product : product * m.share), 1);
}

/**
 * Whether title matches may fill `needed` rows among the newest RECENT_WINDOW (titleWindowPage
 * reads them only to give up when they do not): by the statistics' share of the title's
 * rarest required term times the required links' share, with a margin for terms and links
 * that go together; or, among the newest RECENT_WINDOW of the word's matches (olderTitles),
 * by that term's share of the titles over its share of the docs, when the title matches of
 * every row may pass rankedMatchesMax. Unknown (no statistics, an OR or a negation in the
 * title): asked.
 */
async function titlesMayFillPage(stats: () => Promise<Stats>, s: SearchSql, title: string, links: number, needed: number, indexed: number | null): Promise<boolean> {
  // Every operand required, each for its own term (no prefix): the rarest bounds the matches.
  if (!s.matchInRow || /[|!*]/.test(title.replace(/'(?:[^'\\]|''|\\.)*'/g, ""))) return true;
  const all = await stats();
  const shares = all.title;
  if (!shares) return true;
  // A term the statistics do not list is rarer than any they do.
  const floor = all.floors.title ?? 1;
  const [rarest, share] = termsOf(title).map((t): [string, number] => [t, shares(t) ?? floor]).reduce((a, b) => (b[1] < a[1] ? b : a), ["", 1]);
  if (share * links * RECENT_WINDOW * TITLE_MARGIN >= needed) return true;
  const docShare = all.doc?.(rarest) ?? all.floors.doc;
  if (docShare === undefined || indexed === null) return false;
  return Math.min(1, share / docShare) * RECENT_WINDOW * TITLE_MARGIN >= needed && share * links * indexed > s.rankedMatchesMax;
}
/** How far the estimate of title matches may fall short before titleWindowPage is skipped. */
const TITLE_MARGIN = 2;
/** A title word's share of the titles taken as typical (大模型: one in six at 100,000 articles). */
const TYPICAL_TITLE_SHARE = 0.1;

/** The filters' required links, where the store keeps them on the index row (the GIN index decides them). */
function linkedBy(f: Filters, s: SearchSql): Prisma.Sql[] {
  const linked = s.linked;
  return linked === null ? [] : f.mentions.filter((m) => !m.negated).map((m) => linked(m.kind, m.ids));
}

/**
 * The window's page read from titles alone, where they settle it (null when they do not): a
 * row whose title matches (with its source, on the row's own source vector) matches the query
 * (Plan.titleImplies), and the small title and source vectors are kept in the row, where a doc
 * check reads and decompresses TOAST (~10 µs; a common phrase's window read 500 docs). More
 * than rankedMatchesMax title matches make the query common, so its answer is the window (the
 * capped total, title matches first), and any match among the newest RECENT_WINDOW rows is in
 * the window; when the title matches among those rows fill the page, they are the page (the
 * window lists its title matches first, newest first). At 100,000 articles 大模型 is in one
 * title in six: its window read 500 docs, this none.
 * Title matches older than those rows settle it too when at most RECENT_WINDOW of the query's
 * candidates (a superset of its matches the index lists, no doc read) are as new as the page's oldest:
 * the matches among them are then the window's newest, the page's rows among them (olderTitles).
 */
async function titleWindowPage(db: Db, r: Reader, s: SearchSql, p: Plan, limit: number, offset: number, stats: () => Promise<TermShares>): Promise<Ranked | null> {
  const key = s.key;
  const onSource = p.titleSource === null ? Prisma.empty : Prisma.sql` AND ${s.match(p.titleSource)}`;
  const where = Prisma.sql`${s.match(p.title!)}${onSource}${filterSql(p.filters, key, Prisma.sql`(${key} % ${ID_SPACE})`, s)}`;
  // The candidates of the title and the source together: each from its own vector's index.
  const expr = p.titleSource === null ? p.title! : s.syntax.all([p.title!, p.titleSource]);
  const bounds = { expr, where, indexed: linkedBy(p.filters, s), keyMin: p.filters.keyMin, keyMax: p.filters.keyMax, stats };
  const counted = await countUpTo(db, s, bounds, s.rankedMatchesMax + 1);
  if (counted <= s.rankedMatchesMax) return null;
  if (!windowShowsCommon(p) && (await selective(db, r, s, p.phrases))) return null;
  const select = Prisma.sql`${key} % ${ID_SPACE} AS id, ${key} AS k`;
  const below = p.filters.keyMax === null ? Prisma.empty : Prisma.sql` WHERE ${s.keyColumn} < ${p.filters.keyMax}`;
  const floor = Prisma.sql`(SELECT min(k) FROM (SELECT ${s.keyColumn} AS k FROM "ArticleSearch"${below} ORDER BY ${s.keyColumn} DESC LIMIT ${RECENT_WINDOW}) AS newest)`;
  let page = (await newestInWindows<{ id: number; k: number | string }>(db, s, { ...bounds, select, within: RECENT_WINDOW }, offset + limit))
    ?? await readOffLoop<{ id: number; k: number | string }>(
      db, Prisma.sql`SELECT ${select} FROM "ArticleSearch" WHERE ${where} AND ${key} >= ${floor} ORDER BY ${key} DESC LIMIT ${offset + limit}`,
    );
  if (page.length < offset + limit) {
    const older = await olderTitles(db, s, p, bounds, select, page.length, offset + limit - page.length);
    if (older === null) return null;
    page = [...page, ...older];
  }
  return { ids: idsOf(page).slice(offset), total: COUNT_CAP + 1, ranking: "title-then-recent" };
}

/**
 * The `wanted` newest title matches below the newest RECENT_WINDOW index rows (`found` of them
 * among those), where at most RECENT_WINDOW of the query's candidates are as new as the oldest
 * of them (the candidates hold every match, so each match that new is in the window); null
 * otherwise. At 100,000 articles: person:李开复 融资's page is its newest 21 title matches,
 * among ~1,300 index rows but ~50 candidates, and source:雷锋网 大模型's among ~130 of the
 * source's rows; the window read ~500 docs for either, or ~700 heap rows of a bitmap.
 */
async function olderTitles(
  db: Db, s: SearchSql, p: Plan, bounds: Omit<NewestQuery, "select">, select: Prisma.Sql, found: number, wanted: number,
): Promise<{ id: number; k: number | string }[] | null> {
  // The rows linked to the filters' entities hold every match too, and their GIN entries are
  // read without the word's (融资's 30,500 for person:李开复 融资 at 100,000 articles).
  const linked = bounds.indexed ?? [];
  const candidates = linked.length > 0 ? Prisma.join(linked, " AND ") : s.candidates(p.match!, await bounds.stats!());
  if (candidates === null) return null;
  const edge = await windowFloor(db, s, p.filters.keyMax, RECENT_WINDOW);
  if (edge === null || edge.all || (p.filters.keyMin !== null && edge.floor <= p.filters.keyMin)) return null;
  // A title of short phrases is walked newest first, as the planner does (candidates: null).
  const older = (await newestInWindows<{ id: number; k: number | string }>(
    db, s, { ...bounds, select, keyMax: edge.floor, seen: { matched: found, rows: RECENT_WINDOW } }, wanted,
  )) ?? await readOffLoop<{ id: number; k: number | string }>(
    db, Prisma.sql`SELECT ${select} FROM "ArticleSearch" WHERE ${bounds.where} AND ${s.key} < ${edge.floor} ORDER BY ${s.key} DESC LIMIT ${wanted}`,
  );
  if (older.length < wanted) return null;
  const oldest = Number(older[older.length - 1]!.k);
  const below = p.filters.keyMax === null ? Prisma.empty : Prisma.sql` AND ${s.keyColumn} < ${p.filters.keyMax}`;
  const rows = await readOffLoop<{ n: number | string }>(db, Prisma.sql`SELECT count(*) AS n FROM (SELECT 1 FROM "ArticleSearch"
    WHERE ${candidates}${below} AND ${s.keyColumn} >= ${oldest} LIMIT ${RECENT_WINDOW + 1}) AS sub`);
  return Number(rows[0]?.n ?? RECENT_WINDOW + 1) <= RECENT_WINDOW ? older : null;
}

/**
 * A relevance window (rankedInRows) is first asked among this many newest index rows. Given
 * that bound as a value, PostgreSQL can intersect the GIN index's candidates with the key range
 * and read only those rows, where a walk newest first reads and decompresses each row's doc
 * until 500 match; it keeps the walk where that is cheaper (a word in most articles). Measured
 * at 100,000 articles on a loaded 2-core machine (min of 5, psql): 华's window 430 → 25 ms,
 * company:百度 发布's 148 → 30 ms. A term in fewer than ~1 in 10 rows asks twice (the first
 * time a few index pages of a rare term).
 */
const BOUNDED_ROWS = 5000;
/**
 * Above this share of the articles a word's matches are better walked: the newest-first walk
 * stops after ~500 / share rows, while the range read every candidate in it (模型, in nearly
 * every synthetic article, with a date range: 5 → 103 ms). Measured wins at 25 % (华) and 48 %
 * (发布); nothing between 48 % and ~100 % was measured.
 */
const BOUNDED_SHARE = 0.6;
/** How far the estimate of matches among the BOUNDED_ROWS may fall short before they are read on their own. */
const SPARSE_MARGIN = 2;

/**
 * matchShare's estimate from the statistics the search reads anyway, for an AND of single
 * plain terms (the share of each, multiplied, as PostgreSQL's planner does; a term they do not
 * list at half the least listed share, as it does too); null for anything else, or before the
 * first ANALYZE. One planner round trip fewer (an EXPLAIN, under load ~1–2 ms).
 */
async function listedShare(stats: () => Promise<Stats>, expr: string): Promise<number | null> {
  const parts = conjuncts(expr);
  if (parts.some((c) => termsOf(c).length !== 1 || /[|!*]/.test(c.replace(/'(?:[^'\\]|''|\\.)*'/g, "")))) return null;
  const all = await stats();
  const shares = all.doc;
  const floor = all.floors.doc;
  if (!shares || floor === undefined) return null;
  return parts.reduce((product, c) => product * (shares(termsOf(c)[0]!) ?? floor / 2), 1);
}

/** PostgreSQL's estimate (its statistics, EXPLAIN: nothing is read) of the share of indexed articles matching `expr`; 1 when unknown. */
async function matchShare(db: Db, s: SearchSql, expr: string, indexed: number | null): Promise<number> {
  if (indexed === null) return 1;
  const rows = await reader(db).rows<{ "QUERY PLAN"?: { Plan?: { "Plan Rows"?: unknown } }[] }>(
    Prisma.sql`EXPLAIN (FORMAT JSON) SELECT 1 FROM "ArticleSearch" WHERE ${s.match(expr)}`,
  );
  const estimate = rows[0]?.["QUERY PLAN"]?.[0]?.Plan?.["Plan Rows"];
  return typeof estimate === "number" ? estimate / indexed : 1;
}

/**
 * The key of the BOUNDED_ROWS-th newest index row (below a before: bound), or of the oldest
 * when there are fewer (`all`: the range then holds every row the query can match).
 */
async function recentFloor(db: Db, s: SearchSql, keyMax: number | null): Promise<{ floor: number; all: boolean } | null> {
  const below = keyMax === null ? Prisma.empty : Prisma.sql` WHERE ${s.keyColumn} < ${keyMax}`;
  const rows = await reader(db).rows<{ k: number | null; n: number }>(
    Prisma.sql`SELECT min(k) AS k, count(*) AS n FROM (SELECT ${s.keyColumn} AS k FROM "ArticleSearch"${below} ORDER BY ${s.keyColumn} DESC LIMIT ${BOUNDED_ROWS}) AS newest`,
  );
  const r = rows[0];
  return r && r.k !== null ? { floor: r.k, all: r.n < BOUNDED_ROWS } : null;
}

/**
 * Filters only, where the index checks a row in place (PostgreSQL): newest first over the index
 * rows themselves (one per indexed article, as the state table), each checked on its own row,
 * so a walk stops at the page. Title matches first is two walks, the title matches and the
 * rest, each as far as the page needs: ordering every match by a title check read them all.
 */
async function filteredInRows(
  p: Plan, s: SearchSql, sort: Sort, limit: number, offset: number,
  ids: (q: Prisma.Sql) => Promise<number[]>, count: (q: Prisma.Sql) => Promise<number>,
): Promise<Ranked> {
  const key = s.key;
  const exclude = p.negative === null ? Prisma.empty : Prisma.sql` AND NOT (${s.match(p.negative)})`;
  const where = Prisma.sql`1 = 1${filterSql(p.filters, key, Prisma.sql`(${key} % ${ID_SPACE})`, s)}${exclude}`;
  const walk = (extra: Prisma.Sql, n: number) => Prisma.sql`SELECT ${key} AS k FROM "ArticleSearch" WHERE ${where}${extra} ORDER BY ${key} DESC LIMIT ${n}`;
  // Rows linked to a named entity are a subset of the clause's: when they alone pass the cap,
  // so does the count, and no unlinked row's doc is read for its text (likaifu at 100,000
  // articles: the walk to 201 matches read the doc of every unlinked row on its way).
  const linked = p.filters.named.length > 0 && s.linked !== null
    ? Prisma.sql`1 = 1${filterSql(p.filters, key, Prisma.sql`(${key} % ${ID_SPACE})`, s, {}, true)}${exclude}`
    : null;
  const cap = (w: Prisma.Sql) => count(Prisma.sql`SELECT count(*) AS n FROM (SELECT 1 FROM "ArticleSearch" WHERE ${w} ORDER BY ${key} DESC LIMIT ${COUNT_CAP + 1}) AS sub`);
  const capped = linked !== null && (await cap(linked)) > COUNT_CAP;
  const total = capped ? COUNT_CAP + 1 : await cap(where);
  if (!p.title || sort === "recent") {
    return { ids: await ids(Prisma.sql`SELECT k % ${ID_SPACE} AS id FROM (${walk(Prisma.empty, limit + offset)}) AS w ORDER BY k DESC LIMIT ${limit} OFFSET ${offset}`), total, ranking: "recent" };
  }
  const title = s.match(p.title);
  const ranked = await ids(Prisma.sql`SELECT k % ${ID_SPACE} AS id FROM (
      SELECT k, 1 AS t FROM (${walk(Prisma.sql` AND ${title}`, limit + offset)}) AS a
      UNION ALL SELECT k, 0 AS t FROM (${walk(Prisma.sql` AND NOT (${title})`, limit + offset)}) AS b
    ) AS w ORDER BY t DESC, k DESC LIMIT ${limit} OFFSET ${offset}`);
  return { ids: ranked, total, ranking: "title-first" };
}

interface HitRow {
  id: number;
  title: string;
  titleSimplified: string;
  restoredTitle: string | null;
  body: string;
  bodySimplified: string;
  summary: string | null;
  source: string | null;
  publishedAt: unknown;
  publishedLocal: string | null;
  dateInferred: number;
}

async function articleHits(db: Db, ids: number[], highlight: string[][]): Promise<ArticleHit[]> {
  if (ids.length === 0) return [];
  const rows = await reader(db).rows<HitRow>(
    Prisma.sql`SELECT "id", "title", "titleSimplified", "restoredTitle", "body", "bodySimplified", "summary", "source", "publishedAt", "publishedLocal", "dateInferred" FROM "Article" WHERE "id" IN (${Prisma.join(ids)})`,
  );
  const byId = new Map(rows.map((r) => [r.id, r]));
  const found = ids.flatMap((id) => byId.get(id) ?? []);
  // Each hit's body is tokenised for its snippet: in slices, so a page (cold code on a process's
  // first search) does not hold the loop in one turn (../../async/map-in-turns.ts).
  return mapInTurns(found, (r): ArticleHit => {
    const text = highlight.length === 0 && r.summary ? r.summary : r.body;
    return {
      id: r.id,
      title: r.restoredTitle ? highlightAll(r.restoredTitle, highlight) : highlightAll(r.title, highlight, r.titleSimplified),
      titleRestored: r.restoredTitle !== null,
      snippet: snippet(text, highlight, 140, text === r.body ? r.bodySimplified : undefined),
      source: r.source,
      publishedLocal: r.publishedLocal,
      publishedAt: sqliteDate(r.publishedAt)?.toISOString() ?? null,
      dateInferred: Number(r.dateInferred) !== 0,
    };
  }, SNIPPET_SLICE_MS);
}

/** Most snippet work per loop turn (issue 17: no turn above 50 ms; the SQLite read before it runs in the same turn). */
const SNIPPET_SLICE_MS = 5;

export async function searchEverything(input: SearchInput, deps: SearchDeps = {}): Promise<SearchResult> {
  const db = deps.db ?? defaultDb();
  const page = input.page ?? 1;
  const pageSize = input.pageSize ?? 20;
  const sort = input.sort ?? "relevance";
  await keepSearchIndexFresh(db, deps.url);
  const group = input.group ?? "off";
  return cachedRead(db, `search:${JSON.stringify([input.q, page, pageSize, sort, group])}`, () => runSearch(db, input.q, page, pageSize, sort, group));
}

/**
 * About how many articles the index holds, where the store plans by it (SearchSql.denseShare):
 * PostgreSQL's own estimate, kept by ANALYZE and autovacuum (null before the first); on SQLite
 * the count read with the entity lists (it lags imports as their mention counts do).
 */
async function indexedEstimate(db: Db, s: SearchSql, index: EntityIndex): Promise<number | null> {
  if (s.denseShare === null) return null;
  if (reader(db).kind === "sqlite") return index.articles > 0 ? index.articles : null;
  const row = await reader(db).get<{ n: number }>(`SELECT reltuples AS n FROM pg_class WHERE oid = '"ArticleSearch"'::regclass`);
  return row && row.n > 0 ? row.n : null;
}

async function runSearch(db: Db, q: string, page: number, pageSize: number, sort: Sort, group: Group): Promise<SearchResult> {
  const parsed = parseQuery(q);
  const index = await entityIndex(db);
  const s = searchSql(reader(db).kind);
  const p = plan(parsed, index, s, await indexedEstimate(db, s, index));
  const companies = entitiesFor(index.companies, parsed).map(toEntityResult);
  const people = entitiesFor(index.people, parsed).map(toEntityResult);
  const articles = { items: [] as ArticleHit[], ranking: "relevance" as Ranking, page, pageSize, total: 0, totalCapped: false, hasMore: false, folded: 0 };
  if (!p.empty) {
    const offset = (page - 1) * pageSize;
    // One row more than the page tells whether there is a next page without counting everything.
    const ranked = await rankArticles(db, p, sort, pageSize + 1, offset);
    const hits = await articleHits(db, ranked.ids.slice(0, pageSize), p.highlight);
    articles.items = group === "story" ? await foldStories(db, hits) : hits;
    articles.folded = hits.length - articles.items.length;
    articles.total = Math.min(ranked.total, COUNT_CAP);
    articles.totalCapped = ranked.total > COUNT_CAP;
    articles.hasMore = ranked.ids.length > pageSize;
    articles.ranking = ranked.ranking;
  }
  return { q, warnings: p.warnings, companies, people, articles };
}
