/**
 * A name whose surname is also a frequent word (金, 原, 全, 文, 高, 应, 安) after a post is read
 * only with evidence that a person, not a word, stands there. These predicates are that evidence:
 * what an announcement or a report says a person does and a word cannot do — leave or step aside
 * for a reason of their own (X因个人原因辞职, X因年龄原因申请卸任), be elected or appointed to a
 * post (X为新任董事长), act for someone in an office (X代行), give an opinion on a motion (X对上述
 * 议案发表…意见), or speak right after the post (主任X介绍). General vocabulary of personnel
 * notices and reports, asked right at the name's end.
 */
import { isCommonWord, opensNoName } from "./names";

const PERSON_PREDICATE = new RegExp(
  "^(?:也|还|则|已|将)?(?:" +
    [
      "因(?:个人|年龄|身体|家庭|工作调动|工作)(?:原因)?",
      "为(?:新任|新一届|公司|本公司|该公司)[^，。；]{0,8}?(?:长|官|经理|总监|董事|秘书|主席|总裁|负责人)",
      "对[^，。；]{1,12}?发表",
      "代行",
      "(?:表示|介绍|透露|指出|强调|坦言|认为|回应称|说道)",
    ].join("|") +
    ")",
);

/** A name of a weak surname, ending at `end`, that a person's predicate follows. */
export function weakSurnameActs(text: string, name: string, end: number): boolean {
  // the name is no word (全面|介绍, 高度|评价 stay words); a three-character reading that opens
  // with one (安全涛|则认为) was settled by what follows it, since the reader drops unsettled ones
  if (isCommonWord(name) || (name.length === 2 && isCommonWord(name.slice(0, 2)))) return false;
  // …nor an adverb that stands where a name would (投资人|普遍|认为, 专家|一致|表示)
  if (opensNoName(name)) return false;
  return PERSON_PREDICATE.test(text.slice(end, end + 24));
}
