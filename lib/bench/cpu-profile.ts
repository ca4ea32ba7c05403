/**
 * Reads a V8 .cpuprofile (from `node --cpu-prof`) and says where the time went: self time by
 * owner (an npm package, Node's own module loading, the garbage collector, or a function of the
 * bundled app), so a start-up profile shows which dependency or table costs what.
 */
import fs from "node:fs";
import { z } from "zod";

const Profile = z.object({
  nodes: z.array(
    z.object({
      id: z.number(),
      callFrame: z.object({ functionName: z.string(), url: z.string(), lineNumber: z.number() }),
      children: z.array(z.number()).optional(),
    }),
  ),
  samples: z.array(z.number()),
  timeDeltas: z.array(z.number()),
});

function owner(functionName: string, url: string): string {
  const pkg = url.match(/node_modules\/((?:@[^/]+\/)?[^/.][^/]*)\//);
  if (pkg && !url.includes("node_modules/.cache/")) return `package ${pkg[1]}`;
  if (url.startsWith("node:")) return "node: module loading and built-ins";
  if (url === "") return functionName === "(garbage collector)" ? "garbage collector" : `V8 ${functionName || "(native)"}`;
  return `app: ${functionName || "(top level)"}`;
}

export interface ProfileSummary {
  totalMs: number;
  byOwner: { owner: string; ms: number }[];
}

export function summariseCpuProfile(file: string): ProfileSummary {
  const p = Profile.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  const nodes = new Map(p.nodes.map((n) => [n.id, n]));
  const ms = new Map<string, number>();
  let total = 0;
  p.samples.forEach((id, i) => {
    const n = nodes.get(id);
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    if (!n) return;
    const key = owner(n.callFrame.functionName, n.callFrame.url);
    ms.set(key, (ms.get(key) ?? 0) + dt);
  });
  return { totalMs: total, byOwner: [...ms].map(([o, t]) => ({ owner: o, ms: t })).sort((a, b) => b.ms - a.ms) };
}

/**
 * Inclusive time of named stages in a V8 .cpuprofile: each sample counts for every stage whose
 * function is on its stack (once, however deep it recurses). A stage is a function name as the
 * bundle spells it; esbuild may add a digit to a name it renamed (walk2), so `name` also matches
 * `name` + digits. Garbage collection is its own stage ("(garbage collector)").
 */
export function inclusiveStages(file: string, stages: readonly string[]): { totalMs: number; ms: Map<string, number> } {
  const p = Profile.parse(JSON.parse(fs.readFileSync(file, "utf8")));
  const parentOf = new Map<number, number>();
  for (const n of p.nodes) for (const c of n.children ?? []) parentOf.set(c, n.id);
  const frames = new Map(p.nodes.map((n) => [n.id, n.callFrame.functionName.replace(/\d+$/, "")]));
  const wanted = new Set(stages);
  // The stages on each node's stack, worked out once per node rather than once per sample.
  const onStack = new Map<number, string[]>();
  const stackOf = (id: number): string[] => {
    let s = onStack.get(id);
    if (s) return s;
    const parent = parentOf.get(id);
    const above = parent === undefined ? [] : stackOf(parent);
    const name = frames.get(id) ?? "";
    s = wanted.has(name) && !above.includes(name) ? [...above, name] : above;
    onStack.set(id, s);
    return s;
  };
  const ms = new Map(stages.map((s) => [s, 0]));
  let total = 0;
  p.samples.forEach((id, i) => {
    const dt = (p.timeDeltas[i] ?? 0) / 1000;
    total += dt;
    for (const s of stackOf(id)) ms.set(s, ms.get(s)! + dt);
  });
  return { totalMs: total, ms };
}
