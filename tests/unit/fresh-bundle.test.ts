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
  it("builds, reuses, and rebuilds when a source changes", async () => {
    const old = Date.now() / 1000 - 3600;
    write("package.json", "{}", old);
    write("tsconfig.json", "{}", old);
    write("lib/build/fresh-bundle.mjs", "// stand-in: only its mtime is checked", old);
    write("lib/build/lazy-pinyin.mjs", "export const pinyin = () => [];", old);
    write("lib/answer.ts", "export const answer: number = 41;", old);
    write("main.ts", 'import { answer } from "./lib/answer";\nconsole.log(answer);', old);

    const out = await freshBundle(root, "main.ts");
    expect(fs.readFileSync(out, "utf8")).toContain("41");
    const built = fs.statSync(out).mtimeMs;

    expect(await freshBundle(root, "main.ts")).toBe(out);
    expect(fs.statSync(out).mtimeMs).toBe(built);

    write("lib/answer.ts", "export const answer: number = 42;");
    await freshBundle(root, "main.ts");
    expect(fs.readFileSync(out, "utf8")).toContain("42");

    fs.rmSync(path.join(root, "lib/answer.ts"));
    await expect(freshBundle(root, "main.ts")).rejects.toThrow();
  });
});

describe("runBundle", () => {
  it("runs the bundle, writes a code cache at exit, and never uses it for another build", async () => {
    const old = Date.now() / 1000 - 3600;
    write("lib/word.ts", 'export const word: string = "first";', old);
    write("cli.ts", 'import { word } from "./lib/word";\nconsole.log(word, process.argv.slice(2).join(","));', old);
    const runBundle = path.resolve("lib/build/run-bundle.mjs");
    const run = (bundle: string) =>
      spawnSync(process.execPath, ["--input-type=module", "-e", `import { runBundle } from ${JSON.stringify(runBundle)}; process.argv.splice(1, 0, "cli.ts"); runBundle(${JSON.stringify(bundle)});`, "a", "b"], { encoding: "utf8" }).stdout.trim();
    const caches = () => fs.readdirSync(path.dirname(bundle)).filter((f) => f.startsWith(path.basename(bundle)) && f.endsWith(".v8cache"));

    const bundle = await freshBundle(root, "cli.ts");
    expect(run(bundle)).toBe("first a,b");
    expect(caches()).toHaveLength(1);
    expect(run(bundle)).toBe("first a,b");

    // Same length, so only the content tells the builds apart (V8 itself checks the length).
    write("lib/word.ts", 'export const word: string = "other";');
    expect(await freshBundle(root, "cli.ts")).toBe(bundle);
    expect(run(bundle)).toBe("other a,b");
    expect(caches()).toHaveLength(1);
  });
});

describe("lazy data modules", () => {
  it("bundles a generated table into a file of its own, read at its first use only", async () => {
    const old = Date.now() / 1000 - 3600;
    write("lib/ingest/repair/han-words.ts", 'export const WORD_WEIGHT_BASE = 48;\nexport function hanWordTables() { return { WORDS1: "table-text" }; }', old);
    write("lazy.ts", 'import { hanWordTables, WORD_WEIGHT_BASE } from "./lib/ingest/repair/han-words";\nconsole.log(process.argv.includes("use") ? `${hanWordTables().WORDS1} ${WORD_WEIGHT_BASE}` : "unused");', old);
    const bundle = await freshBundle(root, "lazy.ts");
    const side = bundle.replace(/\.cjs$/, ".han-words.cjs");
    expect(fs.readFileSync(bundle, "utf8")).not.toContain("table-text");
    expect(fs.readFileSync(side, "utf8")).toContain("table-text");
    const runBundle = path.resolve("lib/build/run-bundle.mjs");
    const run = (arg: string) =>
      spawnSync(process.execPath, ["--input-type=module", "-e", `import { runBundle } from ${JSON.stringify(runBundle)}; process.argv.splice(1, 0, "lazy.ts"); runBundle(${JSON.stringify(bundle)});`, arg], { encoding: "utf8" }).stdout.trim();
    expect(run("use")).toBe("table-text 48");
    // Without the side file, a run that never reads the table still works: it was never loaded.
    fs.renameSync(side, `${side}.gone`);
    expect(run("skip")).toBe("unused");
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
