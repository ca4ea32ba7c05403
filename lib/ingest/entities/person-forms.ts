/**
 * How one person is written in an article: the boundary shared by all mentions (谭待 vs 谭待重:
 * the reading the article also uses alone), 「X总」「X董」 short forms, and a Chinese name given
 * with its Latin form (王铁震（Tiezhen Wang）). Pure helpers over the article text.
 */
import type { ArticleText } from "./article-text";
import { isHan, isHanAt } from "./context";
import { wordHits, wordTable } from "./word-hits";

/** `name` is `short` read one or more characters too far (谭待重 after 谭待). */
export function extendsName(name: string, short: string): boolean {
  return name.startsWith(short) && name.length > short.length;
}

/** 王铁震（Tiezhen Wang） or Tiezhen Wang（王铁震）: read at each opening parenthesis, not by a regex tried at every position. */
const LATIN_IN_PARENS = /^[（(]([A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3})[)）]/;
const HAN_IN_PARENS = /^[（(]([\u4e00-\u9fff·]{2,12})[)）]/;
const HAN_BEFORE = /[\u4e00-\u9fff·]{2,12}$/;
const LATIN_BEFORE = /[A-Z][A-Za-z.'-]+(?: [A-Z][A-Za-z.'-]+){0,3}$/;

const OPEN_PARENS = wordTable(["（", "("]);

export function scriptPairs(text: string): { han: string; latin: string }[] {
  const out: { han: string; latin: string }[] = [];
  // the article's brackets come from the shared pass over its text (the caller passes the article's simp)
  for (const { at: i } of wordHits(text, OPEN_PARENS)) {
    const after = text.slice(i, i + 40);
    const before = text.slice(Math.max(0, i - 40), i);
    const latin = LATIN_IN_PARENS.exec(after);
    const hanBefore = latin ? HAN_BEFORE.exec(before) : null;
    if (latin && hanBefore) {
      out.push({ han: hanBefore[0], latin: latin[1]! });
      continue;
    }
    const han = HAN_IN_PARENS.exec(after);
    const latinBefore = han ? LATIN_BEFORE.exec(before) : null;
    if (han && latinBefore) out.push({ han: han[1]!, latin: latinBefore[0] });
  }
  return out;
}

const SHORT_FORM_SUFFIXES = wordTable(["总", "董"]);

/** What may follow 总/董 when they are part of a word, not a short form (总结, 总部, 董事…). */
const NOT_SHORT_FORM_AFTER = /^[结部体监裁经理额量计共统是之数和线书会事]/;

/**
 * 「X总」「X董」 (雷总, 刘董): a form of the one accepted person with that surname; with two or
 * none it stays unresolved (never a person of its own: chineseNameAt does not read it as a name).
 */
export function addShortForms(t: ArticleText, people: { key: string; name: string }[], addForm: (key: string, form: string) => void): void {
  const bySurname = new Map<string, Set<string>>();
  for (const x of people) {
    if (!/^[\u4e00-\u9fff]{2,4}$/.test(x.name)) continue;
    const keys = bySurname.get(x.name[0]!) ?? new Set<string>();
    keys.add(x.key);
    bySurname.set(x.name[0]!, keys);
  }
  const wanted = new Set<string>();
  for (const [surname, keySet] of bySurname) if (keySet.size === 1) wanted.add(surname);
  if (wanted.size === 0) return;
  // every 总/董 of the article from the shared pass, each form's first good one kept: an indexOf per
  // surname and suffix read the whole article twice per person
  const good = new Set<string>();
  const nextFrom = new Map<string, number>();
  for (const { at } of wordHits(t.simp, SHORT_FORM_SUFFIXES)) {
    const i = at - 1;
    if (i < 0 || !wanted.has(t.simp[i]!)) continue;
    const form = t.simp.slice(i, at + 1);
    // occurrences as indexOf(form, i + 2) after each rejected one visits them
    if (good.has(form) || i < (nextFrom.get(form) ?? 0)) continue;
    nextFrom.set(form, i + 2);
    if (isHanAt(t.simp, i - 1) && !/[据对向和与、称让请]/.test(t.simp[i - 1]!)) continue;
    if (NOT_SHORT_FORM_AFTER.test(t.simp.slice(i + 2, i + 3))) continue;
    good.add(form);
  }
  for (const [surname, keySet] of bySurname) {
    if (keySet.size !== 1) continue;
    const keys = [...keySet];
    for (const suffix of ["总", "董"]) {
      const form = surname + suffix;
      if (good.has(form)) addForm(keys[0]!, form);
    }
  }
}

/** The name occurs somewhere not followed by the rest of the longer reading (谭待介绍 beside 谭待重申). */
export function standsAlone(t: ArticleText, name: string, longer: string): boolean {
  const rest = longer.slice(name.length);
  for (let i = t.simp.indexOf(name); i !== -1; i = t.simp.indexOf(name, i + 1)) {
    if (!t.simp.startsWith(rest, i + name.length)) return true;
  }
  return false;
}


/**
 * A reading that ran one character into the next word (蒋峰因|个人原因, 欧阳剑因|病) when the
 * article elsewhere reads it one shorter on its own with a name's boundary after (蒋峰离开, 蒋峰在…):
 * the shorter reading, decided once for the article. Null when the longer reading also stands with
 * a boundary somewhere; a compound surname alone is never a reading (nameAt needs a given name).
 */
export function shorterReadingInArticle(t: ArticleText, name: string, nameAt: (text: string, at: number) => { name: string; end: number } | null, boundaryAt: (text: string, at: number) => boolean): string | null {
  if (name.length < 3 || name.length > 4 || ![...name].every((c) => isHan(c))) return null;
  const short = name.slice(0, -1);
  let alone = false;
  for (let i = t.simp.indexOf(short); i !== -1; i = t.simp.indexOf(short, i + 1)) {
    if (t.simp.startsWith(name, i)) {
      if (boundaryAt(t.simp, i + name.length)) return null;
      continue;
    }
    if (isHanAt(t.simp, i - 1) && t.simp[i - 1] !== "、") continue;
    if (nameAt(t.simp, i)?.name === short) alone = true;
  }
  return alone ? short : null;
}
