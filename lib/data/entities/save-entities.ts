/**
 * Stores one article's entities inside the import's transaction, through the writer (either
 * store; see lib/data/sqlite.ts for why not Prisma here): upserts Company/Person by slug (curated
 * slugs from the gazetteer; pinyin slugs for discovered names), then replaces the article's
 * CompanyMention, PersonMention and Role rows. Review decisions hold here even when the run's
 * extractor predates them (a decision taken while an import runs): a discovered name an admin
 * merged away is linked to its target (EntityMerge) instead of coming back as a new row, and
 * entities an admin rejected are not linked. Stored aliases are kept (the union of stored and
 * new), so aliases a merge added survive every re-import.
 *
 * Few statements per article, each one round trip on PostgreSQL: the article's stored entities
 * are read in one query per table, an entity whose row would not change is not rewritten, and
 * the mentions and roles are appended (writer.ts): on PostgreSQL one statement per table for a
 * whole batch of files.
 */
import { createHash } from "node:crypto";
import { pinyin } from "pinyin-pro";
import { loadGazetteer } from "../../ingest/entities/load-gazetteer";
import type { CompanyHit, EntityResult, PersonHit } from "../../ingest/entities/types";
import { prismaDate } from "../sqlite";
import { parseStringList } from "../articles/json-columns";
import { fragments, type Queries } from "../writer";

interface StoredRow {
  id: number;
  slug: string;
  name: string;
  status: string;
  aliases: string;
  confidence: number;
  evidence: string | null;
  /** Company only. */
  kind?: string;
  products?: string;
  parentSlug?: string | null;
}

/** A Company or a Person row as the import writes it. */
interface EntityValues {
  slug: string;
  name: string;
  aliases: string;
  status: "gazetteer" | "discovered";
  confidence: number;
  evidence: string | null;
  kind?: string;
  products?: string;
  parentSlug?: string | null;
}

interface Table {
  entity: "Company" | "Person";
  mergeKind: "company" | "person";
  /** Columns beside the common ones. */
  extra: ("kind" | "products" | "parentSlug")[];
  mention: "CompanyMention" | "PersonMention";
  mentionColumn: "companyId" | "personId";
}

const COMPANY: Table = { entity: "Company", mergeKind: "company", extra: ["kind", "products", "parentSlug"], mention: "CompanyMention", mentionColumn: "companyId" };
const PERSON: Table = { entity: "Person", mergeKind: "person", extra: [], mention: "PersonMention", mentionColumn: "personId" };

const list = (n: number) => Array.from({ length: n }, () => "?").join(", ");

const STORED = (table: Table) => ["id", "slug", "name", "status", "aliases", "confidence", "evidence", ...table.extra];
/** Every table's stored columns, NULL where a table lacks one, so both tables' rows come back in one query. */
const STORED_ANY = STORED(COMPANY);

function sql(table: Table, kindOf: Queries["kind"]) {
  const f = fragments(kindOf);
  const written = ["slug", "name", "aliases", "status", "confidence", "evidence", ...table.extra];
  const set = ["name", "aliases", ...table.extra].map((c) => `"${c}" = @${c}`).join(", ");
  const stored = STORED_ANY.map((c) => (STORED(table).includes(c) ? `"${c}"` : `NULL AS "${c}"`)).join(", ");
  return {
    bySlugs: (n: number) => `SELECT '${table.mergeKind}' AS "table", ${stored} FROM "${table.entity}" WHERE "slug" IN (${list(n)})`,
    mergedInto: (n: number) =>
      `SELECT '${table.mergeKind}' AS "table", m."alias", e."id" FROM "EntityMerge" m JOIN "${table.entity}" e ON e."slug" = m."targetSlug" WHERE m."kind" = '${table.mergeKind}' AND m."alias" IN (${list(n)}) AND e."status" <> 'rejected'`,
    insert: `INSERT INTO "${table.entity}" (${[...written, "createdAt", "updatedAt"].map((c) => `"${c}"`).join(", ")}) VALUES (${written.map((c) => `@${c}`).join(", ")}, @now, @now)`,
    update: `UPDATE "${table.entity}" SET ${set}, "confidence" = ${f.greatest(`"confidence"`, `@confidence`)}, "evidence" = COALESCE("evidence", @evidence),
       "status" = CASE WHEN "status" = 'discovered' AND @status = 'gazetteer' THEN 'gazetteer' ELSE "status" END, "updatedAt" = @now WHERE "id" = @id`,
    clearMentions: `DELETE FROM "${table.mention}" WHERE "articleId" = ?`,
    mentions: `INSERT INTO "${table.mention}" ("articleId", "${table.mentionColumn}", "count", "salience", "about", "snippet", "forms")`,
  };
}

