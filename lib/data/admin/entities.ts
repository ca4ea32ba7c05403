/**
 * Review of entities the extractor discovered (not in the gazetteer). An admin confirms one,
 * rejects it, or merges it into an existing entity. Decisions live in the Company/Person rows
 * (status confirmed / rejected) and in EntityMerge (merged names); the importer builds each
 * run's extractor from them (lib/data/entities/review-decisions.ts, with the gazetteer
 * extension in lib/ingest/entities/review-gazetteer.ts): confirmed entities join the
 * gazetteer, merged names become aliases of their target, rejected names are never reported,
 * and any decision makes the next import re-process every article. Saving also resolves a
 * discovered name through EntityMerge and keeps stored aliases (lib/data/entities/save-entities.ts).
 */
import { z } from "zod";
import type { Db } from "../../db";
import { parseStringList } from "../articles/json-columns";

export const EntityKind = z.enum(["company", "person"]);
export type EntityKind = z.infer<typeof EntityKind>;

export const EntityDecision = z.discriminatedUnion("action", [
  z.object({ action: z.literal("confirm") }),
  z.object({ action: z.literal("undo") }),
  z.object({ action: z.literal("reject") }),
  z.object({ action: z.literal("merge"), into: z.string().trim().min(1).max(200) }),
]);
export type EntityDecision = z.infer<typeof EntityDecision>;
/** A decision proper (undo is entity-undo.ts's). */
export type ReviewDecision = Exclude<EntityDecision, { action: "undo" }>;


export interface DiscoveredEntity {
  kind: EntityKind;
  id: number;
  slug: string;
  name: string;
  aliases: string[];
  confidence: number;
  evidence: string | null;
  mentions: number;
  /** A person named only in the bylines of their articles (记者/作者): an author, not a subject. */
  authorOnly: boolean;
}

/** Every article that mentions the person lists them in its byline (authors or reporters). */
function bylinedOnly(name: string, articles: { authors: string; reporters: string }[]): boolean {
  return articles.length > 0 && articles.every((a) => [...parseStringList(a.authors), ...parseStringList(a.reporters)].includes(name));
}

export async function listDiscovered(db: Db, limit = 300): Promise<DiscoveredEntity[]> {
  const [companies, people] = await Promise.all([
    db.company.findMany({ where: { status: "discovered" }, include: { _count: { select: { mentions: true } } }, take: limit }),
    db.person.findMany({
      where: { status: "discovered" },
      include: { _count: { select: { mentions: true } }, mentions: { select: { article: { select: { authors: true, reporters: true } } }, take: 20 } },
      take: limit,
    }),
  ]);
  const rows: DiscoveredEntity[] = [
    ...companies.map((c) => ({ kind: "company" as const, id: c.id, slug: c.slug, name: c.name, aliases: parseStringList(c.aliases), confidence: c.confidence, evidence: c.evidence, mentions: c._count.mentions, authorOnly: false })),
    ...people.map((p) => ({
      kind: "person" as const,
      id: p.id,
      slug: p.slug,
      name: p.name,
      aliases: parseStringList(p.aliases),
      confidence: p.confidence,
      evidence: p.evidence,
      mentions: p._count.mentions,
      authorOnly: bylinedOnly(p.name, p.mentions.map((m) => m.article)),
    })),
  ];
  return rows.sort((a, b) => b.mentions - a.mentions || b.confidence - a.confidence);
}

/** Names (and slugs) of entities a discovered one may be merged into. */
export async function mergeTargets(db: Db, kind: EntityKind): Promise<{ slug: string; name: string }[]> {
  const where = { status: { in: ["gazetteer", "confirmed"] } };
  const select = { slug: true, name: true };
  return kind === "company"
    ? db.company.findMany({ where, select, orderBy: { name: "asc" } })
    : db.person.findMany({ where, select, orderBy: { name: "asc" } });
}

/** A decision that cannot apply; the message is Chinese (the admin reads it), `code` stable for programs. */
export class EntityDecisionError extends Error {
  readonly code: "not_found" | "not_awaiting_review" | "invalid_merge_target" | "not_decided";

  constructor(
    readonly status: 404 | 409 | 422,
    message: string,
    /** Only for a 409 that is not "not awaiting review" (an undo of something never decided). */
    code?: "not_decided",
  ) {
    super(message);
    this.name = "EntityDecisionError";
    this.code = code ?? (status === 404 ? "not_found" : status === 409 ? "not_awaiting_review" : "invalid_merge_target");
  }
}

const STATUS_WORD: Record<string, string> = { confirmed: "已确认", rejected: "已拒绝", gazetteer: "已在词表中", discovered: "待审核" };
const statusWord = (status: string): string => STATUS_WORD[status] ?? status;

function mergedAliases(target: { aliases: string; name: string }, source: { aliases: string; name: string }): string {
  const all = new Set([...parseStringList(target.aliases), source.name, ...parseStringList(source.aliases)]);
  all.delete(target.name);
  return JSON.stringify([...all]);
}

