/**
 * Who posted a forum thread's first post (楼主): the name on the poster's card, or on the post's
 * time line, inside the first post and above its time line. The first post is the article
 * (thread-replies.ts), so its poster is the article's author, a handle (蓝山客, deploy_xu) as much
 * as a person's name: the lead's decision on forum threads (issue 14). Only the first post's own
 * card is read: the handles of replies, of a sidebar's members or of a quoted post are not the
 * author. A first post that credits another outlet (来源：X) is a repost, and its poster did not
 * write it.
 */
import type { AnyNode, Element } from "domhandler";
import { siteClaim } from "../metadata/source";
import type { ElementStat, PageBlock } from "./walk";

/** A handle: one token of letters, digits and joiners, no spaces and no label colon. */
const HANDLE = /^[\p{L}\p{N}_\-.·•]{2,20}$/u;
/** Tokens of a card or a time line that are no name: floors, levels, the post's own buttons. */
const NOT_A_NAME = /^(?:楼主|沙发|板凳|地板|\d+\s*[楼#]|#\d+|lv\.?\d.*|v\d+|\d+|匿名|游客|管理员|版主|只看该作者|只看他|关注|私信|回复|举报|收藏|加好友|在线|离线)$/i;
/** Where the post's time line begins (its verb, or a date): the card, and the name, stand before it. */
const TIME_START = /发表于|发布于|发帖于|回复于|posted\s+(?:on|at)|(?:19|20)\d{2}\s*[-/.年]\s*\d/i;
/** Characters of the post read before giving up on a card (a card is a few short fields). */
const CARD_CHARS = 160;
/** Lines of a post searched for a credit to another outlet (its last lines, where reposts credit). */
const CREDIT_LINE_MAX = 40;
const SKIPPED = new Set(["script", "style", "noscript", "h1", "h2", "h3", "h4", "h5", "h6", "blockquote"]);

function isHandle(text: string): boolean {
  return HANDLE.test(text) && !NOT_A_NAME.test(text);
}

function textOf(node: AnyNode): string {
  if (node.type === "text") return (node as unknown as { data: string }).data;
  return "children" in node ? (node.children as AnyNode[]).map(textOf).join("") : "";
}

function credited(blocks: PageBlock[], post: ElementStat): boolean {
  for (let i = post.blockStart; i < post.blockEnd; i++) {
    const b = blocks[i]!;
    if (b.hidden || b.chars > CREDIT_LINE_MAX) continue;
    const claim = siteClaim(b.text);
    if (claim && !claim.generic) return true;
  }
  return false;
}

/**
 * The first name-shaped link, or name-shaped element of text alone (<div class="pi">deploy_xu</div>),
 * in reading order before the post's time line: the card's name (a level, points or join date
 * beside it are fields with spaces, digits or colons, not names).
 */
function nameBeforeTime(post: Element): string | null {
  let seen = 0;
  let done = false;
  let found: string | null = null;
  const visit = (node: AnyNode) => {
    if (done || found) return;
    if (node.type === "text") {
      const text = (node as unknown as { data: string }).data;
      seen += text.trim().length;
      if (TIME_START.test(text) || seen > CARD_CHARS) done = true;
      return;
    }
    if (node.type !== "tag") return;
    const el = node as Element;
    if (SKIPPED.has(el.name) || el.name === "time") {
      if (el.name === "time") done = true;
      return;
    }
    const leaf = !el.children.some((c) => c.type === "tag");
    if (el.name === "a" || leaf) {
      const text = textOf(el).replace(/[\s\u00a0\u3000]+/g, " ").trim();
      if (isHandle(text)) {
        found = text;
        return;
      }
    }
    for (const child of el.children) visit(child);
  };
  visit(post);
  return found;
}

/** The first post's poster, or null when its card names none or the post is a credited repost. */
export function threadPoster(blocks: PageBlock[], post: ElementStat): string | null {
  if (credited(blocks, post)) return null;
  return nameBeforeTime(post.el);
}

/**
 * The first post's card above its time line (the poster's name, post and point counts, a level):
 * the element that holds the name's line, below the post and ending before the time line, when
 * every line before the time line is short and no sentence. The card describes the poster; the
 * post's text starts after its time line.
 */
export function posterCard(blocks: PageBlock[], post: ElementStat): ElementStat | null {
  const name = nameBeforeTime(post.el);
  if (!name) return null;
  let timeLine = -1;
  let nameLine = -1;
  let chars = 0;
  for (let i = post.blockStart; i < post.blockEnd && timeLine === -1; i++) {
    const b = blocks[i]!;
    if (b.hidden) continue;
    if (TIME_START.test(b.text)) timeLine = i;
    else if (b.prose || /[。！？]/.test(b.text) || (chars += b.chars) > CARD_CHARS) return null;
    else if (nameLine === -1 && b.text.trim() === name) nameLine = i;
  }
  if (timeLine === -1 || nameLine === -1) return null;
  let card: ElementStat | null = null;
  for (let s: ElementStat | null = blocks[nameLine]!.owner; s && s !== post && s.blockEnd <= timeLine; s = s.parent) card = s;
  return card;
}