type Part = { table: Table; values: string[] };

/** One query over both tables (a part per table with values to look up); none when there is nothing to look up. */
async function lookUp<R extends { table: string }>(tx: Queries, parts: Part[], statement: (table: Table, n: number) => string): Promise<R[]> {
  const used = parts.filter((p) => p.values.length > 0);
  if (used.length === 0) return [];
  return tx.all<R>(used.map((p) => statement(p.table, p.values.length)).join(" UNION ALL "), used.flatMap((p) => p.values));
}

/** One table's stored rows by slug (undefined: none stored) and the merged names' targets, kept current as the import writes. */
interface Known {
  rows: Map<string, StoredRow | undefined>;
  merged: Map<string, number>;
}

/** What saving articles' entities reads from the store; preloadEntities gives it for a batch. */
export interface KnownEntities {
  companies: Known;
  people: Known;
}

/**
 * The stored rows and the merged names the articles' hits may need, for both tables in two
 * queries. Given to saveArticleEntities for each of the articles in the same transaction, it is
 * kept current by their writes, so one read serves a batch of files.
 */
export async function preloadEntities(tx: Queries, results: readonly EntityResult[]): Promise<KnownEntities> {
  const unique = (xs: string[]) => [...new Set(xs)];
  const companies = results.flatMap((r) => r.companies);
  const people = results.flatMap((r) => r.people);
  const discovered = (hits: Hit[]) => unique(hits.filter((h) => h.status === "discovered").map((h) => h.name));
  const stored = await lookUp<StoredRow & { table: string }>(
    tx,
    [{ table: COMPANY, values: unique(companies.map((h) => h.slug)) }, { table: PERSON, values: unique(people.map((h) => h.slug)) }],
    (t, n) => sql(t, tx.kind).bySlugs(n),
  );
  const merged = await lookUp<{ table: string; alias: string; id: number }>(
    tx,
    [{ table: COMPANY, values: discovered(companies) }, { table: PERSON, values: discovered(people) }],
    (t, n) => sql(t, tx.kind).mergedInto(n),
  );
  const of = (table: Table): Known => ({
    rows: new Map<string, StoredRow | undefined>([
      ...unique((table === COMPANY ? companies : people).map((h) => h.slug)).map((slug) => [slug, undefined] as const),
      ...stored.filter((r) => r.table === table.mergeKind).map(({ table: _, ...r }) => [r.slug, r] as const),
    ]),
    merged: new Map(merged.filter((r) => r.table === table.mergeKind).map((r) => [r.alias, r.id])),
  });
  return { companies: of(COMPANY), people: of(PERSON) };
}

const ROLES = `INSERT INTO "Role" ("personId", "companyId", "organisation", "title", "sentence", "articleId")`;

/** Pinyin spellings for search by pinyin (李开复 → likaifu, li kai fu). */
function pinyinAliases(name: string): string[] {
  if (!/[\u3400-\u9fff]/.test(name)) return [];
  const syllables = pinyin(name, { toneType: "none", type: "array", nonZh: "consecutive" }).map((s) => s.toLowerCase().replace(/[^a-z0-9]/g, "")).filter(Boolean);
  return syllables.length ? [syllables.join(""), syllables.join(" ")] : [];
}

