/**
 * An article's body kept as an array of blocks rather than one HTML string: an editor's output
 * ({type: "paragraph", data: {text}}, {type: "header", …}), Portable Text ({_type: "block",
 * children: [{text}]}), a rich-text tree ({nodeType: "paragraph", content: [{value}]}) or plain
 * strings. Each block becomes one element of markup (headings <h2>, everything else <p>), so the
 * reader can treat it as the HTML string it stands for; an array that is no such list gives null.
 */
import type { Value } from "./script-data";

const MAX_BLOCKS = 1_000;
const MAX_DEPTH = 4;
const TYPE_KEYS = ["type", "_type", "nodeType", "blockType", "kind"];
const TEXT_KEYS = ["text", "html", "content", "value", "children", "caption"];
const HEADING = /^(?:h[1-6]|header|heading(?:[-_]?\d)?|title|subtitle)$/i;
/** Blocks that are no prose of the article even when they hold a string: code, embeds, ads. */
const NOT_PROSE = /^(?:code|embed|video|audio|ad|ads|advert|advertisement|html_embed|script|raw|divider|delimiter|related|recommend)$/i;
const MARKUP = /<\/?[a-z][\w-]*[\s>/]/i;

const escape = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** A block's text as markup: a string with tags kept as it is, plain text escaped; spans joined. */
function textOf(v: Value | undefined, depth: number): string {
  if (typeof v === "string") return MARKUP.test(v) ? v : escape(v);
  if (depth > MAX_DEPTH || v === null || v === undefined || typeof v !== "object") return "";
  if (Array.isArray(v)) return v.map((x) => textOf(x, depth + 1)).join("");
  for (const k of TEXT_KEYS) {
    const t = textOf(v[k], depth + 1);
    if (t.trim()) return t;
  }
  const data = v.data;
  return data !== null && typeof data === "object" && !Array.isArray(data) ? textOf(data, depth + 1) : "";
}

function typeOf(v: { [k: string]: Value }): string {
  for (const k of TYPE_KEYS) if (typeof v[k] === "string") return v[k] as string;
  return "";
}

export function blocksHtml(blocks: Value[]): string | null {
  if (blocks.length < 2) return null;
  const out: string[] = [];
  let prose = 0;
  for (const block of blocks.slice(0, MAX_BLOCKS)) {
    if (typeof block === "string") {
      if (block.trim()) out.push(MARKUP.test(block) ? block : `<p>${escape(block)}</p>`);
      prose++;
      continue;
    }
    if (block === null || typeof block !== "object" || Array.isArray(block)) return null;
    const type = typeOf(block);
    if (NOT_PROSE.test(type)) continue;
    const text = textOf(block, 0).trim();
    if (!text) continue;
    if (HEADING.test(type) || /^h[1-6]$/i.test(String(block.tag ?? ""))) out.push(`<h2>${text}</h2>`);
    else {
      out.push(`<p>${text}</p>`);
      prose++;
    }
  }
  return prose >= 2 ? out.join("\n") : null;
}
