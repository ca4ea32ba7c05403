/**
 * Finds companies and people by what a reader types: the name in either script, an alias or
 * product (Kimi → 月之暗面), or pinyin (likaifu, li kai fu, lkf). Pure: the data layer loads
 * the entity list (small: thousands at most) and keeps the prepared form in memory.
 */
import { normalizeForSearch } from "./normalize";
import { pinyinKeys, pinyinQuery } from "./pinyin";

export type EntityKind = "company" | "person";

export interface EntityRecord {
  kind: EntityKind;
  id: number;
  slug: string;
  name: string;
  /** Other names that stand for the entity (scripts, English, short forms). */
  aliases: string[];
  /**
   * A company's products. A product is not its maker: searching `Sora` means Sora's mentions,
   * so a product match offers the maker as a suggestion and never widens the search to it.
   */
  products?: string[];
  mentions: number;
}

export interface PreparedEntity extends EntityRecord {
  keyName: string;
  keyAliases: string[];
  keyProducts: string[];
  pinyin: string;
  initials: string;
}

export type MatchedBy = "name" | "alias" | "pinyin" | "product";

export interface EntityHit {
  entity: EntityRecord;
  score: number;
  matchedBy: MatchedBy;
  /** The alias or product that matched, when it was one. */
  via: string | null;
  /** The query named the entity exactly (its name, an alias or its full pinyin; never a product). */
  exact: boolean;
}

/** Whitespace-free normalised key: width, case and script folded. */
export function entityKey(text: string): string {
  return normalizeForSearch(text).replace(/[\s·•・.\-_'’]+/gu, "");
}

export function prepareEntity(e: EntityRecord): PreparedEntity {
  const p = pinyinKeys(e.name, e.kind);
  return { ...e, keyName: entityKey(e.name), keyAliases: e.aliases.map(entityKey), keyProducts: (e.products ?? []).map(entityKey), pinyin: p.full, initials: p.initials };
}

/** A Latin word long enough to stand for a name on its own (Musk, Altman; not Lee, Tom). */
const NAME_WORD = /^[a-z][a-z'-]{3,}$/u;

/** Whether the query is one whole word of a Latin alias: `Musk` names Elon Musk. */
function namesWord(alias: string, query: string): boolean {
  const q = query.normalize("NFKC").trim().toLowerCase();
  if (!NAME_WORD.test(q)) return false;
  const words = alias.normalize("NFKC").toLowerCase().split(/[\s·•・.]+/u);
  return words.length > 1 && words.includes(q);
}

function score(e: PreparedEntity, key: string, py: string | null, query = ""): Omit<EntityHit, "entity"> | null {
  if (key === "") return null;
  let best: Omit<EntityHit, "entity"> | null = null;
  const consider = (s: number, matchedBy: MatchedBy, via: string | null, exact: boolean) => {
    if (!best || s > best.score) best = { score: s, matchedBy, via, exact };
  };
  if (e.keyName === key) consider(100, "name", null, true);
  else if (e.keyName.startsWith(key)) consider(70, "name", null, false);
  else if (e.keyName.includes(key)) consider(40, "name", null, false);
  e.keyAliases.forEach((a, i) => {
    if (a === "") return;
    if (a === key) consider(90, "alias", e.aliases[i]!, true);
    // People only: a surname names its person (Musk), but Google does not name Google DeepMind.
    else if (e.kind === "person" && namesWord(e.aliases[i]!, query)) consider(75, "alias", e.aliases[i]!, true);
    else if (a.startsWith(key)) consider(60, "alias", e.aliases[i]!, false);
    else if (key.length >= 2 && a.includes(key)) consider(30, "alias", e.aliases[i]!, false);
  });
  e.keyProducts.forEach((k, i) => {
    // Named exactly, a product ranks the maker high as a suggestion, but not as "exact".
    if (k !== "" && k === key) consider(80, "product", e.products![i]!, false);
  });
  if (py && e.pinyin !== "") {
    if (e.pinyin === py) consider(85, "pinyin", null, true);
    else if (py.length >= 2 && e.pinyin.startsWith(py)) consider(50, "pinyin", null, false);
    else if (py.length >= 2 && e.initials === py) consider(45, "pinyin", null, false);
  }
  return best;
}

/** Best matches first: how well the text matched, then how often the entity is mentioned. */
export function matchEntities(entities: readonly PreparedEntity[], text: string, limit = 10): EntityHit[] {
  const key = entityKey(text);
  const py = pinyinQuery(text);
  const hits: EntityHit[] = [];
  for (const e of entities) {
    const s = score(e, key, py, text);
    if (s) hits.push({ ...s, entity: e });
  }
  hits.sort((a, b) => b.score - a.score || b.entity.mentions - a.entity.mentions || a.entity.name.length - b.entity.name.length || a.entity.id - b.entity.id);
  return hits.slice(0, limit);
}

/** Strip the prepared keys, for sending to the browser. */
export function publicEntity(e: EntityRecord): EntityRecord {
  return { kind: e.kind, id: e.id, slug: e.slug, name: e.name, aliases: e.aliases, products: e.products ?? [], mentions: e.mentions };
}
