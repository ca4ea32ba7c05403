/**
 * The development sets with hand-made gold body text in ../shared/datasets/ (daniel-zh,
 * magic-html-zh): lists each page with its gold file, so scripts can score the cleaner on
 * pages from sites no fixture names. The pages are read in place, never copied into the repo.
 */
import fs from "node:fs";
import path from "node:path";

export interface GoldPage {
  set: string;
  id: string;
  htmlFile: string;
  goldFile: string;
}

export const DATASETS_DIR = path.resolve(process.env.DATASETS_DIR ?? "../shared/datasets");
export const GOLD_SETS = ["daniel-zh", "magic-html-zh"] as const;

/** Pages of one set that have a gold file; [] when the set is not on this machine. */
export function goldPages(set: string, dir = DATASETS_DIR): GoldPage[] {
  const pagesDir = path.join(dir, set, "pages");
  const goldDir = path.join(dir, set, "gold");
  if (!fs.existsSync(pagesDir) || !fs.existsSync(goldDir)) return [];
  return fs
    .readdirSync(pagesDir)
    .filter((f) => /\.html?$/i.test(f))
    .sort()
    .map((f) => {
      const id = f.replace(/\.html?$/i, "");
      return { set, id, htmlFile: path.join(pagesDir, f), goldFile: path.join(goldDir, `${id}.txt`) };
    })
    .filter((p) => fs.existsSync(p.goldFile));
}
