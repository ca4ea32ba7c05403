/**
 * OpenCC conversion with the dictionaries' tries built lazily, node by node, as texts reach them.
 * opencc-js builds the whole trie of every dictionary when a converter is created: for
 * simplified → traditional that is 400,000 characters of phrases turned into ~100,000 nested
 * Maps, ~0.2 s and tens of MB at every start of `npm run extract`, although converting an
 * article walks a few hundred paths of it. Here a node keeps the raw "key value" entries below
 * it until a lookup first reaches it, then hands them down to its children by their next
 * character, in load order, so a later entry for the same key still wins as in opencc-js.
 * opencc-js's own Trie does the segmenting and converting around the lookups, so results are
 * the same (tests/unit/opencc-lazy.test.ts checks them against opencc-js's Converter).
 */
import { Locale, Trie } from "opencc-js";
import { z } from "zod";

interface LazyNode {
  /** Code units of the key consumed to reach this node. */
  depth: number;
  value?: string;
  children?: Map<number, LazyNode>;
  /** Entries whose key starts with this node's path, not yet handed to children. */
  pending?: string[];
}

const SPACE = 32;

function expand(node: LazyNode): void {
  const pending = node.pending;
  if (!pending) return;
  node.pending = undefined;
  const children = (node.children ??= new Map());
  for (const entry of pending) {
    if (entry.charCodeAt(node.depth) === SPACE) {
      // The key ends here: its replacement is the next space-separated field, as opencc-js reads it.
      const end = entry.indexOf(" ", node.depth + 1);
      node.value = entry.slice(node.depth + 1, end < 0 ? undefined : end);
      continue;
    }
    const cp = entry.codePointAt(node.depth)!;
    let child = children.get(cp);
    if (!child) children.set(cp, (child = { depth: node.depth + (cp > 0xffff ? 2 : 1), pending: [] }));
    child.pending!.push(entry);
  }
}

class LazyTrie extends Trie {
  private readonly root: LazyNode = { depth: 0, pending: [] };

  override loadDict(dict: unknown): void {
    if (typeof dict !== "string") throw new TypeError("lazy OpenCC: only string dictionaries are supported");
    for (let start = 0; start <= dict.length; ) {
      let end = dict.indexOf("|", start);
      if (end < 0) end = dict.length;
      const entry = dict.slice(start, end);
      // opencc-js rejects an entry without "key value" when loading; so does this.
      if (!entry.includes(" ")) throw new TypeError(`Invalid dictionary entry: ${JSON.stringify(entry.slice(0, 40))}`);
      (this.root.pending ??= []).push(entry);
      start = end + 1;
    }
  }

  /** The longest key starting at `offset`, as opencc-js's Trie.matchPrefix finds it. */
  override matchPrefix(text: string, offset: number): { end: number; value: string } | null {
    let node = this.root;
    let matchEnd = 0;
    let matchValue = "";
    for (let i = offset; i < text.length; ) {
      const cp = text.codePointAt(i)!;
      i += cp > 0xffff ? 2 : 1;
      expand(node);
      const next = node.children!.get(cp);
      if (!next) break;
      node = next;
      expand(node);
      if (node.value !== undefined) {
        matchEnd = i;
        matchValue = node.value;
      }
    }
    return matchEnd > 0 ? { end: matchEnd, value: matchValue } : null;
  }
}

const Group = z.array(z.string());
const Config = z.object({
  normalizationChain: z.array(Group).optional(),
  segmentation: Group.optional(),
  conversionChain: z.array(Group),
});

function trieOf(group: string[]): LazyTrie {
  const t = new LazyTrie();
  t.loadDictGroup(group);
  return t;
}

/**
 * The converter opencc-js's Converter builds for a preset (e.g. "hk2s", "s2tw"): normalise,
 * cut into phrase segments, convert each segment through the chain, join.
 */
export function lazyConverter(preset: string): (text: string) => string {
  const cfg = Config.parse((Locale.configs as Record<string, unknown> | undefined)?.[preset]);
  const normalise = (cfg.normalizationChain ?? []).map(trieOf);
  const segmenter = cfg.segmentation ? trieOf(cfg.segmentation) : null;
  const chain = cfg.conversionChain.map(trieOf);
  return (text) => {
    const normal = normalise.reduce((s, t) => t.convert(s), text);
    const segments = segmenter ? segmenter.segment(normal) : [normal];
    return chain.reduce((parts, t) => parts.map((p) => t.convert(p)), segments).join("");
  };
}
