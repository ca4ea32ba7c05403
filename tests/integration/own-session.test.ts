/**
 * A CLI import runs in a session of its own where Linux shares CPU between sessions first
 * (autogroups), so its lower priority holds against a server started from another shell:
 * the work runs in a copy that leads its session, whose group is lowered; the caller's own
 * group (the shell's) is left alone, and the copy's exit code comes back.
 */
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { autogroupNice, autogroupsOn, sessionOfStat } from "@/lib/os/lower-priority";

const probe = path.join(process.cwd(), "tests/fixtures/processes/own-session-probe.ts");
const tsx = path.join(process.cwd(), "node_modules/.bin/tsx");

describe.runIf(autogroupsOn())("runInOwnSession", () => {
  it("does the work in a session leader with a lowered group, and passes its exit code back", () => {
    const before = fs.readFileSync("/proc/self/autogroup", "utf8");
    const r = spawnSync(tsx, [probe], { encoding: "utf8", env: { ...process.env, LLMNEWS_OWN_SESSION: "" } });
    expect(r.status).toBe(3);
    const out = JSON.parse(r.stdout.trim().split("\n").at(-1)!) as { pid: number; session: number; autogroup: string };
    expect(out.session).toBe(out.pid);
    expect(out.pid).not.toBe(r.pid);
    expect(autogroupNice(out.autogroup)).toBeGreaterThan(autogroupNice(before) ?? 0);
    // The test's own session keeps its share.
    expect(fs.readFileSync("/proc/self/autogroup", "utf8")).toBe(before);
    expect(sessionOfStat(fs.readFileSync("/proc/self/stat", "utf8"))).not.toBe(out.pid);
  });
});
