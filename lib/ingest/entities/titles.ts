/**
 * Job titles that introduce a person (昆仑万维CEO方汉, 稀奇资本合伙人雷强生), in simplified script
 * and lower-case Latin (the matching text is folded that way). The longest title wins.
 */

import { charBefore, isClauseBreakAt } from "./context";

/**
 * Nouns for a part someone plays rather than a job (原告X, 学生X, 网友X): they introduce a name the
 * way a weak title does (the name needs a speech verb after it or a second sighting), but the
 * person holds no role at an organisation through them.
 */
const ROLE_NOUNS_LIST = ["原告", "被告", "当事人", "嫌疑人", "学生", "网友", "代理人", "得主", "插画师", "画师", "设计师", "摄影师", "教师", "讲师", "会计师", "程序员", "开发者", "博主", "主播",
  // kin named through the person the article is about (携妻子X出席, 其父亲X), and who speaks for a field (社保专家X表示) or publishes (出版人X)
  "妻子", "丈夫", "夫人", "父亲", "母亲", "爸爸", "妈妈", "儿子", "女儿", "专家", "出版人",
  // a vessel's or an aircraft's crew (船长X表示, 机长X和Y、Z获救) and a film's director (导演X)
  "船长", "机长", "副机长", "机械师", "飞行员", "导演",
  // who runs a meeting or a show (主持人X介绍了议程): a part in the event, no post at its organiser
  "主持人",
  // a calling or an art practised (航天员X、艺人X、牧师X、音乐家X): who someone is, no post at an organisation
  "航天员", "宇航员", "艺人", "歌手", "演员", "牧师", "作曲家", "音乐家", "作家", "画家", "诗人", "词人", "书法家", "演奏家", "歌唱家", "运动员", "球员",
  // who lives in or runs a village (村民X说, 村支书X介绍): a place in its life, no post at a named organisation
  "村民", "村支书", "支书",
  // who plays, judges or studies (日本选手X获得, 主裁判X执法, 学者X如今…), who restores or curates (修复师X介绍) and a cadre sent to
  // a post (援疆干部X说): a part, no post at a named organisation
  "选手", "裁判", "主裁判", "学者", "修复师", "策展人", "干部",
  // a club's foreign player (外援X在接受采访时说): a part in the team, like 球员
  "外援"];
export const ROLE_NOUNS: ReadonlySet<string> = new Set(ROLE_NOUNS_LIST);

