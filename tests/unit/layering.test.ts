/**
 * Keeps the layering by test, not by habit: the pure modules (the ingest pipeline, search query
 * parsing, text helpers, the escaping template) may not import the data layer, Prisma, SQLite,
 * Next or React. Each import is resolved to a repo path, so a relative `../../data/x` is caught as
 * surely as `@/lib/data/x`.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const PURE_DIRS = ["lib/ingest", "lib/search", "lib/text", "lib/markup"];

const FORBIDDEN_PACKAGES = [/^next(\/|$)/, /^react(-dom)?(\/|$)/, /^@prisma\//, /^prisma(\/|$)/, /^better-sqlite3$/, /^server-only$/];
const FORBIDDEN_PATHS = [/^lib\/data(\/|$)/, /^lib\/generated(\/|$)/, /^lib\/db(\.ts)?$/, /^app\//, /^components\//];

function sourceFiles(dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && /\.(ts|tsx|mts|mjs)$/.test(e.name))
    .map((e) => path.relative(root, path.join(e.parentPath, e.name)));
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
function importSpecifiers(source: string): string[] {
  const out: string[] = [];
  const re = /(?:import|export)\s[^'"]*?from\s*["']([^"']+)["']|import\s*\(\s*["']([^"']+)["']\s*\)|import\s+["']([^"']+)["']/g;
  for (const m of source.matchAll(re)) out.push((m[1] ?? m[2] ?? m[3])!);
  return out;
}

function violation(file: string, spec: string): string | null {
  if (spec.startsWith("@/") || spec.startsWith(".")) {
    const target = spec.startsWith("@/") ? spec.slice(2) : path.relative(root, path.resolve(root, path.dirname(file), spec));
    return FORBIDDEN_PATHS.some((re) => re.test(target)) ? `${file} imports ${spec} (${target})` : null;
  }
  return FORBIDDEN_PACKAGES.some((re) => re.test(spec)) ? `${file} imports package ${spec}` : null;
}

describe("layering", () => {
  it("finds the specifiers of every import form", () => {
    const src = `import a from "x";\nimport { b } from '@/lib/data/y';\nexport * from "../data/z";\nconst c = await import("next/server");\nimport "server-only";`;
    expect(importSpecifiers(src)).toEqual(["x", "@/lib/data/y", "../data/z", "next/server", "server-only"]);
  });

  it("flags a relative climb into the data layer and a framework package", () => {
    expect(violation("lib/ingest/html/walk.ts", "../../data/import/run-import")).not.toBeNull();
    expect(violation("lib/search/parse-query.ts", "next/headers")).not.toBeNull();
    expect(violation("lib/ingest/html/walk.ts", "../../text/fold")).toBeNull();
  });

  it("keeps the pure modules free of data access, Prisma, SQLite, Next and React", () => {
    const files = PURE_DIRS.flatMap(sourceFiles);
    expect(files.length).toBeGreaterThan(50);
    const problems = files.flatMap((f) =>
      importSpecifiers(fs.readFileSync(path.join(root, f), "utf8"))
        .map((s) => violation(f, s))
        .filter((v): v is string => v !== null),
    );
    expect(problems).toEqual([]);
  });
});
