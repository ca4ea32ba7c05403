/**
 * A legal name with the short form the article will use (杭州云栖未来科技有限公司（以下简称“云栖未来”）):
 * one company, not two. The survivor is a gazetteer entry if either is one, else the short form
 * (how the rest of the article names it); the other becomes a form of it, and roles follow.
 */
import type { ArticleText } from "./article-text";
import type { CompanyHit, PersonHit } from "./types";
import { isGenericStem, PHRASE_CHARS, TRADE_TAIL } from "./org-words";
import { isPlaceName } from "./institution-names";
import { containsAny, wordTable } from "./word-hits";

/** 简称 and 下称, looked up in the shared pass over the article rather than scanned for. */
const SHORT_FORM_WORDS = wordTable(["简称", "下称"]);

/** （以下简称“X”）, (简称X), （下称“X”）, right after the full name. */
const SHORT_FORM = /[（(]\s*(?:以下|下文)?(?:简称|下称)(?:为)?\s*[：:]?\s*[“"「『‘]?([^”"」』’）)，,、\s]{2,16})[”"」』’]?\s*[）)]/g;

function namesOf(c: CompanyHit): string[] {
  return [c.name, ...c.forms, ...c.aliases];
}

function countAfter(text: string, word: string, from: number): number {
  let n = 0;
  for (let i = text.indexOf(word, from); i !== -1; i = text.indexOf(word, i + word.length)) n++;
  return n;
}

export function mergeShortForms(t: ArticleText, companies: CompanyHit[], people: PersonHit[]): CompanyHit[] {
  if (!containsAny(t.simp, SHORT_FORM_WORDS)) return companies;
  let out = companies;
  for (let m = SHORT_FORM.exec(t.simp); m; m = SHORT_FORM.exec(t.simp)) {
    const at = m.index;
    const short = m[1]!;
    // a generic word (以下简称“协会”, “公司”) is a pointer, not a name
    if (isGenericStem(short) || PHRASE_CHARS.test(short)) continue;
    const full = out.find((c) => namesOf(c).some((n) => n.length > short.length && (t.simp.endsWith(n, at) || t.original.endsWith(n, at))));
    const abbreviated = out.find((c) => c !== full && namesOf(c).includes(short));
    if (!full) continue;
    if (!abbreviated) {
      // only the full name was found: the short form is how the article names it from here on
      if (full.status === "gazetteer" || namesOf(full).includes(short)) continue;
      const again = countAfter(t.simp, short, at + m[0].length);
      const renamed: CompanyHit = {
        ...withoutLazy(full),
        // the full name's slug, as before, but worked out only when asked for (see foldHit)
        get slug() {
          return full.slug;
        },
        name: short,
        count: full.count + again,
        forms: [...new Set([short, ...full.forms])],
        aliases: [...new Set([full.name, ...full.aliases])],
      };
      out = out.map((c) => (c === full ? renamed : c));
      for (const p of people) for (const r of p.roles) if (r.organisation === full.name) r.organisation = short;
      continue;
    }
    const keepFull = full.status === "gazetteer" && abbreviated.status !== "gazetteer";
    const [keep, drop] = keepFull ? [full, abbreviated] : [abbreviated, full];
    if (drop.status === "gazetteer") continue;
    const merged = foldHit(keep, drop);
    out = out.filter((c) => c !== drop).map((c) => (c === keep ? merged : c));
    moveRoles(people, drop.name, keep);
  }
  SHORT_FORM.lastIndex = 0;
  return out;
}

/** One company found under two names: the kept hit with the dropped one's counts, forms and name as an alias. */
export function foldHit(keep: CompanyHit, drop: CompanyHit): CompanyHit {
  return {
    ...withoutLazy(keep),
    // read only when asked: a slug of a discovered name loads pinyin-pro (~13 MB), which extract never needs
    get slug() {
      return keep.slug;
    },
    count: keep.count + drop.count,
    salience: Math.max(keep.salience, drop.salience),
    about: keep.about || drop.about,
    forms: [...new Set([...keep.forms, ...drop.forms, drop.name])],
    aliases: [...new Set([...keep.aliases, drop.name, ...drop.aliases])].filter((x) => x !== keep.name),
  };
}

/**
 * A hit's fields without its lazy ones (slug, aliases: getters on discovered hits), copied without
 * calling them; a spread (`...hit`) would run every getter.
 */
export function withoutLazy(c: CompanyHit): Omit<CompanyHit, "slug" | "aliases"> {
  const { name, kind, count, salience, about, snippet, forms, status, confidence } = c;
  return { name, kind, count, salience, about, snippet, forms, status, confidence, ...(c.parent ? { parent: c.parent, parentSlug: c.parentSlug } : {}) };
}

/** Roles held at `from`, a name folded into `to`, are at `to`: its name, and its slug when the gazetteer knows it. */
export function moveRoles(people: PersonHit[], from: string, to: CompanyHit): void {
  for (const p of people) {
    for (const r of p.roles) {
      if (r.organisation !== from) continue;
      r.organisation = to.name;
      if (to.status === "gazetteer") r.organisationSlug = to.slug;
    }
  }
}

const LEGAL_TAIL = /(?:股份有限公司|有限责任公司|有限公司)$/;
/** A name opening with a city (杭州声屿网络, 北京市星河科技). */
const opensWithSeat = (name: string) => [2, 3].some((n) => isPlaceName(name.slice(0, n).replace(/市$/, "")) || isPlaceName(name.slice(0, n)));

/**
 * A registered name and the name it is built on, both found (上海声澜网络科技有限公司 … 声澜网络方面回应):
 * one company when the registered name is a seat (上海, 北京市), the short name, and words that only
 * say the kind of business (科技, 网络科技) or its trade (机械, 药业) before 有限公司. Kept under the short name, as with 简称.
 */
export function mergeLegalCores(companies: CompanyHit[], people: PersonHit[]): CompanyHit[] {
  let out = companies;
  for (const full of companies) {
    // without 有限公司, only a name that opens with its seat (杭州|声屿|网络 … 声屿): the seat is what makes it the longer form
    const legal = LEGAL_TAIL.test(full.name);
    if (full.status === "gazetteer" || (!legal && !opensWithSeat(full.name))) continue;
    const body = full.name.replace(LEGAL_TAIL, "");
    const short = out.find((c) => {
      if (c === full || c.status === "gazetteer" || c.name.length < 2 || c.name.length >= body.length) return false;
      const at = body.indexOf(c.name);
      if (at === -1) return false;
      const seat = body.slice(0, at).replace(/市$/, "");
      const kind = body.slice(at + c.name.length);
      // …or a trade (顺岭精密|机械): what it makes, as 科技 says what it does
      const rest = kind.replace(TRADE_TAIL, "");
      // (without 有限公司 the kind must be there: 上海市|政协 is the city's own body, not a form of another)
      return (legal ? seat === "" || isPlaceName(seat) : isPlaceName(seat) && kind !== "") && (kind === "" || isGenericStem(kind) || (rest !== kind && (rest === "" || isGenericStem(rest))));
    });
    if (!short) continue;
    const merged = foldHit(short, full);
    out = out.filter((c) => c !== full).map((c) => (c === short ? merged : c));
    // (the short name is never the gazetteer's here, so no slug moves with it)
    moveRoles(people, full.name, short);
  }
  return out;
}

/** A court's full name (北京市第四中级人民法院) and its short one (北京四中院): place, ordinal and level. */
const FULL_COURT = /^(.{2,3}?)[市省]?(?:第([一二三四五六七八九]))?([中高])级人民法院$/;
const SHORT_COURT = /^(.{2,3}?)([一二三四五六七八九])?([中高])院$/;

function courtKey(name: string): string | null {
  const m = FULL_COURT.exec(name) ?? SHORT_COURT.exec(name);
  return m ? `${m[1]}|${m[2] ?? ""}|${m[3]}` : null;
}

/**
 * One court named in full and then short (北京市第四中级人民法院 … 北京四中院民四庭): one organisation,
 * kept under the full name, the short one a form of it, and roles follow.
 */
export function mergeCourtShortForms(companies: CompanyHit[], people: PersonHit[]): CompanyHit[] {
  let out = companies;
  for (const short of companies) {
    if (short.status === "gazetteer" || !SHORT_COURT.test(short.name)) continue;
    const key = courtKey(short.name);
    const full = out.find((c) => c !== short && FULL_COURT.test(c.name) && courtKey(c.name) === key);
    if (!full) continue;
    const merged = foldHit(full, short);
    out = out.filter((c) => c !== short).map((c) => (c === full ? merged : c));
    moveRoles(people, short.name, full);
  }
  return out;
}

/**
 * A discovered name that is the head of a gazetteer company's name found in the same article
 * (阶跃 … 阶跃星辰, the short form news uses after the full name): one company, kept under the
 * gazetteer's name, the short one a form of it, and roles follow. A place (上海 before 上海国投) or
 * a single character is never such a head.
 */
export function mergeLeadingShortForms(companies: CompanyHit[], people: PersonHit[]): CompanyHit[] {
  let out = companies;
  for (const short of companies) {
    if (short.status === "gazetteer" || short.name.length < 2 || short.name.length > 4 || !/^[\u4e00-\u9fff]+$/.test(short.name) || isPlaceName(short.name)) continue;
    const full = out.find((c) => c !== short && c.status === "gazetteer" && c.kind === "company" && !c.parent && c.name.length >= short.name.length + 2 && c.name.startsWith(short.name));
    if (!full) continue;
    const merged = foldHit(full, short);
    out = out.filter((c) => c !== short).map((c) => (c === full ? merged : c));
    moveRoles(people, short.name, full);
  }
  return out;
}
