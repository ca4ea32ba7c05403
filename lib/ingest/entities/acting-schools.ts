/**
 * A university's school (学院) written right after it is the party itself where the school acts or is
 * a partner (X大学|计算机科学与技术学院|与Y共建…, 来自X大学|机械与动力工程学院|和Y, X大学|农学院|开发了…):
 * news names the school, not the university, as the one that builds, signs or publishes. Followed by a
 * person or a post (X大学|法学院|王某教授), by 附属 or by anything else, the school only says where someone
 * works and the university stays the organisation, as before (roles-after-name reads the post there).
 */
import { PHRASE_CHARS } from "./org-words";

/** A school's name: one to twelve characters and 学院 (法学院, 信息科学技术学院, 机械与动力工程学院). */
const SCHOOL = /^([\u4e00-\u9fff]{1,12}?)学院/;
/** What the school does right after its name: joins a partner, builds, signs, publishes, hatches a company, or its team does. */
const ACTS_AFTER = /^(?:[与和及、]|联合|共同|共建|携手|合作|签约|签署|发布|推出|开发|研发|孵化|牵头|揭牌|(?:的)?(?:一支)?(?:研究)?团队)/;
/** 与/和/及 joining two fields inside the school's name (机械与动力工程, 电子及计算机): never at its edges. */
const INNER_JOIN = /(?<=.)[与和及](?=.)/g;

/** The length of a school written at `end` (right after a university's name), acting or not, or 0. */
export function schoolAfter(text: string, end: number): number {
  const m = SCHOOL.exec(text.slice(end, end + 16));
  if (!m || PHRASE_CHARS.test(m[1]!.replace(INNER_JOIN, "")) || /^[与和及]|[与和及]$/.test(m[1]!)) return 0;
  // 学院 opening a longer word is no school's end (学院路, 学院派)
  return /^[路派里街]/.test(text.slice(end + m[0].length, end + m[0].length + 1)) ? 0 : m[0].length;
}

/** The length of an acting school written at `end` (right after a university's name), or 0. */
export function actingSchoolAfter(text: string, end: number): number {
  const n = schoolAfter(text, end);
  return n > 0 && ACTS_AFTER.test(text.slice(end + n, end + n + 6)) ? n : 0;
}
