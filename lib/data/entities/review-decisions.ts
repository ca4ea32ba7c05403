/**
 * Admin review decisions as the import run's extractor: confirmed companies and people join the
 * gazetteer, merged names become aliases of their target, rejected names are never reported.
 * Read once per run (per write connection), with a fingerprint that the importer folds into its
 * unchanged check, so a decision reaches every old article on the next import.
 */
import { createHash } from "node:crypto";
import { createEntityExtractor } from "../../ingest/entities/extract-entities";
import { buildGazetteer, loadGazetteer, OrgEntrySchema, PersonEntrySchema, type OrgEntry, type PersonEntry } from "../../ingest/entities/load-gazetteer";
import type { EntityInput, EntityResult } from "../../ingest/entities/types";
import type { Sqlite } from "../sqlite";

interface EntityRow {
  kind: "company" | "person";
  slug: string;
  name: string;
  orgKind: string | null;
  aliases: string;
  status: string;
}

interface MergeRow {
  kind: "company" | "person";
  alias: string;
  targetSlug: string;
}

export interface ReviewDecisions {
  confirmed: EntityRow[];
  rejected: EntityRow[];
  merges: MergeRow[];
}

export function loadDecisions(conn: Sqlite): ReviewDecisions {
  const rows = conn
    .prepare<[], EntityRow>(
      `SELECT 'company' AS kind, "slug", "name", "kind" AS orgKind, "aliases", "status" FROM "Company" WHERE "status" IN ('confirmed', 'rejected')
       UNION ALL
       SELECT 'person' AS kind, "slug", "name", NULL AS orgKind, "aliases", "status" FROM "Person" WHERE "status" IN ('confirmed', 'rejected')
       ORDER BY kind, "slug"`,
    )
    .all();
  const merges = conn.prepare<[], MergeRow>(`SELECT "kind", "alias", "targetSlug" FROM "EntityMerge" ORDER BY "kind", "alias"`).all();
  return { confirmed: rows.filter((r) => r.status === "confirmed"), rejected: rows.filter((r) => r.status === "rejected"), merges };
}

/** Changes exactly when a decision does (not when the importer refreshes aliases or counts). */
export function decisionsFingerprint(d: ReviewDecisions): string {
  const parts = [
    ...d.confirmed.map((r) => `c|${r.kind}|${r.slug}|${r.name}`),
    ...d.rejected.map((r) => `r|${r.kind}|${r.name}`),
    ...d.merges.map((m) => `m|${m.kind}|${m.alias}|${m.targetSlug}`),
  ];
  return createHash("sha1").update(parts.join("\n")).digest("hex").slice(0, 16);
}

function storedAliases(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    // Pinyin spellings are for search, not for finding the name in text.
    return Array.isArray(v) ? v.filter((a): a is string => typeof a === "string" && a.length > 0 && !/^[a-z ]+$/.test(a)) : [];
  } catch {
    return [];
  }
}

/** The shipped gazetteer plus the decisions, as extractor options. Pure over `d`. */
export function extractorFromDecisions(d: ReviewDecisions): (input: EntityInput) => EntityResult {
  const base = loadGazetteer();
  const taken = new Set([...base.orgBySlug.keys(), ...base.personBySlug.keys()]);
  const orgs = new Map<string, OrgEntry>(base.organisations.map((o) => [o.slug, o]));
  const people = new Map<string, PersonEntry>(base.people.map((p) => [p.slug, p]));
  const extraOrgs = new Map<string, OrgEntry>();
  const extraPeople = new Map<string, PersonEntry>();
  for (const r of d.confirmed) {
    if (taken.has(r.slug)) continue;
    taken.add(r.slug);
    if (r.kind === "company") {
      const kind = OrgEntrySchema.shape.kind.safeParse(r.orgKind);
      extraOrgs.set(r.slug, OrgEntrySchema.parse({ slug: r.slug, name: r.name, kind: kind.success ? kind.data : "company", aliases: storedAliases(r.aliases) }));
    } else {
      extraPeople.set(r.slug, PersonEntrySchema.parse({ slug: r.slug, name: r.name, aliases: storedAliases(r.aliases) }));
    }
  }
  for (const m of d.merges) {
    if (m.kind === "company") {
      const target = extraOrgs.get(m.targetSlug) ?? orgs.get(m.targetSlug);
      if (!target) continue;
      const merged = { ...target, aliases: [...new Set([...target.aliases, m.alias])] };
      if (extraOrgs.has(m.targetSlug)) extraOrgs.set(m.targetSlug, merged);
      else orgs.set(m.targetSlug, merged);
    } else {
      const target = extraPeople.get(m.targetSlug) ?? people.get(m.targetSlug);
      if (!target) continue;
      const merged = { ...target, aliases: [...new Set([...target.aliases, m.alias])] };
      if (extraPeople.has(m.targetSlug)) extraPeople.set(m.targetSlug, merged);
      else people.set(m.targetSlug, merged);
    }
  }
  return createEntityExtractor({
    gazetteer: buildGazetteer([...orgs.values()], [...people.values()], base.version),
    extraOrganisations: [...extraOrgs.values()],
    extraPeople: [...extraPeople.values()],
    rejected: d.rejected.map((r) => r.name),
  });
}

const perConnection = new WeakMap<Sqlite, { fingerprint: string; extract: (input: EntityInput) => EntityResult }>();

function forConnection(conn: Sqlite) {
  let v = perConnection.get(conn);
  if (!v) {
    const d = loadDecisions(conn);
    v = { fingerprint: decisionsFingerprint(d), extract: extractorFromDecisions(d) };
    perConnection.set(conn, v);
  }
  return v;
}

/** The run's entity extractor: decisions as they stood when the run first asked. */
export function runExtractor(conn: Sqlite): (input: EntityInput) => EntityResult {
  return forConnection(conn).extract;
}

/** For the importer's unchanged check (ImportDeps.runVersion). */
export function entityDecisionsVersion(conn: Sqlite): string {
  return `decisions-${forConnection(conn).fingerprint}`;
}
