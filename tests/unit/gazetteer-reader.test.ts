import { describe, expect, it } from "vitest";
import { ORG_FILES, OrgFile, PEOPLE_FILES, PeopleFile, VERSION_FILE, VersionFile } from "@/lib/ingest/entities/load-gazetteer";
import { readOrgFile, readPeopleFile, readVersion } from "@/lib/ingest/entities/gazetteer-reader";

// JSON text compares key order too: the reader must give what the zod schemas give, byte for byte.
describe("gazetteer reader", () => {
  it.each(Object.entries(ORG_FILES))("reads %s as the zod schema does", (name, file) => {
    expect(JSON.stringify(readOrgFile(file, name))).toBe(JSON.stringify(OrgFile.parse(file).organisations));
  });

  it.each(Object.entries(PEOPLE_FILES))("reads %s as the zod schema does", (name, file) => {
    expect(JSON.stringify(readPeopleFile(file, name))).toBe(JSON.stringify(PeopleFile.parse(file).people));
  });

  it("reads the version", () => {
    expect(readVersion(VERSION_FILE)).toBe(VersionFile.parse(VERSION_FILE).version);
  });

  it("fills defaults, drops unknown keys and keeps the schema's key order", () => {
    const file = { organisations: [{ source: "s", extra: 1, kind: "lab", name: "X", slug: "x", parent: "y" }] };
    expect(JSON.stringify(readOrgFile(file, "t"))).toBe(JSON.stringify(OrgFile.parse(file).organisations));
    const people = { people: [{ roles: [{ title: "CEO", org: "x", note: 1 }], name: "李", slug: "li", other: true }] };
    expect(JSON.stringify(readPeopleFile(people, "t"))).toBe(JSON.stringify(PeopleFile.parse(people).people));
  });

  it.each([
    ["a bad slug", { organisations: [{ slug: "X y", name: "X", kind: "lab" }] }],
    ["an unknown kind", { organisations: [{ slug: "x", name: "X", kind: "shop" }] }],
    ["an empty alias", { organisations: [{ slug: "x", name: "X", kind: "lab", aliases: [""] }] }],
    ["an empty name", { organisations: [{ slug: "x", name: "", kind: "lab" }] }],
    ["no list", { organisations: {} }],
  ])("refuses %s, as the schema does", (_, file) => {
    expect(() => OrgFile.parse(file)).toThrow();
    expect(() => readOrgFile(file, "t")).toThrow(/gazetteer/);
  });

  it.each([
    ["a role without a title", { people: [{ slug: "li", name: "李", roles: [{ org: "x" }] }] }],
    ["a non-boolean ambiguous", { people: [{ slug: "li", name: "李", ambiguous: "yes" }] }],
  ])("refuses a person with %s, as the schema does", (_, file) => {
    expect(() => PeopleFile.parse(file)).toThrow();
    expect(() => readPeopleFile(file, "t")).toThrow(/gazetteer/);
  });
});
