/**
 * Whether the page's logo — a link home (href to the site's root: "/", "index.html", "https://host/")
 * that shows an image or is named logo/brand — says a name, as its text or as its image's alt text. Every site's header links its logo home, and the
 * logo names the site: when the <title>'s site part is a two-character name — too often a
 * column's word to trust alone (own-site-source.ts) — the home link naming it the same confirms it,
 * as a footer's copyright holder does.
 */
import type { AnyNode, Element } from "domhandler";
import { foldForCompare } from "../../text/fold";

// The site's root, relative or absolute, perhaps with its index page.
const HOME_HREF = /^(?:\.?\/|\/?index\.(?:html?|shtml|php|jsp|aspx?))$|^(?:https?:)?\/\/[^/?#\s]+\/?(?:index\.(?:html?|shtml|php|jsp|aspx?))?$/i;
/** A logo's words are short: a longer link home is a headline or a crumb's line. */
const NAME_MAX = 24;
const SKIP = new Set(["script", "style", "noscript", "template", "svg", "head"]);

// A link or its box named as the logo (logo, brand, site-name, home): the site's mark, not a channel's
// link that happens to point at its own subdomain's root (food.example.net/ saying 饮食).
const LOGO_NAME = /logo|brand|site-?name|(?:^|[^a-z])home(?:[^a-z]|$)/i;

function wordsOf(node: AnyNode): string {
  if (node.type === "text") return (node as unknown as { data: string }).data;
  if (node.type !== "tag") return "";
  const el = node as Element;
  if (el.name === "img") return ` ${el.attribs.alt ?? ""} `;
  return el.children.map(wordsOf).join("");
}

const namedLogo = (el: Element | null): boolean => el !== null && el.type === "tag" && LOGO_NAME.test(`${el.attribs.class ?? ""} ${el.attribs.id ?? ""}`);

/** The link is the logo: it shows an image, or it or its box is named as the logo. */
function isLogo(el: Element): boolean {
  const shows = (n: AnyNode): boolean => n.type === "tag" && ((n as Element).name === "img" || (n as Element).children.some(shows));
  return el.children.some(shows) || namedLogo(el) || namedLogo(el.parent as Element | null);
}

/** Does a link home, anywhere on the page, name `name` (its text or its logo's alt, folded)? */
export function homeLinkNames(root: AnyNode, name: string): boolean {
  const want = foldForCompare(name);
  if (want.length === 0) return false;
  const stack: AnyNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type !== "tag" && node.type !== "root") continue;
    const el = node as Element;
    if (node.type === "tag" && SKIP.has(el.name)) continue;
    if (node.type === "tag" && el.name === "a" && HOME_HREF.test((el.attribs.href ?? "").trim()) && isLogo(el)) {
      const words = wordsOf(el).replace(/\s+/g, " ").trim();
      // The logo's name alone, or beside its Latin brand (X XBrand): the words open with it
      // (foldForCompare drops their spaces and lower-cases the brand).
      const folded = foldForCompare(words);
      if (words.length <= NAME_MAX && folded.startsWith(want) && /^[a-z0-9.&'-]*$/.test(folded.slice(want.length))) return true;
      continue;
    }
    for (const c of el.children ?? []) stack.push(c);
  }
  return false;
}
