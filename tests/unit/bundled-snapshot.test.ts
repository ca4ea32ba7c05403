/**
 * `npm run extract` starts from a V8 start-up snapshot of its bundle (scripts/bundled.sh,
 * lib/build/snapshot*.mjs). The snapshot must never run stale code: it is built by a run without
 * it, used by the next run, and left for the usual start (which rebuilds it) as soon as a source
 * of the bundle or of the snapshot changed, or when Node cannot load it; the script's output and
 * exit status are the same either way.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";

// Inside the project, so esbuild (through tsx) resolves from the temporary root as it does in use.
fs.mkdirSync(path.join(process.cwd(), "tests", "artifacts"), { recursive: true });
const root = fs.mkdtempSync(path.join(process.cwd(), "tests", "artifacts", "bundled-snapshot-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));

const old = Date.now() / 1000 - 3600;
function write(rel: string, text: string, mtimeSec?: number): void {
  fs.mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  fs.writeFileSync(path.join(root, rel), text);
  if (mtimeSec !== undefined) fs.utimesSync(path.join(root, rel), mtimeSec, mtimeSec);
}

/** The script says whether its modules were loaded by this process or come from a snapshot (built by another one). */
const CLI = `import v8 from "node:v8";
import { word } from "./lib/word";
const loadedBy = process.pid;
export function run(): void {
  const args = process.argv.slice(2);
  console.log(word, args.join(","), loadedBy === process.pid ? "loaded" : "snapshot");
  process.exit(args.includes("fail") ? 3 : 0);
}
if (!v8.startupSnapshot.isBuildingSnapshot()) run();
`;

function cli(...args: string[]): { out: string; status: number | null } {
  const r = spawnSync("sh", [path.join(root, "scripts", "bundled.sh"), "--", "cli.ts", ...args], { cwd: root, encoding: "utf8" });
  return { out: r.stdout.trim(), status: r.status };
}

describe("scripts/bundled.sh", () => {
  it("builds a snapshot, starts from it, and never from a stale or unreadable one", () => {
    for (const f of ["scripts/bundled.sh", "scripts/bundled.mjs", "lib/build/fresh-bundle.mjs", "lib/build/run-bundle.mjs", "lib/build/snapshot.mjs", "lib/build/snapshot-entry.mjs", "lib/build/lazy-pinyin.mjs"]) {
      write(f, fs.readFileSync(f, "utf8"), old);
    }
    write("package.json", "{}", old);
    write("tsconfig.json", "{}", old);
    write("lib/word.ts", 'export const word: string = "first";', old);
    write("cli.ts", CLI, old);
    const blob = path.join(root, "node_modules", ".cache", "bundled", "cli.blob");

    expect(cli("a", "b")).toEqual({ out: "first a,b loaded", status: 0 });
    expect(fs.existsSync(blob)).toBe(true);
    expect(cli("a", "b")).toEqual({ out: "first a,b snapshot", status: 0 });
    expect(cli("fail")).toEqual({ out: "first fail snapshot", status: 3 });

    // A source of the bundle changed: the snapshot's own check sends the run the usual way, which rebuilds both.
    write("lib/word.ts", 'export const word: string = "other";');
    expect(cli("a")).toEqual({ out: "other a loaded", status: 0 });
    expect(cli("a")).toEqual({ out: "other a snapshot", status: 0 });

    // The snapshot's own code changed.
    fs.utimesSync(path.join(root, "lib/build/snapshot-entry.mjs"), new Date(), new Date());
    expect(cli("a")).toEqual({ out: "other a loaded", status: 0 });
    expect(cli("a")).toEqual({ out: "other a snapshot", status: 0 });

    // Node refuses a snapshot built under other V8 flags (or by another Node): the script still runs.
    write("other-entry.js", 'require("v8").startupSnapshot.setDeserializeMainFunction(() => console.log("wrong"));');
    const built = spawnSync(process.execPath, ["--max-semi-space-size=4", "--snapshot-blob", blob, "--build-snapshot", path.join(root, "other-entry.js")]);
    expect(built.status).toBe(0);
    expect(cli("b")).toEqual({ out: "other b loaded", status: 0 });
  }, 180_000);
});
