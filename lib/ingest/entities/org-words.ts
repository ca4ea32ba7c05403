/**
 * The vocabulary organisation discovery shares: suffixes that end an organisation's name, words
 * that only describe (数字 + 科技 is a kind, not a name), and characters that make a run a phrase.
 */
const ORG_SUFFIX_WORDS = "科技 智能 资本 智库 集团 研究院 研究所 实验室 高科 公司 银行 人寿 财险 证券 基金 创投 投资 大学 学院 医院 传媒 网络 软件 信息 数据 机器人 汽车 医疗 生物 半导体 电子 芯片 咨询 股份 控股 工作室 俱乐部 救援队 基金会 协会 学会 联合会 商会 联盟 中心".split(" ");
/**
 * A society or association under a country or the world (中国半导体行业协会, 中国数学会, 国际密码协会)
 * is one named body even when every other word is generic: the jurisdiction makes it a name.
 */
const NAMED_BODY = /^(中国|全国|国际|世界|全球|亚洲|亚太|欧洲|美国)[\u4e00-\u9fff]{1,10}(协会|学会|联合会|商会|联盟|研究会)$/;

/** A stem that only describes (数字 + 科技), unless the whole name is a jurisdiction's named body. */
export function describesOnly(name: string, stem: string): boolean {
  return isGenericStem(stem) && !NAMED_BODY.test(name);
}
/**
 * What ends an organisation's name before a title: the suffixes above, and two that are no kind of
 * their own in a stem (国际: 天风国际|分析师; 律师事务所: 北京市中伦律师事务所|合伙人), so they stay out of GENERIC_WORDS.
 */
export const ORG_SUFFIX = new RegExp(`(${[...ORG_SUFFIX_WORDS, "国际", "律师事务所", "会计师事务所", "事务所"].join("|")})$`);
export const STANDALONE_SUFFIXES = ["科技", "资本", "集团", "研究院", "实验室", "高科", "证券", "创投", "智库", "通讯"];
/**
 * Words that make the run before a suffix a description rather than a name: a stem made only of
 * them (数字 + 科技, 国家 + 重点 + 实验室) says what kind of organisation, not which one.
 */
const GENERIC_PREFIX = new Set(
  "人工 智能 前沿 高新 信息 数字 网络 互联 未来 中国 全球 国内 国外 美国 黑 高 硬 新 大 小 这家 该 一家 多家 各家 头部 创新 核心 关键 先进 领先 顶尖 相关 自己 我们 他们 其他 更多 传统 金融 医疗 教育 汽车 生物 能源 航天 量子 算力 数据 云 科学 技术 工业 产业 企业 公司 国家 重点 联合 开放 通用 生成 行业 垂直 消费 娱乐 内容 计算 视觉 语音 语言 模型 大模型 平台 投资 风险 私募 主流 知名 著名 当地 海外 本土".split(" "),
);
export const GENERIC_WORDS = new Set([...GENERIC_PREFIX, ...ORG_SUFFIX_WORDS]);
export const LONGEST_GENERIC = Math.max(...[...GENERIC_WORDS].map((w) => w.length));

/** The stem is made only of generic words (国家 + 重点, 这家 + 数字 + 科技): a description, not a name. */
export function isGenericStem(stem: string): boolean {
  const ok: boolean[] = new Array<boolean>(stem.length + 1).fill(false);
  ok[0] = true;
  for (let i = 0; i < stem.length; i++) {
    if (!ok[i]) continue;
    for (let len = 1; len <= LONGEST_GENERIC && i + len <= stem.length; len++) {
      if (GENERIC_WORDS.has(stem.slice(i, i + len))) ok[i + len] = true;
    }
  }
  return ok[stem.length]!;
}

/** A name of 1–7 Han characters ending in one of the area words, alone: a place, no organisation. */
const areaNamed = (areaWords: string): RegExp => new RegExp(`^[\\u4e00-\\u9fff]{1,7}(?:${areaWords})$`);
/** A province, city, county or district, or a company's sales region (北京市, 海淀区, 中国区), named alone: a place, no organisation. */
export const ADMIN_AREA = areaNamed("省|市|县|区");
/** A town, a township or a village named alone (…镇, …乡, …村). */
export const LOCAL_AREA = areaNamed("镇|乡|村");

/** Characters that make a run a phrase, not a brand name (公司的, 这家, 已经…). */
export const PHRASE_CHARS = /[的了是在和与等这那其该各每个们不为对从于被把也都将已会要他她它我你到接给让]/;

/** Latin words that precede titles without being organisations (AI产品经理, IT负责人). */
export const GENERIC_LATIN = new Set("ai aigc agi app api it llm gpu cpu pc ui ux ar vr xr saas paas iot b2b to b to c ceo cto coo cfo ip".split(" "));
/** Lead-in words before a name that are not part of it (据|亿欧智库, 包括|先锋领航). */
/** 这是|这也是 point back at the clause before: never the start of a name (这是|胡润研究院连续第八年发布); nor an adverb before a preposition (则由|医渡科技中标, 也与|…). */
export const LEAD_NOISE = /^(?:[这那](?:也|就|正|才)?是|[则也还又](?=[由与和在是为从向被对])|对话|专访|独家专访|现任|曾任|时任|前任|冒充|假冒|假扮|伪装成|自称|谎称|冒用|在|对|据|根据|另据|旗下|由|与|和|及|是|为|如|例如|包括|以及|从|向|被|让|称|而|但|其中|其|前|作为|对于|来自|随着|近日|目前|此外|同时|另外|不过|相比|相较|比起|除了|除|转投|跳槽至|跳槽到|入职|加盟|加入|记者|上午|下午|昨天|昨日|今天|今日|连线|致电|走访|探访|援引|引述|转引)+/;

/**
 * Trades that end an enterprise's name in a list (华一|重工, 蒙源|乳业, 海川|味业): not suffixes of
 * their own elsewhere (a stem before 机械 is as often a kind of machine), but an item ending so
 * beside a known company or another suffixed item is a company of that trade.
 */
export const TRADE_TAIL = /(?:重工|重科|机械|药业|制药|乳业|味业|电器|钢铁|化工|建工|置业|物产|商城|合作社)$/;
