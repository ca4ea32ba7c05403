/**
 * Stores one article's entities inside the import's transaction, with prepared statements
 * (see lib/data/sqlite.ts for why not Prisma here): upserts Company/Person by slug (curated
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
import { prismaDate, type Sqlite } from "../sqlite";
import { parseStringList } from "../articles/json-columns";
import { perConnection } from "../per-connection";

interface StoredRow {
  id: number;
  name: string;
  status: string;
  aliases: string;
}

/** Both mentions' surface forms, once each (a merged name's forms join its target's). */
const UNION_FORMS = `(SELECT json_group_array("value") FROM (SELECT "value" FROM json_each("forms") UNION SELECT "value" FROM json_each(excluded."forms")))`;

function statements(conn: Sqlite) {
  return {
    companyBySlug: conn.prepare<[string], StoredRow>(`SELECT "id", "name", "status", "aliases" FROM "Company" WHERE "slug" = ?`),
    personBySlug: conn.prepare<[string], StoredRow>(`SELECT "id", "name", "status", "aliases" FROM "Person" WHERE "slug" = ?`),
    companyMergedInto: conn.prepare<[string], { id: number }>(
      `SELECT c."id" FROM "EntityMerge" m JOIN "Company" c ON c."slug" = m."targetSlug" WHERE m."kind" = 'company' AND m."alias" = ? AND c."status" <> 'rejected'`,
    ),
    personMergedInto: conn.prepare<[string], { id: number }>(
      `SELECT p."id" FROM "EntityMerge" m JOIN "Person" p ON p."slug" = m."targetSlug" WHERE m."kind" = 'person' AND m."alias" = ? AND p."status" <> 'rejected'`,
    ),
    insertCompany: conn.prepare(
      `INSERT INTO "Company" ("slug", "name", "kind", "aliases", "products", "parentSlug", "status", "confidence", "evidence", "createdAt", "updatedAt")
       VALUES (@slug, @name, @kind, @aliases, @products, @parentSlug, @status, @confidence, @evidence, @now, @now)`,
    ),
    updateCompany: conn.prepare(
      `UPDATE "Company" SET "name" = @name, "kind" = @kind, "aliases" = @aliases, "products" = @products, "parentSlug" = @parentSlug,
       "confidence" = MAX("confidence", @confidence), "evidence" = COALESCE("evidence", @evidence),
       "status" = CASE WHEN "status" = 'discovered' AND @status = 'gazetteer' THEN 'gazetteer' ELSE "status" END, "updatedAt" = @now WHERE "id" = @id`,
    ),
    insertPerson: conn.prepare(
      `INSERT INTO "Person" ("slug", "name", "aliases", "status", "confidence", "evidence", "createdAt", "updatedAt")
       VALUES (@slug, @name, @aliases, @status, @confidence, @evidence, @now, @now)`,
    ),
    updatePerson: conn.prepare(
      `UPDATE "Person" SET "name" = @name, "aliases" = @aliases, "confidence" = MAX("confidence", @confidence), "evidence" = COALESCE("evidence", @evidence),
       "status" = CASE WHEN "status" = 'discovered' AND @status = 'gazetteer' THEN 'gazetteer' ELSE "status" END, "updatedAt" = @now WHERE "id" = @id`,
    ),
    clearCompanyMentions: conn.prepare(`DELETE FROM "CompanyMention" WHERE "articleId" = ?`),
    clearPersonMentions: conn.prepare(`DELETE FROM "PersonMention" WHERE "articleId" = ?`),
    clearRoles: conn.prepare(`DELETE FROM "Role" WHERE "articleId" = ?`),
    companyMention: conn.prepare(
      `INSERT INTO "CompanyMention" ("articleId", "companyId", "count", "salience", "about", "snippet", "forms")
       VALUES (@articleId, @entityId, @count, @salience, @about, @snippet, @forms)
       ON CONFLICT ("articleId", "companyId") DO UPDATE SET "count" = "count" + excluded."count", "salience" = MAX("salience", excluded."salience"),
       "about" = MAX("about", excluded."about"), "forms" = ${UNION_FORMS}`,
    ),
    personMention: conn.prepare(
      `INSERT INTO "PersonMention" ("articleId", "personId", "count", "salience", "about", "snippet", "forms")
       VALUES (@articleId, @entityId, @count, @salience, @about, @snippet, @forms)
       ON CONFLICT ("articleId", "personId") DO UPDATE SET "count" = "count" + excluded."count", "salience" = MAX("salience", excluded."salience"),
       "about" = MAX("about", excluded."about"), "forms" = ${UNION_FORMS}`,
    ),
    role: conn.prepare(
      `INSERT INTO "Role" ("personId", "companyId", "organisation", "title", "sentence", "articleId")
       VALUES (@personId, @companyId, @organisation, @title, @sentence, @articleId)`,
    ),
  };
}

type Statements = ReturnType<typeof statements>;
const st = perConnection(statements);

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

function upsertCompany(s: Statements, hit: CompanyHit, now: string): number | null {
  if (hit.status === "discovered") {
    const merged = s.companyMergedInto.get(hit.name);
    if (merged) return merged.id;
  }
  let slug = hit.slug;
  let row = s.companyBySlug.get(slug);
  if (hit.status === "discovered") {
    slug = freeSlug(slug, hit.name, row);
    if (slug !== hit.slug) row = s.companyBySlug.get(slug);
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
    s.updateCompany.run({ ...values, id: row.id });
    return row.id;
  }
  return Number(s.insertCompany.run(values).lastInsertRowid);
}

function upsertPerson(s: Statements, hit: PersonHit, now: string): number | null {
  if (hit.status === "discovered") {
    const merged = s.personMergedInto.get(hit.name);
    if (merged) return merged.id;
  }
  let slug = hit.slug;
  let row = s.personBySlug.get(slug);
  if (hit.status === "discovered") {
    slug = freeSlug(slug, hit.name, row);
    if (slug !== hit.slug) row = s.personBySlug.get(slug);
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
    s.updatePerson.run({ ...values, id: row.id });
    return row.id;
  }
  return Number(s.insertPerson.run(values).lastInsertRowid);
}

/** Replaces the article's mentions and roles with `result`. Call inside the article's transaction. */
export function saveArticleEntities(conn: Sqlite, articleId: number, result: EntityResult): void {
  const s = st(conn);
  const now = prismaDate(new Date());
  s.clearRoles.run(articleId);
  s.clearCompanyMentions.run(articleId);
  s.clearPersonMentions.run(articleId);
  const companyIds = new Map<string, number>();
  for (const c of result.companies) {
    const id = upsertCompany(s, c, now);
    if (id === null) continue;
    companyIds.set(c.slug, id);
    companyIds.set(c.name, id);
    s.companyMention.run({ articleId, entityId: id, count: c.count, salience: c.salience, about: c.about ? 1 : 0, snippet: c.snippet, forms: JSON.stringify(c.forms) });
  }
  for (const p of result.people) {
    const id = upsertPerson(s, p, now);
    if (id === null) continue;
    s.personMention.run({ articleId, entityId: id, count: p.count, salience: p.salience, about: p.about ? 1 : 0, snippet: p.snippet, forms: JSON.stringify(p.forms) });
    for (const r of p.roles) {
      const companyId = (r.organisationSlug ? companyIds.get(r.organisationSlug) : undefined) ?? companyIds.get(r.organisation) ?? null;
      s.role.run({ personId: id, companyId, organisation: r.organisation, title: r.title, sentence: r.sentence, articleId });
    }
  }
}
