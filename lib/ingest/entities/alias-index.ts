/**
 * The alias index: every organisation name, alias, product, spun form and person name folded
 * (aliasKey) into one character trie, built once per gazetteer. Scanning an article is a
 * leftmost-longest walk over the trie, not a regex per alias.
 */
import type { Gazetteer, OrgEntry, PersonEntry } from "./load-gazetteer";
import { aliasKey } from "./normalize";

export interface AliasTarget {
  type: "org" | "person";
  slug: string;
  /** The alias as written in the gazetteer. */
  form: string;
  /** For products: the alias names a product of the organisation, not the organisation. */
  product: boolean;
  /** Needs support in the article (another alias, a cue, a list of companies). */
  ambiguous: boolean;
  /** Person nickname valid only when one of their organisations is in the article. */
  contextual: boolean;
  falseFriends: string[];
}

export interface TrieNode {
  /** Keyed by UTF-16 code unit: a number key skips making a one-character string per step. */
  next: Map<number, TrieNode>;
  targets: AliasTarget[] | null;
}

export interface AliasIndex {
  root: TrieNode;
  gazetteer: Gazetteer;
}

function node(): TrieNode {
  return { next: new Map(), targets: null };
}

export function insert(root: TrieNode, key: string, target: AliasTarget): void {
  if (key.length === 0) return;
  let n = root;
  for (let i = 0; i < key.length; i++) {
    const ch = key.charCodeAt(i);
    let m = n.next.get(ch);
    if (!m) {
      m = node();
      n.next.set(ch, m);
    }
    n = m;
  }
  const list = (n.targets ??= []);
  if (!list.some((t) => t.slug === target.slug && t.type === target.type)) list.push(target);
}

function addOrg(root: TrieNode, o: OrgEntry): void {
  const amb = new Set(o.ambiguous.map(aliasKey));
  const ff = o.falseFriends.map(aliasKey);
  const add = (form: string, product: boolean) =>
    insert(root, aliasKey(form), { type: "org", slug: o.slug, form, product, ambiguous: amb.has(aliasKey(form)), contextual: false, falseFriends: ff });
  add(o.name, false);
  for (const a of o.aliases) add(a, false);
  for (const s of o.spun) add(s, false);
  for (const p of o.products) add(p, true);
}

function addPerson(root: TrieNode, p: PersonEntry): void {
  const add = (form: string, contextual: boolean) =>
    insert(root, aliasKey(form), { type: "person", slug: p.slug, form, product: false, ambiguous: p.ambiguous, contextual, falseFriends: [] });
  add(p.name, false);
  for (const a of p.aliases) add(a, false);
  for (const a of p.contextAliases) add(a, true);
}

export function buildAliasIndex(gazetteer: Gazetteer): AliasIndex {
  const root = node();
  for (const o of gazetteer.organisations) addOrg(root, o);
  for (const p of gazetteer.people) addPerson(root, p);
  return { root, gazetteer };
}

/**
 * Keys starting at `start` in `text`: fills `ends`/`nodes` (reused buffers, no allocation per
 * position) with every end that carries targets, shortest first; returns how many.
 */
export function matchesAt(root: TrieNode, text: string, start: number, ends: number[], nodes: TrieNode[]): number {
  let count = 0;
  let n: TrieNode | undefined = root;
  for (let i = start; i < text.length; i++) {
    n = n.next.get(text.charCodeAt(i));
    if (!n) break;
    if (n.targets) {
      ends[count] = i + 1;
      nodes[count] = n;
      count++;
    }
  }
  return count;
}