async function decideCompany(db: Db, id: number, decision: ReviewDecision): Promise<void> {
  const source = await db.company.findUnique({ where: { id } });
  if (!source) throw new EntityDecisionError(404, `没有编号为 ${id} 的公司`);
  if (source.status !== "discovered") throw new EntityDecisionError(409, `公司“${source.name}”${statusWord(source.status)}，不在待审核列表中`);
  if (decision.action === "confirm") {
    await db.company.update({ where: { id }, data: { status: "confirmed" } });
    return;
  }
  if (decision.action === "reject") {
    // The row stays (status rejected) so the importer knows not to discover it again; its mentions go.
    await db.$transaction([
      db.companyMention.deleteMany({ where: { companyId: id } }),
      db.role.updateMany({ where: { companyId: id }, data: { companyId: null } }),
      db.company.update({ where: { id }, data: { status: "rejected" } }),
    ]);
    return;
  }
  const target = await db.company.findFirst({ where: { OR: [{ slug: decision.into }, { name: decision.into }], status: { in: ["gazetteer", "confirmed"] } } });
  if (!target) throw new EntityDecisionError(422, `没有名为“${decision.into}”的已确认或词表中的公司`);
  if (target.id === id) throw new EntityDecisionError(422, "不能把公司合并到它自己");
  await db.$transaction(async (tx) => {
    for (const m of await tx.companyMention.findMany({ where: { companyId: id } })) {
      const existing = await tx.companyMention.findUnique({ where: { articleId_companyId: { articleId: m.articleId, companyId: target.id } } });
      if (existing) {
        await tx.companyMention.update({ where: { id: existing.id }, data: { count: existing.count + m.count, salience: Math.max(existing.salience, m.salience), about: existing.about || m.about } });
        await tx.companyMention.delete({ where: { id: m.id } });
      } else {
        await tx.companyMention.update({ where: { id: m.id }, data: { companyId: target.id } });
      }
    }
    await tx.role.updateMany({ where: { companyId: id }, data: { companyId: target.id } });
    await tx.company.updateMany({ where: { parentSlug: source.slug }, data: { parentSlug: target.slug } });
    await tx.company.update({ where: { id: target.id }, data: { aliases: mergedAliases(target, source) } });
    await tx.entityMerge.upsert({
      where: { kind_alias: { kind: "company", alias: source.name } },
      create: { kind: "company", alias: source.name, targetSlug: target.slug },
      update: { targetSlug: target.slug },
    });
    await tx.company.delete({ where: { id } });
  });
}

async function decidePerson(db: Db, id: number, decision: ReviewDecision): Promise<void> {
  const source = await db.person.findUnique({ where: { id } });
  if (!source) throw new EntityDecisionError(404, `没有编号为 ${id} 的人物`);
  if (source.status !== "discovered") throw new EntityDecisionError(409, `人物“${source.name}”${statusWord(source.status)}，不在待审核列表中`);
  if (decision.action === "confirm") {
    await db.person.update({ where: { id }, data: { status: "confirmed" } });
    return;
  }
  if (decision.action === "reject") {
    await db.$transaction([
      db.personMention.deleteMany({ where: { personId: id } }),
      db.role.deleteMany({ where: { personId: id } }),
      db.person.update({ where: { id }, data: { status: "rejected" } }),
    ]);
    return;
  }
  const target = await db.person.findFirst({ where: { OR: [{ slug: decision.into }, { name: decision.into }], status: { in: ["gazetteer", "confirmed"] } } });
  if (!target) throw new EntityDecisionError(422, `没有名为“${decision.into}”的已确认或词表中的人物`);
  if (target.id === id) throw new EntityDecisionError(422, "不能把人物合并到其本人");
  await db.$transaction(async (tx) => {
    for (const m of await tx.personMention.findMany({ where: { personId: id } })) {
      const existing = await tx.personMention.findUnique({ where: { articleId_personId: { articleId: m.articleId, personId: target.id } } });
      if (existing) {
        await tx.personMention.update({ where: { id: existing.id }, data: { count: existing.count + m.count, salience: Math.max(existing.salience, m.salience), about: existing.about || m.about } });
        await tx.personMention.delete({ where: { id: m.id } });
      } else {
        await tx.personMention.update({ where: { id: m.id }, data: { personId: target.id } });
      }
    }
    await tx.role.updateMany({ where: { personId: id }, data: { personId: target.id } });
    await tx.person.update({ where: { id: target.id }, data: { aliases: mergedAliases(target, source) } });
    await tx.entityMerge.upsert({
      where: { kind_alias: { kind: "person", alias: source.name } },
      create: { kind: "person", alias: source.name, targetSlug: target.slug },
      update: { targetSlug: target.slug },
    });
    await tx.person.delete({ where: { id } });
  });
}

/** Applies an admin's decision. Throws EntityDecisionError with an HTTP status for the handler. */
export async function decideEntity(db: Db, kind: EntityKind, id: number, decision: ReviewDecision): Promise<void> {
  if (kind === "company") await decideCompany(db, id, decision);
  else await decidePerson(db, id, decision);
}
