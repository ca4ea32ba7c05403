/**
 * What a page says about itself outside its visible text: <meta> name/property/itemprop values,
 * the <title>, <time datetime> values and schema.org JSON-LD (headline, datePublished, author,
 * publisher), from the elements the walk gathered; malformed JSON-LD is ignored.
 */
import type { AnyNode, Element } from "domhandler";
import { readScriptFacts, type ScriptFacts } from "./script-data";
import type { HeadElements } from "./walk";

export interface HeadMeta {
  /** Lower-cased meta key (name, property, itemprop or http-equiv) → first non-empty content. */
  meta: Map<string, string>;
  titleTag: string | null;
  times: string[];
  /** `persons`: the authors JSON-LD types "@type": "Person", a pen name as much as a person's name. */
  jsonLd: { headline: string[]; datePublished: string[]; uploaded: string[]; authors: string[]; publisher: string[]; answerers: string[]; persons: string[] };
  /** A scholarly page's authors, one citation_author meta each (the Google Scholar tags): every one, in order. */
  citationAuthors: string[];
  /** What inline scripts and JSON data blocks say (script-data.ts): weaker than the tags above. */
  scripts: ScriptFacts;
  /** The names of schema.org microdata authors typed Person (<div itemprop="author" itemtype="…/Person"><meta itemprop="name" content="X">). */
  microdataPersons: string[];
}

/** A name longer than this is the scope's text (a card, a bio), not a name. */
const ITEM_NAME_MAX = 30;
/** How many elements up from a name's <meta itemprop="name"> its author scope is looked for. */
const SCOPE_REACH = 3;

/**
 * A microdata author's name: the page types the scope a Person, so the name is a person's (or a
 * user's handle) whatever its shape; the scope's other text (a badge, a title) is not the name.
 */
function microdataPerson(el: Element): boolean {
  let node = el.parent;
  for (let depth = 0; node && node.type === "tag" && depth < SCOPE_REACH; depth++, node = node.parent) {
    const a = (node as Element).attribs;
    if (/(?:^|\s)author(?:\s|$)/i.test(a.itemprop ?? "")) return /schema\.org\/Person\b/i.test(a.itemtype ?? "");
  }
  return false;
}

/** Words naming a time as the page's last change: its label before it, or its own or a wrapper's class. */
const UPDATE_LABEL = /(更新|修改|修订|编辑)(于|时间|日期)?\s*[:：]?\s*$|(updated|modified|edited)(\s+(on|at))?\s*[:：]?\s*$/i;
const UPDATE_CLASS = /updated|modified|last-?update|lastmod/i;
/** How many elements up a <time>'s label or class is looked for (<span>最后更新于 <b><time>). */
const UPDATE_REACH = 3;

/**
 * A <time> the page labels as its last update (最后更新于 <time>, a docs theme's last-updated line):
 * when the page changed, not when it was published, which a page may state elsewhere (发布日期：…).
 */
function updateTime(el: Element): boolean {
  if (el.attribs.itemprop === "dateModified") return true;
  let node: Element = el;
  for (let depth = 0; depth < UPDATE_REACH; depth++) {
    if (UPDATE_CLASS.test(`${node.attribs.class ?? ""} ${node.attribs.id ?? ""}`)) return true;
    const parent = node.parent;
    if (!parent || parent.type !== "tag") return false;
    let before = "";
    for (const c of (parent as Element).children) {
      if (c === node) break;
      before += textContent(c);
    }
    // The nearest words before the time are its label; past them, nothing more is asked.
    if (before.trim() !== "") return UPDATE_LABEL.test(before.trim());
    node = parent as Element;
  }
  return false;
}

type Json = string | number | boolean | null | Json[] | { [k: string]: Json };

/** Named nodes of a JSON-LD document by their @id: a @graph refers to its Person and Organization that way. */
type LdIds = Map<string, string>;

function namedIds(node: Json, ids: LdIds, depth = 0): void {
  if (depth > 6 || node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) namedIds(n, ids, depth + 1);
    return;
  }
  const id = node["@id"];
  const name = node.name;
  if (typeof id === "string" && typeof name === "string" && name.trim() && !ids.has(id)) ids.set(id, name.trim());
  for (const value of Object.values(node)) if (value !== null && typeof value === "object") namedIds(value, ids, depth + 1);
}

// Yoast's "author": {"name": "", "@id": "…#/schema/person/…"}: an empty name defers to the node the @id names.
function names(value: Json | undefined, ids: LdIds): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap((v) => names(v, ids));
  if (typeof value === "object" && typeof value.name === "string" && value.name.trim()) return [value.name];
  if (typeof value === "object" && typeof value["@id"] === "string" && ids.has(value["@id"])) return [ids.get(value["@id"])!];
  return [];
}

function typedPersons(value: Json | undefined): string[] {
  if (Array.isArray(value)) return value.flatMap(typedPersons);
  if (value === null || typeof value !== "object" || typeof value.name !== "string" || !value.name.trim()) return [];
  return value["@type"] === "Person" ? [value.name.trim()] : [];
}

