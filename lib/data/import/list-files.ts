/** Lists importable files (.txt, .html, .htm) below a folder, as sorted paths relative to it. */
import fs from "node:fs/promises";
import path from "node:path";

export const IMPORTABLE = /\.(txt|html?)$/i;

export async function listImportable(dir: string): Promise<string[]> {
  const out: string[] = [];
  async function walk(rel: string): Promise<void> {
    const entries = await fs.readdir(path.join(dir, rel), { withFileTypes: true });
    for (const e of entries) {
      if (e.name.startsWith(".")) continue;
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) await walk(child);
      else if (e.isFile() && IMPORTABLE.test(e.name)) out.push(child);
    }
  }
  await walk("");
  return out.sort();
}
