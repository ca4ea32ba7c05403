/**
 * The requests bench:web sends: the measured ones (a fixed mix per kind, the same every run) and
 * the warm-up ones, which share no cached result with them.
 */
import { BENCH_COMPANIES, BENCH_PEOPLE, BENCH_SOURCES } from "./synthetic-articles";
import { rng } from "./synthetic-corpus";

// A mix of what readers type: names (1–4 characters), aliases, pinyin, words, phrases, operators.
export const QUERIES = [
  ...BENCH_COMPANIES.map((c) => c.name), ...BENCH_PEOPLE.map((p) => p.name), "Kimi", "likaifu", "li kai fu", "openai", "DeepSeek",
  "大模型", "融资", "智能体", "推理模型 开源", '"新一代大模型"', "百度 OR 华为", "company:智谱 融资", "person:杨植麟", "source:第一财经 大模型",
  "大模型 after:2024-01-01", "华为 -广告", "李開復", "人工智能 before:2023-01-01", "芯片", "数据",
];
// Warm-up searches: the same kinds of query (words, OR, exclusion, operators, dates) sharing no phrase with QUERIES.
export const WARM_QUERIES = [
  "模型", "发布", "平台", "企业", "技术 OR 产品", "闭源 -营销", "算力", "训练", "推理", "应用", "投资", "市场", "研发", "生态",
  "用户 after:2023-06-01", "成本 before:2024-06-01", "价格", "合作", '"行业应用"', "source:钛媒体 战略", "company:百度 发布", "person:李彦宏 平台",
];

export type Lists = Record<"search" | "list" | "article" | "company" | "searchPage" | "floorRoute" | "floorPage", string[]>;

/**
 * The two floors the figures sit on, measured in the same run: the health route (one indexed
 * row, a few hundred bytes of JSON) is what any route handler costs, and the list page for a
 * company nobody knows (no rows, no facets; a fresh slug each time, so nothing is cached) is
 * what any page through the layout costs.
 */
function floors(n: number, tag: string): Pick<Lists, "floorRoute" | "floorPage"> {
  return {
    floorRoute: Array.from({ length: n }, () => "/api/health"),
    floorPage: Array.from({ length: n }, (_, i) => `/articles?company=no-such-company-${tag}-${i}`),
  };
}

/** A list page with two filters: a company and a source. */
const listPath = (pick: <T>(xs: readonly T[]) => T) => `/articles?${new URLSearchParams({ company: pick(BENCH_COMPANIES).slug, source: pick(BENCH_SOURCES) })}`;

export function requestLists(n: number, maxId: number): Lists {
  const r = rng(1234);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const search = Array.from({ length: n }, () => `/api/search?${new URLSearchParams({ q: pick(QUERIES) })}`);
  return {
    search,
    // The search page after the API: its searches are cached by then, so this measures the page.
    searchPage: search.slice(0, Math.ceil(n / 4)).map((p) => p.replace("/api/search?", "/search?")),
    list: Array.from({ length: n }, () => listPath(pick)),
    article: Array.from({ length: n }, () => `/articles/${1 + Math.floor(r() * maxId)}`),
    company: Array.from({ length: n }, () => `/companies/${pick(BENCH_COMPANIES).slug}`),
    ...floors(n, "m"),
  };
}

/**
 * Requests that run the same code as the measured ones but share none of their cached results
 * (other searches, for the API and the search page, other company + source pairs, other
 * articles, person profiles instead of company ones), so the server's JIT is warm, as after
 * minutes in production, while every measured request that would be a first visit still is one.
 * Without it, on a fresh server, the same measured search, list and article requests ran at
 * 139, 68 and 131 req/s; after 1,000 such requests of each kind, at 413, 106 and 162.
 */
export function warmUpLists(n: number, maxId: number, measured: Lists): Lists {
  const r = rng(4321);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
  const taken = new Set([...measured.list, ...measured.article]);
  const fresh = (make: () => string): string => {
    for (let i = 0; i < 50; i++) {
      const path = make();
      if (!taken.has(path)) return path;
    }
    throw new Error("warm-up: no unmeasured request left to draw");
  };
  return {
    search: Array.from({ length: n }, () => `/api/search?${new URLSearchParams({ q: pick(WARM_QUERIES) })}`),
    searchPage: Array.from({ length: n }, () => `/search?${new URLSearchParams({ q: pick(WARM_QUERIES) })}`),
    list: Array.from({ length: n }, () => fresh(() => listPath(pick))),
    article: Array.from({ length: n }, () => fresh(() => `/articles/${1 + Math.floor(r() * maxId)}`)),
    company: Array.from({ length: n }, () => `/people/${pick(BENCH_PEOPLE).slug}`),
    ...floors(n, "w"),
  };
}

/**
 * A reader's mix for the open-loop and 1-vs-N runs, `n` requests long, interleaved by weight:
 * articles most, then lists, searches (page and API), profiles and the home page. Drawn from
 * the measured lists, so the same run compares like with like.
 */
export function readerMix(n: number, lists: Lists): string[] {
  const weights: [string[], number][] = [
    [lists.article, 30],
    [lists.list, 20],
    [lists.searchPage, 12],
    [lists.search, 10],
    [lists.company, 10],
    [BENCH_PEOPLE.map((p) => `/people/${p.slug}`), 8],
    [["/", "/articles", "/companies", "/people"], 10],
  ];
  const total = weights.reduce((s, [, w]) => s + w, 0);
  const r = rng(777);
  const used = weights.map(() => 0);
  return Array.from({ length: n }, () => {
    let x = r() * total;
    let k = 0;
    while (x >= weights[k]![1]) x -= weights[k++]![1];
    const pool = weights[k]![0];
    return pool[used[k]!++ % pool.length]!;
  });
}