export const TITLES: string[] = [
  "ceo", "cto", "coo", "cfo", "cio", "cso", "cmo", "cpo", "vp", "president", "founder", "co-founder",
  "首席执行官", "首席技术官", "首席运营官", "首席财务官", "首席科学家", "首席战略官", "首席产品官", "首席信息官",
  "首席架构师", "首席经济学家", "高级经济学家", "经济学家", "首席分析师", "首席研究员", "首席投资官", "首席营销官",
  // a broker's lead analyst of a sector, named by the bare word (兴业证券电子行业首席X); every longer 首席… title wins over it
  "首席",
  "首席研究官", "首席ai官", "首席人工智能官", "首席ai科学家", "首席人工智能科学家", "首席商务官", "首席数据官", "首席安全官", "首席增长官", "首席专家", "首席顾问", "执行总裁", "联席总裁",
  // 技术专家's siblings: the job grades Chinese tech companies give engineers and product staff (算法专家, 资深专家)
  "研究科学家", "技术专家", "算法专家", "产品专家", "资深专家", "高级专家", "发言人", "行长", "副行长", "总干事", "人士", "成员", "核心成员",
  "创始人", "联合创始人", "创始合伙人", "合伙人", "管理合伙人", "执行董事", "董事长", "副董事长", "董事", "董事总经理",
  "总裁", "副总裁", "高级副总裁", "执行副总裁", "总经理", "副总经理", "经理", "产品经理", "总监", "负责人",
  // Hong Kong's and Macau's word for a chief executive (行政总裁X): without it 行政 was read as the tail of an organisation's name (…兼行政|总裁)
  "行政总裁", "副行政总裁",
  "院长", "副院长", "所长", "副所长", "主任", "副主任", "教授", "副教授", "研究员", "科学家", "分析师", "架构师",
  "工程师", "总工程师", "主理人", "主编", "总编辑", "记者", "部长", "副部长", "局长", "秘书长", "理事长", "会长",
  "校长", "主席", "院士", "掌门人", "一把手", "创办人", "投资人", "操盘手",
  // an angel investor is always one person investing their own money (天使投资人X和Y基金投资): a strong title, unlike 投资人
  "天使投资人",
  ...ROLE_NOUNS_LIST,
  "副理事长", "常务理事",
  // the civil service's ranks below a minister (工业和信息化部科技司副司长X, 厅长, 处长) and the bench (法官)
  "司长", "副司长", "厅长", "副厅长", "处长", "副处长",
  // the civil service's non-leading ranks (一级巡视员, 副巡视员, 二级调研员), held at a bureau as a post is
  "巡视员", "副巡视员", "一级巡视员", "二级巡视员", "调研员", "副调研员", "一级调研员", "二级调研员", "三级调研员", "四级调研员",
  // police ranks held at a force or its unit (警务处…中心警司X, 总督察X)
  "警司", "总警司", "高级警司", "督察", "总督察", "高级督察",
  "法官", "高管", "副秘书长", "副校长", "党委书记", "医师", "主治医师", "主任医师", "副主任医师",
  // a hospital's pharmacists and nurses graded as its doctors are (主任药师X, 护士长X)
  "药师", "主任药师", "副主任药师", "主管药师", "护士长", "主任护师", "副主任护师",
  // a foreign minister (英国外相X) and a party's leader (保守党党魁X)
  "外相", "外长", "党魁", "高级研究员", "研究总监", "主管", "律师", "董事会秘书", "董秘", "审判长",
  // the officers a listed company's filings name (增持/减持 notices, board changes), envoys and assistants
  "总裁助理", "总经理助理", "董事长助理", "首席执行官助理", "助理总裁",
  // a head's assistant at a lab, a school or an office (实验室主任助理X, 校长助理X): a post as 总裁助理 is
  "主任助理", "院长助理", "校长助理", "所长助理", "监事", "监事长", "监事会主席", "独立董事", "证券事务代表", "总会计师",
  "大使", "总领事", "副总领事", "领事", "参赞", "首相", "总理", "副总理",
  // party and state offices (中共中央总书记X, 国家主席X)
  "总书记", "国家主席", "委员长", "总统", "副总统",
  // a city's, district's or province's head (北京市副市长X, 海淀区副区长X)
  "市长", "副市长", "区长", "副区长", "县长", "副县长", "省长", "副省长",
  // a party committee's secretary and deputy (县委书记X, 区党工委副书记X); 党委书记 and 总书记 are above
  "书记", "副书记",
  // a university's students and postdocs, who hold a place there as authors of its papers (复旦大学博士生X)
  "博士生", "硕士生", "研究生", "本科生", "博士后",
  // who heads a working group or task force (以副市长任组长的调查组)
  "组长", "副组长",
  // who heads a station, a clinic's outpost or a depot (社区卫生服务站站长X)
  "站长", "副站长",
  // a member of a committee or conference (市政协委员X, 作为上海市政协委员，X)
  "委员",
  // a court division's head (综合审判一庭庭长X), and the chief officers of fields other than tech and money
  // advisers a company names in its filings and news (出任公司高级顾问)
  "顾问", "高级顾问", "战略顾问", "特别顾问",
  // a team's captain and coach (申花队长X, 主帅X称), a prosecutor (承办检察官X), a cooperative's or a press's head and its
  // accountant (社长X, 会计X), a museum's head and its graded curators (研究馆员X)
  "队长", "副队长", "主教练", "主帅", "检察官", "社长", "副社长", "会计", "馆长", "副馆长", "研究馆员", "副研究馆员",
  "庭长", "副庭长", "首席医学官", "首席医疗官", "首席法务官", "首席法律官", "首席合规官", "首席风险官", "首席人力资源官", "首席人才官", "首席品牌官", "首席传播官", "首席内容官", "首席设计官",
].sort((a, b) => b.length - a.length);

/** Titles strong enough to introduce an unknown name on their own (no organisation needed). */
const STRONG = new Set(["ceo", "cto", "coo", "cfo", "首席执行官", "首席技术官", "首席信息官", "首席科学家", "创始人", "联合创始人", "董事长", "总裁", "副总裁", "院长", "教授", "记者", "合伙人", "分析师", "主理人", "总经理", "负责人", "架构师", "研究员", "院士", "部长", "副部长", "局长", "副教授", "校长", "所长", "创始合伙人", "管理合伙人", "执行董事", "首席运营官", "首席财务官", "首席产品官", "首席研究官", "首席ai官", "首席人工智能官", "首席ai科学家", "首席人工智能科学家", "执行总裁", "联席总裁", "行政总裁", "司长", "副司长", "厅长", "法官", "市长", "副市长", "区长", "副区长", "省长", "副省长", "书记", "副书记", "党委书记", "庭长", "首席医学官", "首席医疗官", "首席法务官", "首席法律官", "首席合规官", "首席风险官", "首席人力资源官", "首席人才官", "首席品牌官", "首席传播官", "首席内容官", "首席设计官",
  // an officer's assistant is named in filings like the officer (公司总裁助理X、Y增持): as strong as 总裁 itself
  "总裁助理", "总经理助理", "董事长助理", "助理总裁", "天使投资人",
  // a museum's or library's head and its senior graded curators (研究馆员 ranks with 研究员), a prosecutor (as 法官) and a head coach
  "馆长", "研究馆员", "检察官", "主教练"]);

/**
 * A chief officer the list lacks (首席知识产权官, 首席可持续发展官): 首席, a field of two to six Han
 * characters, 官. Companies coin such posts freely; each names its holder as 首席执行官 does.
 */
