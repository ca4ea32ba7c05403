/**
 * Reads the shipped gazetteer files into entries exactly as load-gazetteer's zod schemas would
 * (same checks, defaults filled, unknown keys dropped, keys in the schemas' order, fresh arrays),
 * without zod at run time: zod compiled a parser for each schema with `new Function` and walked
 * ~750 entries at every start of `npm run extract` (~20 ms before the first page). The schemas
 * stay the reference: tests/unit/gazetteer-reader.test.ts compares both on every shipped file.
 */
import type { OrgEntry, PersonEntry } from "./load-gazetteer";

const SLUG = /^[a-z0-9][a-z0-9-]*$/;
const ORG_KINDS: ReadonlySet<string> = new Set(["company", "investor", "lab", "university", "media", "government", "association"]);

type Fields = { readonly [key: string]: unknown };

function fields(v: unknown, where: string): Fields {
  if (typeof v !== "object" || v === null || Array.isArray(v)) throw new Error(`gazetteer: ${where} is not an object`);
  return v as Fields;
}

function text(v: unknown, where: string): string {
  if (typeof v !== "string" || v.length === 0) throw new Error(`gazetteer: ${where} must be a non-empty string`);
  return v;
}

function slug(v: unknown, where: string): string {
  if (typeof v !== "string" || !SLUG.test(v)) throw new Error(`gazetteer: ${where}: slug must be lowercase ascii with dashes`);
  return v;
}

/** A list of non-empty strings, [] when absent. */
function texts(v: unknown, where: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v)) throw new Error(`gazetteer: ${where} must be a list`);
  return v.map((s, i) => text(s, `${where}[${i}]`));
}

function orgEntry(v: unknown, where: string): OrgEntry {
  const f = fields(v, where);
  const kind = f.kind;
  if (typeof kind !== "string" || !ORG_KINDS.has(kind)) throw new Error(`gazetteer: ${where}.kind is not a known kind`);
  const out: OrgEntry = {
    slug: slug(f.slug, `${where}.slug`),
    name: text(f.name, `${where}.name`),
    kind: kind as OrgEntry["kind"],
    aliases: texts(f.aliases, `${where}.aliases`),
    products: texts(f.products, `${where}.products`),
    ambiguous: texts(f.ambiguous, `${where}.ambiguous`),
    spun: texts(f.spun, `${where}.spun`),
    falseFriends: texts(f.falseFriends, `${where}.falseFriends`),
  };
  if (f.parent !== undefined) out.parent = slug(f.parent, `${where}.parent`);
  if (f.source !== undefined) {
    if (typeof f.source !== "string") throw new Error(`gazetteer: ${where}.source must be a string`);
    out.source = f.source;
  }
  return out;
}

function personEntry(v: unknown, where: string): PersonEntry {
  const f = fields(v, where);
  if (f.ambiguous !== undefined && typeof f.ambiguous !== "boolean") throw new Error(`gazetteer: ${where}.ambiguous must be true or false`);
  if (f.roles !== undefined && !Array.isArray(f.roles)) throw new Error(`gazetteer: ${where}.roles must be a list`);
  const roles = ((f.roles as unknown[] | undefined) ?? []).map((r, i) => {
    const rf = fields(r, `${where}.roles[${i}]`);
    return { org: slug(rf.org, `${where}.roles[${i}].org`), title: text(rf.title, `${where}.roles[${i}].title`) };
  });
  const out: PersonEntry = {
    slug: slug(f.slug, `${where}.slug`),
    name: text(f.name, `${where}.name`),
    aliases: texts(f.aliases, `${where}.aliases`),
    ambiguous: (f.ambiguous as boolean | undefined) ?? false,
    contextAliases: texts(f.contextAliases, `${where}.contextAliases`),
    roles,
  };
  if (f.source !== undefined) {
    if (typeof f.source !== "string") throw new Error(`gazetteer: ${where}.source must be a string`);
    out.source = f.source;
  }
  return out;
}

function list(file: unknown, key: string, name: string): unknown[] {
  const v = fields(file, name)[key];
  if (!Array.isArray(v)) throw new Error(`gazetteer: ${name}.${key} must be a list`);
  return v;
}

/** The organisations of one gazetteer file ({ organisations: [...] }); `name` is for messages. */
export function readOrgFile(file: unknown, name: string): OrgEntry[] {
  return list(file, "organisations", name).map((e, i) => orgEntry(e, `${name}.organisations[${i}]`));
}

/** The people of one gazetteer file ({ people: [...] }). */
export function readPeopleFile(file: unknown, name: string): PersonEntry[] {
  return list(file, "people", name).map((e, i) => personEntry(e, `${name}.people[${i}]`));
}

/** The version of version.json. */
export function readVersion(file: unknown): string {
  return text(fields(file, "version.json").version, "version.json.version");
}
