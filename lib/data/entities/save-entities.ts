/**
 * Stores one article's entities inside the import's transaction, through the writer (either
 * store; see lib/data/sqlite.ts for why not Prisma here): upserts Company/Person by slug (curated
 * slugs from the gazetteer; pinyin slugs for discovered names), then replaces the article's
 * CompanyMention, PersonMention and Role rows. Review decisions hold here even when the run's
 * extractor predates them (a decision taken while an import runs): a discovered name an admin
 * merged away is linked to its target (EntityMerge) instead of coming back as a new row, and
 * entities an admin rejected are not linked. Stored aliases are kept (the union of stored and
 * new), so aliases a merge added survive every re-import.
 */
import { createHash } from "node:crypto";
import { pinyin } from "pinyin-pro";
import { loadGazetteer } from "../../ingest/entities/load-gazetteer";
import type { CompanyHit, EntityResult, PersonHit } from "../../ingest/entities/types";
import { prismaDate } from "../sqlite";
import { parseStringList } from "../articles/json-columns";
import { fragments, type Queries } from "../writer";
import type { StoreKind } from "../../store-kind";

interface StoredRow {
  id: number;
  name: string;
  status: string;
  aliases: string;
}

function statementsFor(kind: StoreKind) {
  const f = fragments(kind);
  // A mention saved twice (a merged name beside its target) adds up; its surface forms are kept once each.
  const mention = (table: string, column: string) =>
    `INSERT INTO "${table}" ("articleId", "${column}", "count", "salience", "about", "snippet", "forms")
     VALUES (@articleId, @entityId, @count, @salience, @about, @snippet, @forms)
     ON CONFLICT ("articleId", "${column}") DO UPDATE SET "count" = "${table}"."count" + excluded."count",
     "salience" = ${f.greatest(`"${table}"."salience"`, `excluded."salience"`)}, "about" = ${f.greatest(`"${table}"."about"`, `excluded."about"`)}, "forms" = ${f.unionJsonArrays(`"${table}"."forms"`, `excluded."forms"`)}`;
  return {
    companyBySlug: `SELECT "id", "name", "status", "aliases" FROM "Company" WHERE "slug" = ?`,
    personBySlug: `SELECT "id", "name", "status", "aliases" FROM "Person" WHERE "slug" = ?`,
    companyMergedInto: `SELECT c."id" FROM "EntityMerge" m JOIN "Company" c ON c."slug" = m."targetSlug" WHERE m."kind" = 'company' AND m."alias" = ? AND c."status" <> 'rejected'`,
    personMergedInto: `SELECT p."id" FROM "EntityMerge" m JOIN "Person" p ON p."slug" = m."targetSlug" WHERE m."kind" = 'person' AND m."alias" = ? AND p."status" <> 'rejected'`,
    insertCompany: `INSERT INTO "Company" ("slug", "name", "kind", "aliases", "products", "parentSlug", "status", "confidence", "evidence", "createdAt", "updatedAt")
       VALUES (@slug, @name, @kind, @aliases, @products, @parentSlug, @status, @confidence, @evidence, @now, @now)`,
    updateCompany: `UPDATE "Company" SET "name" = @name, "kind" = @kind, "aliases" = @aliases, "products" = @products, "parentSlug" = @parentSlug,
       "confidence" = ${f.greatest(`"confidence"`, `@confidence`)}, "evidence" = COALESCE("evidence", @evidence),
       "status" = CASE WHEN "status" = 'discovered' AND @status = 'gazetteer' THEN 'gazetteer' ELSE "status" END, "updatedAt" = @now WHERE "id" = @id`,
    insertPerson: `INSERT INTO "Person" ("slug", "name", "aliases", "status", "confidence", "evidence", "createdAt", "updatedAt")
       VALUES (@slug, @name, @aliases, @status, @confidence, @evidence, @now, @now)`,
    updatePerson: `UPDATE "Person" SET "name" = @name, "aliases" = @aliases, "confidence" = ${f.greatest(`"confidence"`, `@confidence`)}, "evidence" = COALESCE("evidence", @evidence),
       "status" = CASE WHEN "status" = 'discovered' AND @status = 'gazetteer' THEN 'gazetteer' ELSE "status" END, "updatedAt" = @now WHERE "id" = @id`,
    clearCompanyMentions: `DELETE FROM "CompanyMention" WHERE "articleId" = ?`,
    clearPersonMentions: `DELETE FROM "PersonMention" WHERE "articleId" = ?`,
    clearRoles: `DELETE FROM "Role" WHERE "articleId" = ?`,
    companyMention: mention("CompanyMention", "companyId"),
    personMention: mention("PersonMention", "personId"),
    role: `INSERT INTO "Role" ("personId", "companyId", "organisation", "title", "sentence", "articleId")
       VALUES (@personId, @companyId, @organisation, @title, @sentence, @articleId)`,
  };
}

