/**
 * Organisations named by their kind alone (该行行长X, 该院副院长Y, 本所所长Z, 该案审判长W): the word
 * after 该/本/这家 says what kind of organisation is meant (行 a bank or a broker, 院 a court, a
 * hospital, an academy or a university's school, 案 the court that hears the case), and it is one of
 * that kind named before. An article that says 该院 means one organisation throughout: the first
 * 该院 settles which, and a later one keeps it though another 院 was named in between (记者从A中院
 * 获悉，该院…；一审由B法院审理…。该院副院长X…: A).
 */
import type { OrgSpan } from "./discover";

interface Kind {
  /** The word after 该/本/这家 (行, 院, 案…). */
  word: string;
  /** How the name of an organisation of that kind ends. */
  ends: RegExp;
  /** Titles held there through this pointer only (该案 has judges, not officers); null: any title. */
  titles: RegExp | null;
  /** Characters after the word that make it another word (该行业, 该行为, 该局面). */
  notBefore?: RegExp;
}

const COURT_TITLES = /^(?:审判长|审判员|法官|庭长|副庭长|院长|副院长|人民陪审员|书记员)$/;
const KINDS: Kind[] = [
  { word: "行", ends: /(?:银行|证券)$/, titles: null, notBefore: /[业为动政情列径]/ },
  { word: "院", ends: /(?:院|大学)$/, titles: null },
  { word: "校", ends: /(?:大学|学院|学校)$/, titles: null },
  { word: "所", ends: /所$/, titles: null },
  { word: "中心", ends: /中心$/, titles: null },
  { word: "集团", ends: /集团$/, titles: null },
  { word: "实验室", ends: /实验室$/, titles: null },
  { word: "局", ends: /局$/, titles: null, notBefore: /[面势]/ },
  { word: "案", ends: /法院$/, titles: COURT_TITLES },
  { word: "合作社", ends: /合作社$/, titles: null },
  { word: "学院", ends: /学院$/, titles: null },
  { word: "研究院", ends: /研究院$/, titles: null },
];

/** How far before the pointer the organisation meant may be named (a few sentences). */
const KIND_REACH = 400;

/**
 * The last kind pointer in a title's clause `seg` (该行|行长, 论文第一作者为该院|博士生; 公司/企业 are
 * ./discover's): where it starts in `seg`, its length and kind, or null. The caller checks that only
 * titles follow it.
 */
export function kindPointerAt(seg: string): { at: number; lead: number; kind: Kind } | null {
  const re = /(?:该|本)(行|院|校|所|中心|集团|局|案)/g;
  let last: RegExpExecArray | null = null;
  for (let m = re.exec(seg); m; m = re.exec(seg)) last = m;
  if (!last) return bareKindAt(seg);
  const kind = KINDS.find((k) => k.word === last[1]);
  const lead = last[0].length;
  if (!kind || kind.notBefore?.test(seg[last.index + lead] ?? "")) return null;
  return { at: last.index, lead, kind };
}

/**
 * A group's or a lab's kind word alone opening the title's clause (由集团|首席技术官X, 实验室|主任Y): a
 * group or a lab writes of itself so, and the article means the one of that kind it named before.
 * Only these, and a cooperative, a school or an institute of its own writing the same way (合作社|理事长X,
 * 学院|院长Y, 研究院|执行院长Z): 公司 is ./discover's pointer, and a bare 院/所/行 is as often part of another word.
 */
function bareKindAt(seg: string): { at: number; lead: number; kind: Kind } | null {
  const m = /^(\s*(?:由|据)?)(集团|实验室|合作社|学院|研究院)/.exec(seg);
  if (!m) return null;
  const kind = KINDS.find((k) => k.word === m[2]);
  return kind ? { at: m[1]!.length, lead: m[2]!.length, kind } : null;
}

/** Whether a title may be held through this pointer (该案 only gives judges). */
export function kindAllowsTitle(kind: Kind, title: string): boolean {
  return kind.titles === null || kind.titles.test(title);
}

function lastOfKindBefore(orgs: OrgSpan[], kind: Kind, at: number): OrgSpan | null {
  for (let i = orgs.length - 1; i >= 0; i--) {
    const o = orgs[i]!;
    if (o.end > at) continue;
    if (o.start < at - KIND_REACH) break;
    if (kind.ends.test(o.name)) return o;
  }
  return null;
}

/**
 * The organisation a kind pointer at `at` in `text` refers to, `orgs` sorted by start: the one the
 * article's first such pointer (该院 anywhere, not only before a title) referred to, else the last of
 * that kind named before this one.
 */
export function kindPointerOrg(text: string, orgs: OrgSpan[], kind: Kind, at: number): OrgSpan | null {
  const word = kind.word;
  for (let k = text.indexOf(word); k !== -1 && k < at; k = text.indexOf(word, k + 1)) {
    if (!/[该本]/.test(text[k - 1] ?? "") || kind.notBefore?.test(text[k + word.length] ?? "")) continue;
    const first = lastOfKindBefore(orgs, kind, k - 1);
    if (first) return first;
  }
  return lastOfKindBefore(orgs, kind, at);
}

/** A judge's title alone in its clause (该案由A法院审理，|审判长X): the last court the sentence named before it. */
export function courtOfSentence(orgs: OrgSpan[], title: string, sentS: number, at: number): OrgSpan | null {
  if (!COURT_TITLES.test(title) || /^(?:院长|副院长)$/.test(title)) return null;
  for (let i = orgs.length - 1; i >= 0; i--) {
    const o = orgs[i]!;
    if (o.end > at) continue;
    if (o.start < sentS) break;
    if (/法院$/.test(o.name)) return o;
  }
  return null;
}
