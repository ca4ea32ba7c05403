/**
 * Decided entities and undoing a decision. A confirmed or rejected entity goes back to the review
 * list (status discovered); a merge is forgotten (its EntityMerge row, and the name among the
 * target's aliases). A rejected or merged name's mentions come back at the next import, which
 * must therefore re-process every article. The review fingerprint alone does not make it: an
 * undo restores the fingerprint the articles were last imported with, so their stored hashes
 * would still match while their mentions are gone (staleAllArticles).
 */
import type { Db } from "../../db";
import { parseStringList } from "../articles/json-columns";
import { EntityDecisionError, type EntityKind } from "./entities";

export interface DecidedEntity {
  kind: EntityKind;
  decision: "confirmed" | "rejected" | "merged";
  /** The entity's id (confirmed, rejected) or the merge's id (merged). */
  id: number;
  name: string;
  /** A merge's target. */
  target: { slug: string; name: string } | null;
  decidedAt: Date;
}

export async function listDecided(db: Db, limit = 200): Promise<DecidedEntity[]> {
  const where = { status: { in: ["confirmed", "rejected"] } };
  const select = { id: true, name: true, status: true, updatedAt: true };
  const [companies, people, merges] = await Promise.all([
    db.company.findMany({ where, select, orderBy: { updatedAt: "desc" }, take: limit }),
    db.person.findMany({ where, select, orderBy: { updatedAt: "desc" }, take: limit }),
    db.entityMerge.findMany({ orderBy: { createdAt: "desc" }, take: limit }),
  ]);
  const targetSlugs = (kind: EntityKind) => merges.filter((m) => m.kind === kind).map((m) => m.targetSlug);
  const [companyTargets, personTargets] = await Promise.all([
    db.company.findMany({ where: { slug: { in: targetSlugs("company") } }, select: { slug: true, name: true } }),
    db.person.findMany({ where: { slug: { in: targetSlugs("person") } }, select: { slug: true, name: true } }),
  ]);
  const names = new Map<string, string>([...companyTargets.map((c) => [`company:${c.slug}`, c.name] as const), ...personTargets.map((p) => [`person:${p.slug}`, p.name] as const)]);
  const decided = (kind: EntityKind) => (r: { id: number; name: string; status: string; updatedAt: Date }): DecidedEntity => ({
    kind,
    decision: r.status === "confirmed" ? "confirmed" : "rejected",
    id: r.id,
    name: r.name,
    target: null,
    decidedAt: r.updatedAt,
  });
  return [
    ...companies.map(decided("company")),
    ...people.map(decided("person")),
    ...merges.map((m): DecidedEntity => ({
      kind: m.kind === "person" ? "person" : "company",
      decision: "merged",
      id: m.id,
      name: m.alias,
      target: { slug: m.targetSlug, name: names.get(`${m.kind}:${m.targetSlug}`) ?? m.targetSlug },
      decidedAt: m.createdAt,
    })),
  ]
    .sort((a, b) => b.decidedAt.getTime() - a.decidedAt.getTime())
    .slice(0, limit);
}

/** Makes the next import re-process every article (its unchanged check compares contentHash). */
const STALE_HASH = "stale:review-undo";
function staleAllArticles(db: Db) {
  return db.article.updateMany({ data: { contentHash: STALE_HASH } });
}

/** Puts a confirmed or rejected entity back on the review list. */
export async function undoEntityDecision(db: Db, kind: EntityKind, id: number): Promise<{ name: string }> {
  const row = kind === "company" ? await db.company.findUnique({ where: { id } }) : await db.person.findUnique({ where: { id } });
  const label = kind === "company" ? "公司" : "人物";
  if (!row) throw new EntityDecisionError(404, `没有编号为 ${id} 的${label}`);
  if (row.status !== "confirmed" && row.status !== "rejected") throw new EntityDecisionError(409, `${label}“${row.name}”没有待撤销的决定`, "not_decided");
  // A confirmation changed no mentions; a rejection deleted them, and only an import brings them back.
  const stale = row.status === "rejected" ? [staleAllArticles(db)] : [];
  if (kind === "company") await db.$transaction([db.company.update({ where: { id }, data: { status: "discovered" } }), ...stale]);
  else await db.$transaction([db.person.update({ where: { id }, data: { status: "discovered" } }), ...stale]);
  return { name: row.name };
}

/** Forgets a merge: the name stops standing for its target (and leaves the target's aliases). */
export async function undoMerge(db: Db, id: number): Promise<{ name: string }> {
  const merge = await db.entityMerge.findUnique({ where: { id } });
  if (!merge) throw new EntityDecisionError(404, `没有编号为 ${id} 的合并记录`);
  const dropAlias = (aliases: string) => JSON.stringify(parseStringList(aliases).filter((a) => a !== merge.alias));
  await db.$transaction(async (tx) => {
    if (merge.kind === "company") {
      const target = await tx.company.findUnique({ where: { slug: merge.targetSlug } });
      if (target) await tx.company.update({ where: { id: target.id }, data: { aliases: dropAlias(target.aliases) } });
    } else {
      const target = await tx.person.findUnique({ where: { slug: merge.targetSlug } });
      if (target) await tx.person.update({ where: { id: target.id }, data: { aliases: dropAlias(target.aliases) } });
    }
    await tx.entityMerge.delete({ where: { id } });
    await tx.article.updateMany({ data: { contentHash: STALE_HASH } });
  });
  return { name: merge.alias };
}