type Statements = ReturnType<typeof statementsFor>;
const byKind: Partial<Record<StoreKind, Statements>> = {};
const statements = (kind: StoreKind): Statements => (byKind[kind] ??= statementsFor(kind));


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

async function upsertCompany(tx: Queries, s: Statements, hit: CompanyHit, now: string): Promise<number | null> {
  if (hit.status === "discovered") {
    const merged = await tx.get<{ id: number }>(s.companyMergedInto, [hit.name]);
    if (merged) return merged.id;
  }
  let slug = hit.slug;
  let row = await tx.get<StoredRow>(s.companyBySlug, [slug]);
  if (hit.status === "discovered") {
    slug = freeSlug(slug, hit.name, row);
    if (slug !== hit.slug) row = await tx.get<StoredRow>(s.companyBySlug, [slug]);
  }
  if (row?.status === "rejected") return null;
  const entry = hit.status === "gazetteer" ? loadGazetteer().orgBySlug.get(hit.slug) : undefined;
  const values = {
    slug,
    name: hit.name,
    kind: hit.kind,
    aliases: aliasesJson(hit.name, hit.aliases, row?.aliases),
    products: JSON.stringify(entry?.products ?? []),
    parentSlug: hit.parentSlug ?? null,
    status: hit.status,
    confidence: hit.confidence,
    evidence: hit.status === "discovered" ? hit.snippet : null,
    now,
  };
  if (row) {
    await tx.run(s.updateCompany, { ...values, id: row.id });
    return row.id;
  }
  return tx.insert(s.insertCompany, values);
}

async function upsertPerson(tx: Queries, s: Statements, hit: PersonHit, now: string): Promise<number | null> {
  if (hit.status === "discovered") {
    const merged = await tx.get<{ id: number }>(s.personMergedInto, [hit.name]);
    if (merged) return merged.id;
  }
  let slug = hit.slug;
  let row = await tx.get<StoredRow>(s.personBySlug, [slug]);
  if (hit.status === "discovered") {
    slug = freeSlug(slug, hit.name, row);
    if (slug !== hit.slug) row = await tx.get<StoredRow>(s.personBySlug, [slug]);
  }
  if (row?.status === "rejected") return null;
  const values = {
    slug,
    name: hit.name,
    aliases: aliasesJson(hit.name, hit.aliases, row?.aliases),
    status: hit.status,
    confidence: hit.confidence,
    evidence: hit.status === "discovered" ? hit.snippet : null,
    now,
  };
  if (row) {
    await tx.run(s.updatePerson, { ...values, id: row.id });
    return row.id;
  }
  return tx.insert(s.insertPerson, values);
}

/** Replaces the article's mentions and roles with `result`. Call inside the article's transaction. */
export async function saveArticleEntities(tx: Queries, articleId: number, result: EntityResult): Promise<void> {
  const s = statements(tx.kind);
  const now = prismaDate(new Date());
  await tx.run(s.clearRoles, [articleId]);
  await tx.run(s.clearCompanyMentions, [articleId]);
  await tx.run(s.clearPersonMentions, [articleId]);
  const companyIds = new Map<string, number>();
  for (const c of result.companies) {
    const id = await upsertCompany(tx, s, c, now);
    if (id === null) continue;
    companyIds.set(c.slug, id);
    companyIds.set(c.name, id);
    await tx.run(s.companyMention, { articleId, entityId: id, count: c.count, salience: c.salience, about: c.about ? 1 : 0, snippet: c.snippet, forms: JSON.stringify(c.forms) });
  }
  for (const p of result.people) {
    const id = await upsertPerson(tx, s, p, now);
    if (id === null) continue;
    await tx.run(s.personMention, { articleId, entityId: id, count: p.count, salience: p.salience, about: p.about ? 1 : 0, snippet: p.snippet, forms: JSON.stringify(p.forms) });
    for (const r of p.roles) {
      const companyId = (r.organisationSlug ? companyIds.get(r.organisationSlug) : undefined) ?? companyIds.get(r.organisation) ?? null;
      await tx.run(s.role, { personId: id, companyId, organisation: r.organisation, title: r.title, sentence: r.sentence, articleId });
    }
  }
}