/** The row's aliases: what it had (e.g. names an admin merged into it), then the hit's and the name's pinyin. */
function aliasesJson(name: string, aliases: string[], stored?: string): string {
  return JSON.stringify([...new Set([...parseStringList(stored), ...aliases, ...pinyinAliases(name)])].filter((a) => a !== name && a.length > 0));
}

/** A discovered entity whose slug is held by another name gets a stable suffix from its own name. */
function freeSlug(slug: string, name: string, existing: { name: string } | undefined): string {
  if (!existing || existing.name === name) return slug;
  return `${slug}-${createHash("sha1").update(name).digest("hex").slice(0, 6)}`;
}

/** Whether the update would leave the stored row as it is (its time stamp aside). */
function unchanged(row: StoredRow, v: EntityValues, extra: Table["extra"]): boolean {
  return (
    row.name === v.name &&
    row.aliases === v.aliases &&
    extra.every((c) => (row[c] ?? null) === (v[c] ?? null)) &&
    row.confidence >= v.confidence &&
    (row.evidence !== null || v.evidence === null) &&
    !(row.status === "discovered" && v.status === "gazetteer")
  );
}

type Hit = CompanyHit | PersonHit;

/**
 * Upserts one kind of entity for the article's hits; the stored id of each hit (null: rejected).
 * `bySlug` holds every row the hits name (preload), and is kept current as they are written.
 */
async function upsertAll<H extends Hit>(
  tx: Queries,
  table: Table,
  hits: H[],
  known: Known,
  valuesOf: (hit: H, slug: string, row: StoredRow | undefined) => EntityValues,
  now: string,
): Promise<(number | null)[]> {
  const q = sql(table, tx.kind);
  const { rows: bySlug, merged } = known;
  const load = async (slug: string) => {
    if (bySlug.has(slug)) return;
    bySlug.set(slug, (await tx.get<StoredRow>(q.bySlugs(1), [slug])) ?? undefined);
  };
  const ids: (number | null)[] = [];
  for (const hit of hits) {
    const viaMerge = hit.status === "discovered" ? merged.get(hit.name) : undefined;
    if (viaMerge !== undefined) {
      ids.push(viaMerge);
      continue;
    }
    let slug = hit.slug;
    let row = bySlug.get(slug);
    if (hit.status === "discovered") {
      slug = freeSlug(slug, hit.name, row);
      if (slug !== hit.slug) {
        await load(slug);
        row = bySlug.get(slug);
      }
    }
    if (row?.status === "rejected") {
      ids.push(null);
      continue;
    }
    const values = valuesOf(hit, slug, row);
    if (row) {
      if (!unchanged(row, values, table.extra)) {
        await tx.run(q.update, { ...values, now, id: row.id });
        bySlug.set(slug, {
          ...row,
          ...values,
          confidence: Math.max(row.confidence, values.confidence),
          evidence: row.evidence ?? values.evidence,
          status: row.status === "discovered" && values.status === "gazetteer" ? "gazetteer" : row.status,
        });
      }
      ids.push(row.id);
    } else {
      const id = await tx.insert(q.insert, { ...values, now });
      bySlug.set(slug, { id, ...values });
      ids.push(id);
    }
  }
  return ids;
}

/** UTF-8 byte order, as both stores compare text in binary. */
const byteOrder = (a: string, b: string) => Buffer.compare(Buffer.from(a), Buffer.from(b));

interface MentionRow {
  entityId: number;
  count: number;
  salience: number;
  about: boolean;
  snippet: string;
  forms: string[];
  /** Two hits stored as one (a merged name beside its target): forms become a sorted set. */
  joined: boolean;
}