const OPEN_CHIEF_OFFICER = /^首席[\u4e00-\u9fff]{2,6}官$/;
const GUAN = "官".charCodeAt(0);

/** The coined chief officer ending at `end` (after no listed title matched there), or null. */
function openChiefOfficerEndingAt(text: string, end: number): string | null {
  if (text.charCodeAt(end - 1) !== GUAN) return null;
  const at = text.lastIndexOf("首席", end - 3);
  if (at === -1 || end - at < 5 || end - at > 9) return null;
  const title = text.slice(at, end);
  return OPEN_CHIEF_OFFICER.test(title) ? title : null;
}

/** The longest title that ends exactly at `end` in the folded text, or null. */
export function titleEndingAt(text: string, end: number): string | null {
  // only titles ending in this character can end here: the same longest-first order, a fraction of the list
  if (end <= 0) return null;
  const code = text.charCodeAt(end - 1);
  const { byLastChar, beforeLast } = titleIndex();
  const candidates = byLastChar.get(code);
  if (!candidates) return null;
  const befores = beforeLast.get(code)!;
  const prev = end > 1 ? text.charCodeAt(end - 2) : -2;
  for (let k = 0; k < candidates.length; k++) {
    const t = candidates[k]!;
    // the last-but-one character settles most candidates without a startsWith
    if (befores[k] !== -1 && befores[k] !== prev) continue;
    if (end - t.length < 0) continue;
    if (text.startsWith(t, end - t.length)) {
      // Latin titles need a boundary on the left ("ceo" not in "xceo")
      const before = charBefore(text, end - t.length);
      if (/^[a-z]/.test(t) && before && /[a-z0-9]/i.test(before)) continue;
      // 委员 before 会 is the committee itself (全国委员会|会长), not a member of it
      if (t === "委员" && text[end] === "会") continue;
      return t;
    }
  }
  return openChiefOfficerEndingAt(text, end);
}

export function isStrongTitle(title: string): boolean {
  return STRONG.has(title) || OPEN_CHIEF_OFFICER.test(title);
}

interface TitleIndex {
  /**
   * One bit per UTF-16 code unit some title ends with: most characters are skipped by one read of
   * 8 KB that stay in cache (a byte per code unit was 64 KB, read at every character of the text).
   */
  lastBits: Uint32Array;
  byLastChar: Map<number, string[]>;
  /** Parallel to byLastChar: each title's last-but-one code unit (-1 for one character), so a compare settles most candidates before a startsWith. */
  beforeLast: Map<number, number[]>;
}
let index: TitleIndex | null = null;
/** Titles grouped by their last character, longest first: one pass over the text finds them all. */
function titleIndex(): TitleIndex {
  if (index) return index;
  const lastBits = new Uint32Array(2048);
  const byLastChar = new Map<number, string[]>();
  const beforeLast = new Map<number, number[]>();
  for (const t of TITLES) {
    const k = t.charCodeAt(t.length - 1);
    lastBits[k >>> 5]! |= 1 << (k & 31);
    const b = t.length > 1 ? t.charCodeAt(t.length - 2) : -1;
    const bs = beforeLast.get(k);
    if (bs) bs.push(b);
    else beforeLast.set(k, [b]);
    const list = byLastChar.get(k);
    if (list) list.push(t);
    else byLastChar.set(k, [t]);
  }
  index = { lastBits, byLastChar, beforeLast };
  return index;
}

/** Every position right after a title in the text (where a name may start), with the longest title ending there. */
export function titleEnds(text: string): { end: number; title: string }[] {
  const { lastBits, byLastChar, beforeLast } = titleIndex();
  const out: { end: number; title: string }[] = [];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if ((lastBits[code >>> 5]! & (1 << (code & 31))) === 0) continue;
    const list = byLastChar.get(code)!;
    const befores = beforeLast.get(code)!;
    const end = i + 1;
    const prev = i > 0 ? text.charCodeAt(i - 1) : -2;
    for (let k = 0; k < list.length; k++) {
      const t = list[k]!;
      const b = befores[k]!;
      if (b !== -1 && b !== prev) continue;
      if (end >= t.length && text.startsWith(t, end - t.length)) {
        out.push({ end, title: t });
        break;
      }
    }
    if (code === GUAN && (out.length > 0 ? out[out.length - 1]!.end : undefined) !== end) {
      const open = openChiefOfficerEndingAt(text, end);
      if (open) out.push({ end, title: open });
    }
  }
  return out;
}

/**
 * The clause from `from` to its end, when a post closes it: where it ends and that title. A part
 * someone plays (ROLE_NOUNS) is no post. The readers of a post after an organisation or after a
 * verb of joining or holding share it (copula-posts, pronoun-posts, joined-company-posts).
 */
export function postClosingClause(simp: string, low: string, from: number): { end: number; title: string } | null {
  let end = from;
  while (end < simp.length && !isClauseBreakAt(simp, end)) end++;
  const title = titleEndingAt(low, end);
  return title && !ROLE_NOUNS.has(title) ? { end, title } : null;
}
