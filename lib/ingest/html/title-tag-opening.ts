/**
 * What separates the parts of a <title> ("标题_频道_网站", "标题 - 网站", "标题|网站"), and the one
 * case where such a mark is the headline's own: a headline that holds a bar itself
 * (对话X｜算力涨价之后…) is cut apart by a split on every separator, and the part after its bar wins
 * over the page's own line. The page shows which it is: a line it prints near the article that
 * opens the <title>, separators and all, up to a separator, is the headline whole.
 */
import { foldForCompare } from "../../text/fold";
import type { PageBlock } from "./walk";

export const TITLE_SEPARATORS = /\s*(?:[_|｜]|\s[-–—]\s|--)\s*/;
const OPENS_WITH_SEPARATOR = new RegExp(`^${TITLE_SEPARATORS.source}\\S`, "u");

/** Lines from this far above the content's start to a little into it (the headline's place). */
const WINDOW_ABOVE = 6;
const WINDOW_INTO = 3;
const LINE_MIN = 6;
const LINE_MAX = 80;

/** The shown line that is the <title>'s opening parts with their own separators, or null. */
export function shownTitleOpening(titleTag: string, blocks: PageBlock[], start: number): string | null {
  const title = foldForCompare(titleTag).trim();
  for (let i = Math.max(0, start - WINDOW_ABOVE); i < Math.min(blocks.length, start + WINDOW_INTO); i++) {
    const b = blocks[i]!;
    if (b.hidden || b.linkChars > 0 || b.chars < LINE_MIN || b.chars > LINE_MAX) continue;
    const line = foldForCompare(b.text).trim();
    if (!TITLE_SEPARATORS.test(line) || !title.startsWith(line)) continue;
    if (OPENS_WITH_SEPARATOR.test(title.slice(line.length))) return b.text.trim();
  }
  return null;
}

// "老周的杂货铺: 用 NAS 上的本地模型…": a blog host's <title> is the blog's name, a colon and the
// post's title. A colon is too often the headline's own to split on; the page's og:title (or
// twitter:title) standing for exactly what follows it shows the part before it is the site's.
const SITE_COLON = /^([^:：|｜_]{2,30}?)\s*[:：]\s+(.+)$/u;

/** A <title> split into the site's name before a colon and the headline the page declares, or null. */
export function siteBeforeColon(titleTag: string, declaredTitles: (string | undefined)[]): { parts: string[]; site: string } | null {
  const m = titleTag.trim().match(SITE_COLON);
  if (!m) return null;
  const rest = foldForCompare(m[2]!).trim();
  const site = m[1]!.trim();
  return declaredTitles.some((t) => t !== undefined && foldForCompare(t).trim() === rest) ? { parts: [site, m[2]!.trim()], site } : null;
}