function collectLd(node: Json, out: HeadMeta["jsonLd"], ids: LdIds, depth = 0): void {
  if (depth > 6 || node === null || typeof node !== "object") return;
  if (Array.isArray(node)) {
    for (const n of node) collectLd(n, out, ids, depth + 1);
    return;
  }
  if (typeof node.headline === "string") out.headline.push(node.headline);
  if (typeof node.datePublished === "string") out.datePublished.push(node.datePublished);
  // a video page's VideoObject dates itself by its upload only (read last, page-hints.ts)
  if (typeof node.uploadDate === "string") out.uploaded.push(node.uploadDate);
  out.authors.push(...names(node.author, ids));
  out.persons.push(...typedPersons(node.author));
  out.publisher.push(...names(node.publisher, ids));
  // A QAPage's question with its accepted answer: the answer is the page's text (accepted-answer.ts),
  // so its date is the page's, not the question's (whose date the <time> gives).
  const question = node.mainEntity && typeof node.mainEntity === "object" && !Array.isArray(node.mainEntity) ? node.mainEntity : node;
  const accepted = question.acceptedAnswer;
  if (accepted && typeof accepted === "object" && !Array.isArray(accepted)) {
    const when = accepted.datePublished ?? accepted.dateCreated;
    if (typeof when === "string") out.datePublished.push(when);
    // Its writer, a handle as much as a name, is the page's author when the answer is the text.
    out.answerers.push(...names(accepted.author, ids));
  }
  if (node["@graph"]) collectLd(node["@graph"], out, ids, depth + 1);
}

function textContent(node: AnyNode): string {
  if (node.type === "text") return (node as unknown as { data: string }).data;
  return "children" in node ? (node.children as AnyNode[]).map(textContent).join("") : "";
}

const clean = (s: string) => s.replace(/[\s\u00a0\u3000]+/g, " ").trim();

export function readHeadMeta(found: HeadElements): HeadMeta {
  const meta = new Map<string, string>();
  for (const el of found.metas) {
    const a = el.attribs;
    // "weibo: article:create_at": a portal's key spaced after its prefix's colon reads as the unspaced one
    const key = (a.property ?? a.name ?? a.itemprop ?? a["http-equiv"])?.toLowerCase().trim().replace(/\s*:\s*/g, ":");
    const content = a.content !== undefined ? clean(a.content) : "";
    if (key && content && !meta.has(key)) meta.set(key, content);
  }
  const citationAuthors: string[] = [];
  for (const el of found.metas) {
    const key = el.attribs.name?.toLowerCase().trim();
    const content = el.attribs.content !== undefined ? clean(el.attribs.content) : "";
    if (key === "citation_author" && content && !citationAuthors.includes(content)) citationAuthors.push(content);
  }
  const firstTitle: Element | undefined = found.titles[0];
  const titleText = firstTitle ? clean(textContent(firstTitle)) : "";
  const times: string[] = [];
  // <time datetime> and hAtom's <abbr class="published"> first, anywhere on the page; a relative
  // time's absolute title (walk.ts) only after them: a sidebar's or a comment's may be one too.
  const declaredFirst = [...found.times.filter((el) => el.name === "time" || el.name === "abbr"), ...found.times.filter((el) => el.name !== "time" && el.name !== "abbr")];
  for (const el of declaredFirst) {
    const when = el.name === "time" ? el.attribs.datetime : el.attribs.title;
    if (when && !updateTime(el)) times.push(when.trim());
  }
  for (const el of found.metas) if (el.attribs.itemprop === "datePublished" && el.attribs.content) times.push(el.attribs.content.trim());
  const jsonLd: HeadMeta["jsonLd"] = { headline: [], datePublished: [], uploaded: [], authors: [], publisher: [], answerers: [], persons: [] };
  for (const el of found.jsonLd) {
    try {
      const doc = JSON.parse(textContent(el)) as Json;
      const ids: LdIds = new Map();
      namedIds(doc, ids);
      collectLd(doc, jsonLd, ids);
    } catch {
      // Broken JSON-LD is common on scraped pages; it just says nothing.
    }
  }
  const isJson = (el: Element) => /json/i.test(el.attribs.type ?? "");
  const scripts = readScriptFacts(
    found.scripts.filter((el) => !isJson(el)).map(textContent),
    found.scripts.filter(isJson).map(textContent),
  );
  const microdataPersons: string[] = [];
  for (const el of found.metas) {
    const name = el.attribs.itemprop === "name" && el.attribs.content !== undefined ? clean(el.attribs.content) : "";
    if (name && microdataPerson(el) && !microdataPersons.includes(name)) microdataPersons.push(name);
  }
  // The name as the element's own text (Blogger: <span itemprop="author" itemtype="…/Person"><a><span itemprop="name">X</span></a>).
  for (const el of found.itemNames) {
    const name = microdataPerson(el) ? clean(textContent(el)) : "";
    if (name && name.length <= ITEM_NAME_MAX && !microdataPersons.includes(name)) microdataPersons.push(name);
  }
  return { meta, titleTag: titleText || null, times, jsonLd, citationAuthors, scripts, microdataPersons };
}

const HEAD_DEPTH = 3;

/**
 * The canonical link of the page, read from <head> only: a walk of the top levels to find it, then
 * its children — a selector over the whole document cost ~10 ms a page.
 */
export function canonicalLink(root: AnyNode): string | null {
  const find = (node: AnyNode, depth: number): Element | null => {
    if (node.type === "tag" && (node as Element).name === "head") return node as Element;
    if (depth >= HEAD_DEPTH || !("children" in node)) return null;
    for (const child of node.children as AnyNode[]) {
      const found = find(child, depth + 1);
      if (found) return found;
    }
    return null;
  };
  const head = find(root, 0);
  for (const child of (head?.children ?? []) as AnyNode[]) {
    const el = child as Element;
    if (el.type === "tag" && el.name === "link" && /(^|\s)canonical(\s|$)/i.test(el.attribs.rel ?? "") && el.attribs.href) return el.attribs.href.trim();
  }
  return null;
}
