/**
 * A government department's own bureau, division or squad written right after it
 * (X省人社厅|劳动监察局, X市市场监督管理局|网络交易监督管理处): the sub-unit is the body that acts,
 * and cut at the department the text's actor would be lost and its parent named in its place.
 */
import { PHRASE_CHARS } from "./org-words";

/** Departments whose sub-units news names after them. */
const DEPARTMENT_KINDS: ReadonlySet<string> = new Set(["厅", "局", "总局", "委员会", "委"]);
/** A sub-unit: a field of two to ten characters and what it is (处, 司, 总队, a 监察局 of a 厅, a district's 分局 or a 派出所 of a 局). */
const SUB_UNIT = /^([\u4e00-\u9fff]{2,10}?)(监督管理处|管理处|处|司|总队|支队|大队|监察局|执法局|稽查局|监察大队|分局|派出所)/;
/** What makes the field a clause or a post rather than a name (发文称…, 副处长, 各处, 下属处). */
const NOT_A_FIELD = /[称要求通知公布发布表示指出印下属各副长某依按违]|局|厅|根据/;
/** 处 as 「where」 after a source (从X局相关人士处获悉, 负责人处了解到): the field is people, not a division. */
const SOURCE_PLACE = /(?:人士|人员|负责人|方面|相关|有关|专家|官员|工作人员|那里|这里)$/;

/** Where a department found to end at `end` really ends, when one of its sub-units follows. */
export function subUnitEnd(text: string, kind: string, end: number): number {
  if (!DEPARTMENT_KINDS.has(kind)) return end;
  const m = SUB_UNIT.exec(text.slice(end, end + 16));
  if (!m || PHRASE_CHARS.test(m[1]!) || NOT_A_FIELD.test(m[1]!) || SOURCE_PLACE.test(m[1]!)) return end;
  // 处长, 司长, 队长: the post of a person, so the unit is the department's and the name stops there
  if (text[end + m[0].length] === "长") return end;
  // 处以, 处罚, 处理: 处 the verb closing a clause (依…法处以罚款), not a division
  if (m[2] === "处" && /^[以罚理置分]/.test(text[end + m[0].length] ?? "")) return end;
  return end + m[0].length;
}

