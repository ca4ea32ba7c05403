/**
 * Posts whose organisation stands further from the name than the title rules look:
 *
 * - Two posts at two organisations joined by 兼 before one name (X集团首席技术官兼Y总裁A): when the
 *   post next to the name was placed at the organisation right after 兼, the post before 兼 is held
 *   at the organisation right before it.
 * - A long unit between the organisation and the title that lists regions or lines of work with 、
 *   and 及 (X公司欧洲、中东及非洲地区主权部门执行总裁A): the title next to a placed name is held at
 *   the last organisation before it in the clause, when nothing but Han words joined by 、/及/和/与
 *   stand between, ending in a unit word.
 * - An organisation's short form before the title (X董事长A, where the article names X集团 elsewhere):
 *   the short form opens its clause and is the whole name less a legal or group suffix.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import type { FoundRole, OrgSpan } from "./discover";
import type { PlacedPerson } from "./roles-after-name";
import { isStrongTitle, ROLE_NOUNS, titleEndingAt } from "./titles";

const JIAN = "兼";
/** What a short form leaves off its organisation's name (华坚|集团, 澄明|科技有限公司). */
const NAME_SUFFIX = /^(?:集团|公司|股份|控股|科技|有限公司|股份有限公司|集团有限公司|集团股份有限公司|科技有限公司|科技股份有限公司)$/;

/** The organisation a short form of two to four Han characters right before `ts` stands for, opening its clause. */
function shortFormBefore(text: string, orgs: OrgSpan[], ts: number): OrgSpan | null {
  for (let len = 4; len >= 2; len--) {
    const s = ts - len;
    if (s < 0 || (s > 0 && /[\u4e00-\u9fffA-Za-z0-9]/.test(text[s - 1]!))) continue;
    const word = text.slice(s, ts);
    if (!/^[\u4e00-\u9fff]+$/.test(word)) continue;
    const names = new Set(orgs.filter((o) => o.name.startsWith(word) && NAME_SUFFIX.test(o.name.slice(len))).map((o) => o.name));
    if (names.size !== 1) continue;
    const name = [...names][0]!;
    const o = orgs.find((x) => x.name === name)!;
    return { start: s, end: ts, slug: o.slug, name };
  }
  return null;
}

/** A unit's list of regions or lines of work, ending in a unit word (…地区主权及超国家部门); 公司/集团 after a short name first. */
const LISTED_UNIT = /^(?:公司|集团)?[\u4e00-\u9fff]{1,12}(?:[、及和与][\u4e00-\u9fff]{1,12}){1,4}(?:部门|地区|区域|业务|事业部|事业群|中心|团队|分部|总部|部)$/;

function hasRole(found: FoundRole[], out: FoundRole[], name: string, org: OrgSpan, title: string): boolean {
  return [...found, ...out].some((r) => r.personName === name && r.org.name === org.name && r.title.endsWith(title));
}

export function unitChainPosts(t: ArticleText, orgs: OrgSpan[], placed: PlacedPerson[], found: FoundRole[]): FoundRole[] {
  const out: FoundRole[] = [];
  const text = t.simp;
  if (text.includes(JIAN)) {
    for (const r of found) {
      const os = r.org.start;
      if (os < 2 || text[os - 1] !== JIAN || os > r.personStart) continue;
      const title = titleEndingAt(t.low, os - 1);
      if (!title || ROLE_NOUNS.has(title)) continue;
      const ts = os - 1 - title.length;
      const org = orgs.find((o) => o.end === ts);
      if (!org || hasRole(found, out, r.personName, org, title)) continue;
      out.push({ ...r, org, title: t.original.slice(ts, os - 1) });
    }
  }
  const listed = text.includes("、");
  const withRole = new Set(found.map((r) => r.personStart));
  for (const who of placed) {
    if (withRole.has(who.start)) continue;
    const title = titleEndingAt(t.low, who.start);
    if (!title || ROLE_NOUNS.has(title)) continue;
    const ts = who.start - title.length;
    const short = isStrongTitle(title) ? shortFormBefore(text, orgs, ts) : null;
    if (short) {
      if (!hasRole(found, out, who.name, short, title)) out.push({ personSlug: who.slug, personName: who.name, personStart: who.start, org: short, title: t.original.slice(ts, who.start), sentence: sentenceAt(t, ts) });
      continue;
    }
    if (!listed) continue;
    let org: OrgSpan | null = null;
    for (const o of orgs) if (o.end <= ts && o.end >= ts - 40 && (!org || o.end > org.end)) org = o;
    if (!org || !LISTED_UNIT.test(text.slice(org.end, ts))) continue;
    if (hasRole(found, out, who.name, org, title)) continue;
    out.push({ personSlug: who.slug, personName: who.name, personStart: who.start, org, title: t.original.slice(org.end, who.start).replace(/^(?:公司|集团)/, ""), sentence: sentenceAt(t, ts) });
  }
  return out;
}
