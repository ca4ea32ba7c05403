/**
 * The SQLite and PostgreSQL schemas (prisma/schema.prisma, prisma/postgres/schema.prisma) must
 * describe the same models with the same columns, types, optionality, defaults and indexes;
 * only the generator output and the datasource may differ. A model or column added to one and
 * not the other fails here (the migrated databases are compared in
 * tests/integration/pg-schema-parity.test.ts).
 */
import fs from "node:fs";
import { describe, expect, it } from "vitest";

type Models = Map<string, Map<string, string>>;

/** model → field or @@attribute → the rest of its line (comments dropped, spacing normalised). */
export function models(schema: string): Models {
  const out: Models = new Map();
  for (const m of schema.matchAll(/^model\s+(\w+)\s*\{([\s\S]*?)^\}/gm)) {
    const fields = new Map<string, string>();
    for (const raw of m[2]!.split("\n")) {
      const line = raw.replace(/\/\/.*$/, "").trim();
      if (!line) continue;
      const [name, ...rest] = line.split(/\s+/);
      fields.set(name!.startsWith("@@") ? line : name!, rest.join(" "));
    }
    out.set(m[1]!, fields);
  }
  return out;
}

const sqlite = models(fs.readFileSync("prisma/schema.prisma", "utf8"));
const postgres = models(fs.readFileSync("prisma/postgres/schema.prisma", "utf8"));

describe("schema parity (SQLite vs PostgreSQL)", () => {
  it("reads the models of both schemas", () => {
    expect(sqlite.size).toBeGreaterThanOrEqual(12);
    expect(sqlite.get("Article")?.get("title")).toBe("String");
  });

  it("has the same models in both", () => {
    expect([...postgres.keys()].sort()).toEqual([...sqlite.keys()].sort());
  });

  it("has the same columns, types and attributes in every model", () => {
    for (const [model, fields] of sqlite) expect(Object.fromEntries(postgres.get(model) ?? []), model).toEqual(Object.fromEntries(fields));
  });

  it("notices a column one schema lacks", () => {
    const changed = models(fs.readFileSync("prisma/postgres/schema.prisma", "utf8").replace(/^\s+site\s+String\?\n/m, ""));
    expect(Object.fromEntries(changed.get("Article")!)).not.toEqual(Object.fromEntries(sqlite.get("Article")!));
  });
});
