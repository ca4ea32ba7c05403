/**
 * A body named right after the institution it belongs to is one name with it: a university's
 * affiliated hospital (中山大学附属第一医院, X医学院附属肿瘤医院) and an academy's institute
 * (中国科学院武汉物理与数学研究所). Cut at the parent, the text's actor (the hospital, the
 * institute) would be lost and its parent named in its place.
 */
import { PHRASE_CHARS } from "./org-words";
import { actingSchoolAfter } from "./acting-schools";

/**
 * A university's affiliated hospital after its name (附属第一医院, 附属肿瘤医院), or its hospital named
 * without 附属, by a number or a name of its own (X大学|第一医院, X大学|华西医院); group 1 is the part before 医院.
 */
export const AFFILIATED_HOSPITAL = /^(附属(?:第[一二三四五六七八九十]{1,3}|[\u4e00-\u9fff]{0,4}?)|第[一二三四五六七八九十]{1,3}|[\u4e00-\u9fff]{2,4}?)医院/;
/** 和/与 inside a public body's unit joins two fields (物理与数学, 物理和数学); at either edge it joins two names. */
export const INNER_FIELD_JOIN = /(?<=.)[和与](?=.)/g;
const ACADEMY_UNIT = /^([\u4e00-\u9fff]{2,12}?)(?:研究所|研究院|研究中心)/;

/** Where the name found to end at `end` with `kind` really ends, when a unit of it (or a chain of them) follows. */
export function affiliatedEnd(text: string, kind: string, end: number): number {
  const after = text.slice(end, end + 16);
  if (kind === "大学" || kind === "学院") {
    const m = AFFILIATED_HOSPITAL.exec(after);
    if (m && !PHRASE_CHARS.test(m[0].slice(2))) return end + m[0].length;
    // …or its school where the school acts (江西X大学|农学院|开发了…): see acting-schools
    if (kind === "大学") return end + actingSchoolAfter(text, end);
  }
  if (kind !== "科学院") return end;
  // an institute's own centre may follow in turn (经济研究院|公共政策研究中心)
  for (let m = ACADEMY_UNIT.exec(after), at = end; m; m = ACADEMY_UNIT.exec(text.slice(at, at + 16))) {
    if (PHRASE_CHARS.test(m[1]!.replace(INNER_FIELD_JOIN, ""))) return at;
    at += m[0].length;
    end = at;
  }
  return end;
}
