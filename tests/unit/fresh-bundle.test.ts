/**
 * The pre-built bundle behind `npm run extract` must never be stale: it is built when missing,
 * reused while no source changed, and rebuilt when an imported file is newer or gone; its code
 * cache never serves another build of it.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { asciiOnly, freshBundle } from "../../lib/build/fresh-bundle.mjs";

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

describe("runBundle", () => {
  it("runs the bundle, writes a code cache at exit, and never uses it for another build", () => {
    const old = Date.now() / 1000 - 3600;
    write("lib/word.ts", 'export const word: string = "first";', old);
    write("cli.ts", 'import { word } from "./lib/word";\nconsole.log(word, process.argv.slice(2).join(","));', old);
    const runBundle = path.resolve("lib/build/run-bundle.mjs");
    const run = (bundle: string) =>
      spawnSync(process.execPath, ["--input-type=module", "-e", `import { runBundle } from ${JSON.stringify(runBundle)}; process.argv.splice(1, 0, "cli.ts"); runBundle(${JSON.stringify(bundle)});`, "a", "b"], { encoding: "utf8" }).stdout.trim();
    const caches = () => fs.readdirSync(path.dirname(bundle)).filter((f) => f.startsWith(path.basename(bundle)) && f.endsWith(".v8cache"));

    const bundle = freshBundle(root, "cli.ts");
    expect(run(bundle)).toBe("first a,b");
    expect(caches()).toHaveLength(1);
    expect(run(bundle)).toBe("first a,b");

    // Same length, so only the content tells the builds apart (V8 itself checks the length).
    write("lib/word.ts", 'export const word: string = "other";');
    expect(freshBundle(root, "cli.ts")).toBe(bundle);
    expect(run(bundle)).toBe("other a,b");
    expect(caches()).toHaveLength(1);
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