/** One mention per entity: a merged name's mention adds to its target's (counts add, the larger salience, either about; the first snippet). */
function joinMentions(hits: { id: number | null; hit: Hit }[]): MentionRow[] {
  const out = new Map<number, MentionRow>();
  for (const { id, hit } of hits) {
    if (id === null) continue;
    const m = out.get(id);
    if (!m) {
      out.set(id, { entityId: id, count: hit.count, salience: hit.salience, about: hit.about, snippet: hit.snippet, forms: hit.forms, joined: false });
      continue;
    }
    m.count += hit.count;
    m.salience = Math.max(m.salience, hit.salience);
    m.about ||= hit.about;
    m.forms = [...new Set([...m.forms, ...hit.forms])].sort(byteOrder);
    m.joined = true;
  }
  return [...out.values()];
}

async function writeMentions(tx: Queries, table: Table, articleId: number, mentions: MentionRow[]): Promise<void> {
  const head = sql(table, tx.kind).mentions;
  for (const m of mentions) await tx.append(head, [articleId, m.entityId, m.count, m.salience, m.about ? 1 : 0, m.snippet, JSON.stringify(m.forms)]);
}

/**
 * Replaces the article's mentions and roles with `result`. Call inside the article's
 * transaction; `created`: the article was inserted in it, so it has none to replace; `known`:
 * what preloadEntities read in this transaction for hits including these (read here if absent).
 */
export async function saveArticleEntities(tx: Queries, articleId: number, result: EntityResult, created = false, known?: KnownEntities): Promise<void> {
  const now = prismaDate(new Date());
  if (!created) {
    await tx.run(`DELETE FROM "Role" WHERE "articleId" = ?`, [articleId]);
    await tx.run(sql(COMPANY, tx.kind).clearMentions, [articleId]);
    await tx.run(sql(PERSON, tx.kind).clearMentions, [articleId]);
  }

  const gazetteer = loadGazetteer();
  known ??= await preloadEntities(tx, [result]);
  const companyIds = await upsertAll(tx, COMPANY, result.companies, known.companies, (hit, slug, row) => ({
    slug,
    name: hit.name,
    kind: hit.kind,
    aliases: aliasesJson(hit.name, hit.aliases, row?.aliases),
    products: JSON.stringify((hit.status === "gazetteer" ? gazetteer.orgBySlug.get(hit.slug)?.products : undefined) ?? []),
    parentSlug: hit.parentSlug ?? null,
    status: hit.status,
    confidence: hit.confidence,
    evidence: hit.status === "discovered" ? hit.snippet : null,
  }), now);
  const personIds = await upsertAll(tx, PERSON, result.people, known.people, (hit, slug, row) => ({
    slug,
    name: hit.name,
    aliases: aliasesJson(hit.name, hit.aliases, row?.aliases),
    status: hit.status,
    confidence: hit.confidence,
    evidence: hit.status === "discovered" ? hit.snippet : null,
  }), now);

  const companyOf = new Map<string, number>();
  result.companies.forEach((c, i) => {
    const id = companyIds[i];
    if (id === null || id === undefined) return;
    companyOf.set(c.slug, id);
    companyOf.set(c.name, id);
  });
  await writeMentions(tx, COMPANY, articleId, joinMentions(result.companies.map((hit, i) => ({ id: companyIds[i] ?? null, hit }))));
  await writeMentions(tx, PERSON, articleId, joinMentions(result.people.map((hit, i) => ({ id: personIds[i] ?? null, hit }))));

  const roles = result.people.flatMap((p, i) => {
    const personId = personIds[i];
    if (personId === null || personId === undefined) return [];
    return p.roles.map((r) => [personId, (r.organisationSlug ? companyOf.get(r.organisationSlug) : undefined) ?? companyOf.get(r.organisation) ?? null, r.organisation, r.title, r.sentence, articleId]);
  });
  for (const r of roles) await tx.append(ROLES, r);
}
