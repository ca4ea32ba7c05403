/**
 * The pre-built bundle behind `npm run extract` must never be stale: it is built when missing,
 * reused while no source changed, and rebuilt when an imported file is newer or gone. So must
 * its start-up snapshot and its code cache, which also must not outlive the bundle they came from.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { asciiOnly, freshBundle } from "../../lib/build/fresh-bundle.mjs";
import { freshSnapshot } from "../../lib/build/fresh-snapshot.mjs";

// Inside the project, so esbuild (through tsx) resolves from the temporary root as it does in use.
fs.mkdirSync(path.join(process.cwd(), "tests", "artifacts"), { recursive: true });
const root = fs.mkdtempSync(path.join(process.cwd(), "tests", "artifacts", "fresh-bundle-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

function write(rel: string, text: string, mtimeSec?: number): void {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
  if (mtimeSec !== undefined) fs.utimesSync(path.join(root, rel), mtimeSec, mtimeSec);
}

describe("freshBundle", () => {
  it("builds, reuses, and rebuilds when a source changes", () => {
    const old = Date.now() / 1000 - 3600;
    write("package.json", "{}", old);
    write("tsconfig.json", "{}", old);
    write("lib/build/fresh-bundle.mjs", "// stand-in: only its mtime is checked", old);
    write("lib/build/lazy-pinyin.mjs", "export const pinyin = () => [];", old);
    write("lib/answer.ts", "export const answer: number = 41;", old);
    write("main.ts", 'import { answer } from "./lib/answer";\nconsole.log(answer);', old);

    const out = freshBundle(root, "main.ts");
    expect(fs.readFileSync(out, "utf8")).toContain("41");
    const built = fs.statSync(out).mtimeMs;

    expect(freshBundle(root, "main.ts")).toBe(out);
    expect(fs.statSync(out).mtimeMs).toBe(built);

    write("lib/answer.ts", "export const answer: number = 42;");
    freshBundle(root, "main.ts");
    expect(fs.readFileSync(out, "utf8")).toContain("42");

    fs.rmSync(path.join(root, "lib/answer.ts"));
    expect(() => freshBundle(root, "main.ts")).toThrow();
  });
});

describe("freshSnapshot", () => {
  it("starts from the state built into the snapshot, rebuilt with its bundle, one blob per flag set", () => {
    const old = Date.now() / 1000 - 3600;
    write("lib/table.ts", "export const table = new Map([[\"a\", 1]]);", old);
    write(
      "cli.snapshot.ts",
      'import v8 from "node:v8";\nimport { table } from "./lib/table";\ntable.set("built", table.size);\nv8.startupSnapshot.setDeserializeMainFunction(() => console.log(JSON.stringify([...table], null, 0), process.argv.slice(2).join(",")));',
      old,
    );
    const run = (blob: string, flags: string[]) => spawnSync(process.execPath, [...flags, "--snapshot-blob", blob, "cli.ts", "x", "y"], { encoding: "utf8" }).stdout.trim();

    const blob = freshSnapshot(root, "cli.snapshot.ts", []);
    expect(run(blob, [])).toBe('[["a",1],["built",1]] x,y');
    const built = fs.statSync(blob).mtimeMs;
    expect(freshSnapshot(root, "cli.snapshot.ts", [])).toBe(blob);
    expect(fs.statSync(blob).mtimeMs).toBe(built);

    const small = freshSnapshot(root, "cli.snapshot.ts", ["--max-semi-space-size=2"]);
    expect(small).not.toBe(blob);
    expect(run(small, ["--max-semi-space-size=2"])).toBe('[["a",1],["built",1]] x,y');

    write("lib/table.ts", "export const table = new Map([[\"b\", 2]]);");
    expect(run(freshSnapshot(root, "cli.snapshot.ts", []), [])).toBe('[["b",2],["built",1]] x,y');
  });
});

describe("asciiOnly", () => {
  it("writes every non-ASCII character as an escape meaning the same character", () => {
    const code = 'const r = /^友[０-９]+$/u; const e = /😀/u; const s = "\\友\\\\友"; // 注\nout = [r.test("友１"), e.test("😀"), /^.$/u.test("😀"), s];';
    const ascii = asciiOnly(code);
    expect(ascii).toMatch(/^[\x00-\x7f]*$/);
    const run = (c: string) => new Function("let out; " + c + "; return out;")() as unknown[];
    expect(run(ascii)).toEqual(run(code));
    expect(run(ascii)).toEqual([true, true, true, "友\\友"]);
  });
});
