/**
 * A public body's own department written right after it (外交部|欧亚司, 国家卫健委|疾病预防控制局,
 * 国务院|联防联控机制, 中国人民银行|货币政策委员会): the department is the body
 * that acts or where the person holds the post, so it is named as a unit of its own and the parent
 * counts only where it is named alone (see ./units).
 *
 * Two shapes, both about structure and general vocabulary:
 * - a department kind (司, 局, 厅, 处, 中心) with a post right after it (…司司长), named again alone
 *   elsewhere: the post shows the run is a unit someone heads, not a clause that ends on such a
 *   character, and the second naming that the article treats it as a body (a university's school
 *   or department before a post stays the university's, as the labels have it);
 * - a standing body of the state (…委员会, …机制, …联席会议, …领导小组) after a government body, whose
 *   field is a noun phrase with no verb of a clause in it (联防联控, 货币政策, 财政经济).
 */
import { ROLE_NOUNS, TITLES } from "./titles";

/** Department kinds that name a unit only with a post after them. */
const DEPARTMENT_BEFORE_POST = /^([\u4e00-\u9fff]{2,8}?)(研究中心|中心|司|局|厅|处)/;
/** A government's standing bodies: named by their field alone (货币政策委员会, 联防联控机制). */
const STANDING_BODY = /^([\u4e00-\u9fff]{2,8}?)(委员会|联席会议办公室|联席会议|领导小组办公室|领导小组|机制)/;
/**
 * What makes the field a clause, not a unit's name: a particle or pointer (的, 该, 各), or a verb
 * that opens a clause after a body (国务院|印发…, 外交部|表示…, 教育部|近日召开…).
 */
const CLAUSE_IN_FIELD = /[的了是在和等这那其该各每个们不为对从于被把也都将已会要向称说及]|表示|指出|发布|印发|召开|宣布|公布|通知|审议|通过|成立|设立|组建|建立|部署|决定|批准|同意|要求|强调|举行|出台|会同|联合|牵头|负责|今年|近日|日前|此前|今天|昨天/;

/** Posts held in a department: every title but the parts someone plays (学生, 网友), longest first. */
let posts: string[] | null = null;
/**
 * A post right at `at` (司长, 教授, 主任, 副局长, 常务副主任): the run before it is a unit someone
 * holds a post in. After a body and a department kind any post will do, 主任 too (weak alone).
 */
function postAt(low: string, at: number): boolean {
  posts ??= TITLES.filter((x) => !ROLE_NOUNS.has(x)).sort((a, b) => b.length - a.length);
  const rank = /^(?:常务副|副)/.exec(low.slice(at, at + 3))?.[0].length ?? 0;
  return posts.some((x) => low.startsWith(x, at + rank));
}

/**
 * The department named again without a post after it (外交部欧亚司主管…, 欧亚司主管的国家): the
 * article treats it as a body of its own. Named once before a post (工业和信息化部科技司副司长X), the
 * department only places the post inside the ministry, which is then the person's organisation.
 */
function namedAgainAlone(simp: string, low: string, dept: string, at: number): boolean {
  for (let k = simp.indexOf(dept); k !== -1; k = simp.indexOf(dept, k + 1)) {
    if (k !== at && !postAt(low, k + dept.length)) return true;
  }
  return false;
}

/**
 * A department of the government body that ends at `end`, or null: a department kind before a
 * post, named again alone elsewhere, or one of the state's standing bodies. The match's group 1 is
 * the field, as ./units reads its own suffix matches.
 */
export function publicSubUnitAfter(simp: string, low: string, end: number): RegExpExecArray | null {
  const after = simp.slice(end, end + 16);
  const dept = DEPARTMENT_BEFORE_POST.exec(after);
  if (dept && !CLAUSE_IN_FIELD.test(dept[1]!) && postAt(low, end + dept[0].length) && namedAgainAlone(simp, low, dept[0], end)) return dept;
  const body = STANDING_BODY.exec(after);
  // 机制建设 is building a mechanism, no body
  if (body && !CLAUSE_IN_FIELD.test(body[1]!) && !/^(?:建设|改革|创新|完善|保障)/.test(simp.slice(end + body[0].length, end + body[0].length + 2))) return body;
  return null;
}
