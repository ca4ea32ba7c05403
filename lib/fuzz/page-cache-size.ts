/** Files and bytes in Next.js's page cache on disk (what `next build` wrote plus what the server wrote since): to see it does not grow with made-up URLs. */
import fs from "node:fs";
import path from "node:path";

export interface CacheSize {
  files: number;
  bytes: number;
}

/** The folders Next 16's file-system cache writes rendered pages to, below a `.next` folder. */
export function pageCacheDirs(distDir = ".next"): string[] {
  return [path.join(distDir, "server", "route-cache"), path.join(distDir, "server", "app")];
}

export function pageCacheSize(distDir = ".next"): CacheSize {
  const total: CacheSize = { files: 0, bytes: 0 };
  const walk = (dir: string) => {
    let entries: fs.Dirent[];
    try {
      entries = fs.readdirSync(dir, { withFileTypes: true });
    } catch {
      return;
    }
    for (const e of entries) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.isFile()) {
        total.files++;
        total.bytes += fs.statSync(p).size;
      }
    }
  };
  for (const d of pageCacheDirs(distDir)) walk(d);
  return total;
}
