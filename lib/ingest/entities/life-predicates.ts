/**
 * People introduced by what they did rather than by a title or a speech verb (柏沐阳在卡内基梅隆大学
 * 读完博士后…, 邬晓岚此前在优必选工作了六年, 郗彦是岚算科技的另一位关键人物): a name opening a
 * clause, then a predicate only people take — studying, being born or graduating, working
 * somewhere, being "one of" someone's (…的另一位, 位 the measure word for people). Studying, birth
 * and …的一位 are sure on their own; working, joining or returning (which an organisation may do
 * too) and a bare 是一位 (X是一位连续创业者 says what, not who) need the text to name the person again.
 */
import type { ArticleText } from "./article-text";
import { sentenceAt } from "./article-text";
import { termQuoteAt } from "./context";
import type { FoundName, OrgSpan, PersonSpan } from "./discover";
import { chineseNameAt, namedAgain } from "./names";
import { clauseStarts, coversAny, type SpanTable, spanTable } from "./clause-scan";
import { wordHits, wordTable } from "./word-hits";

/** An adverb of time news puts between such a name and the predicate (X此前在…工作). */
const WHEN = "(?:此前|之前|曾经|曾|早年|先后|一直|目前|现在|如今|也)?";
const NO_BREAK = "[^，。；：！？,;:!?“”\\n]";
/** Predicates only a person takes. */
const SURE = new RegExp(
  `^${WHEN}(?:毕业于|出生于|于${NO_BREAK}{1,10}?(?:出生|毕业)|在${NO_BREAK}{1,16}?(?:读完|就读|攻读|读博|求学|念完|获得博士|取得博士)|是${NO_BREAK}{1,14}?的(?:另一位|一位|首位))`,
);
/** Predicates an organisation may take too (X于2019年加入联盟, X在深圳工作…): a second naming is needed. */
const LIKELY = new RegExp(`^${WHEN}(?:于${NO_BREAK}{1,10}?(?:加入|加盟|入职|回国|离职)|在${NO_BREAK}{1,16}?(?:工作|任职|实习)|是(?:另)?一位)`);
/** A predicate starts with one of these right after the name: clause starts are read only there. */
const FIRST = new Set("此之曾早先一目现如也毕出于在是".split("").map((c) => c.charCodeAt(0)));

/** The words every predicate ends in: clause starts are read only a short way before one. */
/** (Plain words: their places come from the shared pass over the article, as a global alternation of them would find them.) */
const ENDS = wordTable(["毕业", "出生", "读完", "就读", "攻读", "读博", "求学", "念完", "博士", "一位", "首位", "加入", "加盟", "入职", "回国", "离职", "工作", "任职", "实习"]);
/** Longest reach from a clause start to the end word: a name (≤4), an adverb, and the predicate's middle. */
const REACH = 30;

export function namesBeforeLifePredicates(t: ArticleText, orgs: OrgSpan[], people: PersonSpan[]): FoundName[] {
  const out: FoundName[] = [];
  const text = t.simp;
  const ends = wordHits(text, ENDS).map((h) => h.at);
  if (ends.length === 0) return out;
  let tables: { orgs: SpanTable; people: SpanTable } | null = null;
  let k = 0;
  for (const s of clauseStarts(text)) {
    while (k < ends.length && ends[k]! < s) k++;
    if (k === ends.length) break;
    if (ends[k]! - s > REACH) continue;
    if (s > 0 && termQuoteAt(text, s - 1)) continue;
    // a name is 2–4 characters: a predicate's first character must stand where one could end, before any name is read
    if (!FIRST.has(text.charCodeAt(s + 2)) && !FIRST.has(text.charCodeAt(s + 3)) && !FIRST.has(text.charCodeAt(s + 4))) continue;
    const zh = chineseNameAt(text, s);
    if (!zh || !zh.strongSurname || !FIRST.has(text.charCodeAt(zh.end))) continue;
    tables ??= { orgs: spanTable(text.length, orgs), people: spanTable(text.length, people) };
    if (coversAny(tables.people, s, zh.end) || coversAny(tables.orgs, s, zh.end)) continue;
    const after = text.slice(zh.end, zh.end + 24);
    const sure = SURE.test(after);
    if (!sure && !(LIKELY.test(after) && namedAgain(text, zh.name, s))) continue;
    out.push({ type: "person", name: zh.name, confidence: 0.75, evidence: sentenceAt(t, s), at: s });
  }
  return out;
}
