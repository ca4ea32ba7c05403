/**
 * Summarises what the HTML front end left out: one entry per big region outside the main
 * content (a nav bar, the site header, a sidebar, the comment widget, the footer) and per
 * boilerplate region cut from inside it, each with a kind, a reason and a short text sample.
 * Entries carry index −1: they are not among the blocks handed to the classifier.
 */
import type { RemovalKind, RemovedBlock } from "../types";
import type { ContentChoice } from "./choose-content";
import type { ElementStat, PageBlock } from "./walk";

const SAMPLE_CHARS = 200;

const LABEL: Record<RemovalKind, string> = {
  navigation: "navigation",
  ad: "advertising",
  contact: "contact bar",
  copyright: "copyright",
  disclaimer: "disclaimer",
  "link-list": "link list",
  "prev-next": "previous/next links",
  form: "form (poll, login or comment box)",
  related: "related or recommended articles",
  "image-credit": "image credit",
  teaser: "teaser",
  "site-header": "site header",
  "site-footer": "site footer",
  metadata: "metadata",
  comment: "comments",
  share: "share buttons",
  empty: "empty",
  duplicate: "duplicate",
};

/** The outermost ancestor of a block that holds none of the main content: the region it belongs to. */
function regionOf(b: PageBlock, first: number, last: number): ElementStat {
  let region = b.owner;
  for (let s: ElementStat | null = b.owner; s; s = s.parent) {
    if (s.blockStart <= last && s.blockEnd > first) break;
    region = s;
  }
  return region;
}

function kindOf(blocks: PageBlock[], region: ElementStat, members: number[], before: boolean): RemovalKind {
  for (let s: ElementStat | null = region; s; s = s.parent) if (s.kind) return s.kind;
  // Named regions inside an unnamed wrapper name the group when they hold most of its text.
  const byKind = new Map<RemovalKind, number>();
  let chars = 0;
  let links = 0;
  for (const i of members) {
    const b = blocks[i]!;
    chars += b.chars;
    links += b.linkChars;
    for (let s: ElementStat | null = b.owner; s && s !== region.parent; s = s.parent) {
      if (s.kind) {
        byKind.set(s.kind, (byKind.get(s.kind) ?? 0) + b.chars);
        break;
      }
    }
  }
  const [top] = [...byKind.entries()].sort((a, b) => b[1] - a[1]);
  if (top && top[1] >= chars / 2) return top[0];
  if (chars > 0 && links / chars > 0.5) return before ? "navigation" : "link-list";
  return before ? "site-header" : "site-footer";
}

interface Group {
  key: number;
  region: ElementStat;
  members: number[];
  kind: RemovalKind;
  inside: boolean;
}

/** `insideOnly`: only the regions cut from inside the chosen content (a state article's, whose page around it is not the page's). */
export function summariseRemoved(blocks: PageBlock[], choice: ContentChoice, insideOnly = false): RemovedBlock[] {
  const kept = new Set(choice.indices);
  const first = choice.indices[0] ?? blocks.length;
  const last = choice.indices[choice.indices.length - 1] ?? blocks.length;
  const groups: Group[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    if (kept.has(i) || b.hidden) continue;
    const prunedBy = choice.pruned.get(i);
    if (insideOnly && prunedBy === undefined) continue;
    const region = prunedBy ?? regionOf(b, first, last);
    const prev = groups[groups.length - 1];
    if (prev && prev.key === region.id) prev.members.push(i);
    else groups.push({ key: region.id, region, members: [i], kind: "site-header", inside: prunedBy !== undefined });
  }
  for (const g of groups) g.kind = kindOf(blocks, g.region, g.members, g.members[0]! < first);

  // Neighbouring groups of the same kind read as one region to an admin.
  const merged: Group[] = [];
  for (const g of groups) {
    const prev = merged[merged.length - 1];
    if (prev && prev.kind === g.kind && prev.inside === g.inside) prev.members.push(...g.members);
    else merged.push({ ...g, members: [...g.members] });
  }
  return merged.map((g) => {
    const texts = g.members.map((i) => blocks[i]!.text);
    const joined = texts.join("\n");
    const chars = g.members.reduce((n, i) => n + blocks[i]!.chars, 0);
    const links = g.members.reduce((n, i) => n + blocks[i]!.linkChars, 0);
    const where = g.inside ? "inside the article container" : g.members[0]! < first ? "above the main content" : "below the main content";
    const share = chars === 0 ? 0 : Math.round((100 * links) / chars);
    // The document node (text outside any element) has no attributes.
    const cls = (g.region.el.attribs as Record<string, string> | undefined)?.class?.trim().split(/\s+/)[0];
    return {
      index: -1,
      kind: g.kind,
      text: joined.length > SAMPLE_CHARS ? `${joined.slice(0, SAMPLE_CHARS)}…` : joined,
      reason: `${LABEL[g.kind]} ${where} (<${g.region.tag}>${cls ? ` .${cls}` : ""}; ${texts.length} lines, ${share}% links)`,
    };
  });
}
