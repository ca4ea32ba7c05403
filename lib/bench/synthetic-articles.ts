/**
 * Deterministic synthetic articles for the web benchmark: already-clean rows (title, body,
 * source, date, authors) with the companies and people they mention, built from seed
 * paragraphs and a small gazetteer. Unlike synthetic-corpus.ts (raw pages for the importer),
 * these go straight into the database, so 100,000 of them load in a minute or two.
 */
import { rng } from "./synthetic-corpus";

export interface BenchEntity {
  slug: string;
  name: string;
  aliases: string[];
}

// Industry names (a gazetteer), not anything from the seeds.
export const BENCH_COMPANIES: BenchEntity[] = [
  { slug: "baidu", name: "百度", aliases: ["Baidu", "文心一言"] },
  { slug: "alibaba", name: "阿里巴巴", aliases: ["Alibaba", "通义千问"] },
  { slug: "tencent", name: "腾讯", aliases: ["Tencent", "混元"] },
  { slug: "bytedance", name: "字节跳动", aliases: ["ByteDance", "豆包"] },
  { slug: "huawei", name: "华为", aliases: ["Huawei", "盘古"] },
  { slug: "zhipu", name: "智谱", aliases: ["智谱AI", "Zhipu AI", "ChatGLM"] },
  { slug: "moonshot", name: "月之暗面", aliases: ["Moonshot AI", "Kimi"] },
  { slug: "baichuan", name: "百川智能", aliases: ["Baichuan"] },
  { slug: "minimax", name: "MiniMax", aliases: ["稀宇科技", "海螺"] },
  { slug: "01ai", name: "零一万物", aliases: ["01.AI"] },
  { slug: "iflytek", name: "科大讯飞", aliases: ["iFLYTEK", "星火"] },
  { slug: "sensetime", name: "商汤科技", aliases: ["SenseTime", "日日新"] },
  { slug: "deepseek", name: "深度求索", aliases: ["DeepSeek"] },
  { slug: "stepfun", name: "阶跃星辰", aliases: ["StepFun"] },
  { slug: "openai", name: "OpenAI", aliases: ["ChatGPT"] },
  { slug: "kuaishou", name: "快手", aliases: ["可灵"] },
  { slug: "jd", name: "京东", aliases: ["言犀"] },
  { slug: "meituan", name: "美团", aliases: [] },
  { slug: "xiaomi", name: "小米", aliases: ["Xiaomi"] },
  { slug: "langboat", name: "澜舟科技", aliases: ["孟子"] },
];

export const BENCH_PEOPLE: BenchEntity[] = [
  { slug: "li-yanhong", name: "李彦宏", aliases: ["Robin Li"] },
  { slug: "ma-huateng", name: "马化腾", aliases: ["Pony Ma"] },
  { slug: "yang-zhilin", name: "杨植麟", aliases: [] },
  { slug: "li-kaifu", name: "李开复", aliases: ["Kai-Fu Lee"] },
  { slug: "wang-xiaochuan", name: "王小川", aliases: [] },
  { slug: "zhang-peng", name: "张鹏", aliases: [] },
  { slug: "zhou-ming", name: "周明", aliases: [] },
  { slug: "yan-junjie", name: "闫俊杰", aliases: [] },
  { slug: "liang-wenfeng", name: "梁文锋", aliases: [] },
  { slug: "jiang-daxin", name: "姜大昕", aliases: [] },
  { slug: "liu-qingfeng", name: "刘庆峰", aliases: [] },
  { slug: "xu-li", name: "徐立", aliases: [] },
];

export const BENCH_SOURCES = [
  "科技日报", "财经新闻网", "智能观察", "数字经济报", "未来商业评论", "第一财经", "界面新闻", "证券时报", "经济观察报", "新京报",
  "21世纪经济报道", "每日经济新闻", "中国证券报", "上海证券报", "南方都市报", "澎湃新闻", "钛媒体", "雷锋网", "极客公园", "机器之心",
];

const SURNAMES = ["王", "李", "张", "刘", "陈", "杨", "赵", "黄", "周", "吴"];
const GIVEN = ["晓明", "思远", "佳怡", "浩然", "雨桐", "子轩", "一鸣", "诗涵", "博文", "欣然"];
const VERBS = ["发布了新一代大模型", "宣布完成新一轮融资", "推出了面向企业的智能体平台", "公布了最新的推理模型", "下调了模型调用价格", "开源了多模态模型"];

export interface SyntheticArticle {
  path: string;
  title: string;
  body: string;
  summary: string;
  source: string;
  publishedAt: Date;
  /** ISO 8601 in Asia/Shanghai (+08:00), as the importer stores it. */
  publishedLocal: string;
  authors: string[];
  views: number;
  /** Indexes into BENCH_COMPANIES / BENCH_PEOPLE, the first one being what the article is about. */
  companies: number[];
  people: number[];
  /** The sentence that names them (the mention snippet). */
  lead: string;
}

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const pad = (n: number) => String(n).padStart(2, "0");

function distinct(r: () => number, n: number, max: number): number[] {
  const out = new Set<number>();
  // Skewed towards the first entries, like real coverage (a few companies get most mentions).
  while (out.size < Math.min(n, max)) out.add(Math.floor(max * r() * r()));
  return [...out];
}

export function* syntheticArticles(opts: { count: number; paragraphs: string[]; seed?: number }): Generator<SyntheticArticle> {
  const r = rng(opts.seed ?? 7);
  const start = Date.UTC(2020, 0, 1);
  const span = Date.UTC(2025, 11, 31) - start;
  for (let i = 0; i < opts.count; i++) {
    const companies = distinct(r, 1 + Math.floor(r() * 3), BENCH_COMPANIES.length);
    const people = r() < 0.6 ? distinct(r, 1 + Math.floor(r() * 2), BENCH_PEOPLE.length) : [];
    const c0 = BENCH_COMPANIES[companies[0]!]!;
    const lead = `${c0.name}${pick(r, VERBS)}${people.length > 0 ? `,${BENCH_PEOPLE[people[0]!]!.name}表示,这是公司今年最重要的进展` : ""}。`;
    const others = companies.slice(1).map((k) => `${BENCH_COMPANIES[k]!.name}也在同一领域加快布局。`);
    const paras = Array.from({ length: 4 + Math.floor(r() * 7) }, () => pick(r, opts.paragraphs));
    paras.splice(1, 0, [lead, ...others].join(""));
    const body = paras.join("\n\n");
    const at = new Date(start + Math.floor(r() * span));
    const local = new Date(at.getTime() + 8 * 3600_000);
    const publishedLocal = `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:00+08:00`;
    yield {
      path: `bench/${String(i).padStart(6, "0")}.txt`,
      title: `${c0.name}${pick(r, VERBS)}(${i})`,
      body,
      summary: lead,
      source: pick(r, BENCH_SOURCES),
      publishedAt: new Date(Math.floor(at.getTime() / 60000) * 60000),
      publishedLocal,
      authors: [`${pick(r, SURNAMES)}${pick(r, GIVEN)}`],
      views: Math.floor(r() * 20000),
      companies,
      people,
      lead,
    };
  }
}
