/**
 * A blog names its writer as the blogger (博主：老周不熬夜), in the post's info line or in the
 * profile card beside the posts. On a personal blog the blogger wrote the post, so the name is
 * the author's, a nickname as much as a person's name (as a forum's poster is, thread-poster.ts).
 * Two different bloggers on one page (a blog network's sidebar) name none. A forum thread copied as
 * text names its poster the same way (楼主：X over the first post), a nickname as much as a name.
 */
import { simplifiedLine as toSimplified } from "./simplified";

// The nickname is one token of letters and digits (a lynx link marker [6] may stand before it).
const BLOGGER = /(?:^|[\s|｜丨·•])(?:博主|楼主)\s*[:：]\s*(?:\[\d{1,4}\])?([\p{L}\p{N}_\-.·]{2,20})(?=$|[\s|｜丨·•])/u;
const LINE_MAX = 80;

export function bloggerOf(lines: string[]): string | null {
  let found: string | null = null;
  for (const line of lines) {
    if (line.length > LINE_MAX || !(line.includes("博主") || line.includes("楼主"))) continue;
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

// A thread dumped as text prints the first post's card on a line of its own above the post's floor
// and time (楼主 发表于 2024-3-5 21:07): the poster's handle, then the card's fields (rank, points).
const FIRST_FLOOR = /^\s*楼主\s*(?:[|｜·•]\s*)?(?:发表于|发布于|发帖于|(?:19|20)\d{2}\s*[-/.年])/u;
const HANDLE_TOKEN = /^[\p{L}\p{N}_\-.·]{2,20}$/u;
const NOT_HANDLE = /^(?:楼主|沙发|板凳|地板|匿名|游客|管理员|版主|只看该作者|回复|举报|关注|私信|在线|离线)$/u;
// What a card holds besides the handle: a member's rank and counts, all general forum words or numbers.
const CARD_FIELD = /^(?:\S*(?:会员|用户|新手|上路|版主|管理员|元老|达人|等级|积分|帖子|主题|精华|金币|威望|注册|UID|Lv\.?)\S*|\d[\d,.]*|[:：])$/iu;

/** The handle on the first post's card line right above its 楼主 time line, or null. */
export function firstPosterOf(lines: string[]): string | null {
  const floor = lines.findIndex((l) => FIRST_FLOOR.test(toSimplified(l)));
  if (floor < 1) return null;
  const [handle, ...fields] = lines[floor - 1]!.trim().split(/\s+/);
  if (!handle || !HANDLE_TOKEN.test(handle) || NOT_HANDLE.test(toSimplified(handle))) return null;
  return fields.length > 0 && fields.every((f) => CARD_FIELD.test(toSimplified(f))) ? handle : null;
}

// "用 vLLM 部署 …_夜航船的博客-开发者社区": a blog platform's <title> names the blog after its owner.
const OWNED_BLOG = /^([\p{L}\p{N}_\-.·]{2,20}?)的(?:个人)?(?:博客|专栏|空间|主页)$/u;
const TITLE_PARTS = /\s*(?:[_|｜]|\s[-–—]\s|-(?=[^-]*$))\s*/u;
const NOT_OWNER = /^(?:我|你|他|她|我们|大家)$/u;

// "headline_owner_X博客": a blog platform's <title> puts the blogger between the post's headline and
// the platform's name (a name ending in 博客), one handle with no space, and nothing else.
const PLATFORM_BLOG = /\p{Script=Han}博客$/u;
const HANDLE = /^[\p{L}\p{N}_\-.·]{2,20}$/u;

/** The owner a <title> names as the blog's ("X的博客", "headline_X_platform博客"), or null. */
export function blogOwnerOf(title: string | null): string | null {
  if (!title) return null;
  const parts = title.split(TITLE_PARTS).map((p) => p.trim());
  for (const part of parts) {
    const m = part.match(OWNED_BLOG);
    if (m && !NOT_OWNER.test(m[1]!)) return m[1]!;
  }
  const [platform, owner] = [parts.at(-1)!, parts.at(-2)];
  // Only headline_owner_platform: a longer title is stuffed with keywords (headline_keyword_keyword-X博客),
  // and the part before the platform is one of them, not the blogger.
  if (parts.length === 3 && PLATFORM_BLOG.test(toSimplified(platform)) && owner && HANDLE.test(owner) && !NOT_OWNER.test(owner)) return owner;
  return null;
}
