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
