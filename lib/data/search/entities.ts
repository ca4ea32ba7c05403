/**
 * The company and person lists the search matches names, aliases and pinyin against. They are
 * small (thousands of rows), so they are loaded once and kept in memory with their pinyin
 * keys, and reloaded when the tables change. Whether they may have changed is the data
 * generation (moved by triggers on every write, by any process), so a process that did not make
 * the change sees it on its next search, as the one that did.
 */
import type { Db } from "../../db";
import type { EntityRecord, PreparedEntity } from "../../search/entity-match";
import { parseStringList } from "../articles/json-columns";
import { viewGeneration } from "../cache/view-generation";
import { processShared } from "../process-shared";
import { Prisma } from "../../generated/prisma/client";
import { prepareEntitiesOffThread, readOffLoop } from "../listing-index/off-thread-build";


export interface EntityIndex {
  companies: PreparedEntity[];
  people: PreparedEntity[];
  /** Articles in the search index when the lists were read: with the mention counts, how large a share an entity's links are (search plans only). */
  articles: number;
}

interface Cached {
  index: EntityIndex;
  version: string;
  generation: bigint | null;
  loadedAt: number;
}

/** Mention counts only order the suggestions, so they may lag this much behind imports. */
const RELOAD_EVERY_MS = 300_000;
const cache = processShared("searchEntities.cache", () => new WeakMap<Db, Cached>());

async function version(db: Db): Promise<string> {
  const rows = await db.$queryRaw<{ c: bigint | number; m: string | null; p: bigint | number; pm: string | null }[]>`
    SELECT (SELECT count(*) FROM "Company") AS c, (SELECT max("updatedAt") FROM "Company") AS m,
           (SELECT count(*) FROM "Person") AS p, (SELECT max("updatedAt") FROM "Person") AS pm`;
  const r = rows[0];
  return r ? `${r.c}|${r.m}|${r.p}|${r.pm}` : "";
}

async function load(db: Db): Promise<EntityIndex> {
  const [companies, people, cm, pm, indexed] = await Promise.all([
    // Read as plain SQL in the worker too: through Prisma, the first read of a process compiled
    // each query on the event loop.
    readOffLoop<{ id: number; slug: string; name: string; aliases: string; products: string }>(
      db, Prisma.sql`SELECT "id", "slug", "name", "aliases", "products" FROM "Company" WHERE "status" <> 'rejected' ORDER BY "id"`,
    ),
    readOffLoop<{ id: number; slug: string; name: string; aliases: string }>(db, Prisma.sql`SELECT "id", "slug", "name", "aliases" FROM "Person" WHERE "status" <> 'rejected' ORDER BY "id"`),
    // Whole-table reads (~130 ms at 100,000 articles, 300 on a loaded machine): off the event
    // loop, which every first search after a change (and the refresh every RELOAD_EVERY_MS) held.
    readOffLoop<{ id: number; n: bigint | number | string }>(db, Prisma.sql`SELECT "companyId" AS id, count(*) AS n FROM "CompanyMention" GROUP BY "companyId"`),
    readOffLoop<{ id: number; n: bigint | number | string }>(db, Prisma.sql`SELECT "personId" AS id, count(*) AS n FROM "PersonMention" GROUP BY "personId"`),
    readOffLoop<{ n: bigint | number | string }>(db, Prisma.sql`SELECT count(*) AS n FROM "SearchIndexState"`),
  ]);
  const cCount = new Map(cm.map((r) => [Number(r.id), Number(r.n)]));
  const pCount = new Map(pm.map((r) => [Number(r.id), Number(r.n)]));
  const records: EntityRecord[] = [
    ...companies.map((c): EntityRecord => ({ kind: "company", id: Number(c.id), slug: c.slug, name: c.name, aliases: parseStringList(c.aliases), products: parseStringList(c.products), mentions: cCount.get(Number(c.id)) ?? 0 })),
    ...people.map((p): EntityRecord => ({ kind: "person", id: Number(p.id), slug: p.slug, name: p.name, aliases: parseStringList(p.aliases), mentions: pCount.get(Number(p.id)) ?? 0 })),
  ];
  // Pinyin keys off the event loop (off-thread-build.ts): the first search of a process held it
  // ~0.2–0.5 s while pinyin-pro built its tables.
  const prepared = await prepareEntitiesOffThread(records);
  return {
    companies: prepared.filter((e) => e.kind === "company"),
    people: prepared.filter((e) => e.kind === "person"),
    articles: Number(indexed[0]?.n ?? 0),
  };
}

/**
 * One load per process at a time: the first searches after a change arrive together (20 at once
 * under load), and each loading its own copy held the loop once per request.
 */
const loading = processShared("searchEntities.loading", () => new WeakMap<Db, { version: string; index: Promise<EntityIndex> }>());

function reload(db: Db, v: string, generation: bigint | null, now: number): Promise<EntityIndex> {
  const running = loading.get(db);
  if (running?.version === v) return running.index;
  const next = {
    version: v,
    index: load(db).then((index) => {
      cache.set(db, { index, version: v, generation, loadedAt: now });
      return index;
    }),
  };
  const forget = () => {
    if (loading.get(db) === next) loading.delete(db);
  };
  next.index.then(forget, forget);
  loading.set(db, next);
  return next.index;
}

export async function entityIndex(db: Db): Promise<EntityIndex> {
  const now = Date.now();
  const c = cache.get(db);
  // The view, not the current generation: while an import runs it moves every IMPORT_VIEW_MS, not per batch.
  const generation = await viewGeneration(db);
  const fresh = (x: Cached) => now - x.loadedAt < RELOAD_EVERY_MS;
  if (c && generation !== null && c.generation === generation && fresh(c)) return c.index;
  // Articles move the generation too (every few ms during an import): reload only when the entity tables changed.
  const v = await version(db);
  if (c && c.version === v) {
    c.generation = generation;
    // Same names, older mention counts: answer with them and refresh the counts behind this request.
    if (!fresh(c)) void reload(db, v, generation, now).catch(() => undefined);
    return c.index;
  }
  return reload(db, v, generation, now);
}

/**
 * What a process's first search does for the lists, done at server start (../warm-at-start.ts):
 * the tables' version is read now, so Prisma compiles that query (~10 ms of the loop the first
 * time) before any request waits for it, and the lists are loaded behind it (off the loop).
 */
export async function preloadEntityIndex(db: Db): Promise<{ loaded: Promise<EntityIndex> }> {
  const generation = await viewGeneration(db);
  const v = await version(db);
  return { loaded: reload(db, v, generation, Date.now()) };
}

/** Forget the cached lists (tests that change entities and search at once). */
export function forgetEntityIndex(db: Db): void {
  cache.delete(db);
  loading.delete(db);
}
