/**
 * A blog names its writer as the blogger (博主：老周不熬夜), in the post's info line or in the
 * profile card beside the posts. On a personal blog the blogger wrote the post, so the name is
 * the author's, a nickname as much as a person's name (as a forum's poster is, thread-poster.ts).
 * Two different bloggers on one page (a blog network's sidebar) name none.
 */
import { simplifiedLine as toSimplified } from "./simplified";

// The nickname is one token of letters and digits (a lynx link marker [6] may stand before it).
const BLOGGER = /(?:^|[\s|｜丨·•])博主\s*[:：]\s*(?:\[\d{1,4}\])?([\p{L}\p{N}_\-.·]{2,20})(?=$|[\s|｜丨·•])/u;
const LINE_MAX = 80;

export function bloggerOf(lines: string[]): string | null {
  let found: string | null = null;
  for (const line of lines) {
    if (line.length > LINE_MAX || !line.includes("博主")) continue;
    const simplified = toSimplified(line);
    const m = simplified.match(BLOGGER);
    if (!m) continue;
    const at = simplified.indexOf(m[1]!, m.index);
    const name = simplified.length === line.length ? line.slice(at, at + m[1]!.length) : m[1]!;
    if (found !== null && found !== name) return null;
    found = name;
  }
  return found;
}
