/**
 * `extract FILES…` as a function returning its exit code, shared by scripts/extract.ts (tsx, or
 * a bundle) and the start-up snapshot of `npm run extract` (scripts/extract.snapshot.ts).
 */
import { z } from "zod";
import { extractFiles } from "../lib/ingest/extract-files";

const Files = z.array(z.string().min(1)).min(1, "usage: npm run extract -- <files...>");

/** 0, 1 when a file could not be read or decoded, 2 for bad arguments. */
export function extractCli(args: string[]): number {
  try {
    const files = Files.parse(args.filter((a) => a !== "--"));
    return extractFiles(files, (line) => process.stdout.write(line)) > 0 ? 1 : 0;
  } catch (err) {
    console.error(err instanceof z.ZodError ? err.issues.map((i) => i.message).join("; ") : err);
    return 2;
  }
}
