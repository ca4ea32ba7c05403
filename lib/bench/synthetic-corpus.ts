/**
 * Deterministic synthetic corpus for benchmarks: seed paragraphs recombined into new pages with
 * generated site chrome (menus, ads, date lines, footers, related lists), a share of them as
 * HTML and a share GBK-encoded, like a scraper's output folder.
 */
import iconv from "iconv-lite";

export interface SyntheticPage {
  name: string;
  bytes: Buffer;
}

export interface CorpusOptions {
  count: number;
  paragraphs: string[];
  htmlShare?: number;
  gbkShare?: number;
  seed?: number;
}

/** mulberry32: small, fast, reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const NAV = ["首页", "新闻", "财经", "科技", "汽车", "房产", "教育", "健康", "体育", "娱乐", "视频", "图片"];
const CITIES = ["北京", "上海", "广州", "深圳", "杭州", "成都", "武汉", "南京", "西安", "重庆", "苏州", "天津"];
const OUTLETS = ["科技日报", "财经新闻网", "智能观察", "数字经济报", "未来商业评论"];

const pick = <T>(r: () => number, xs: readonly T[]): T => xs[Math.floor(r() * xs.length)]!;
const pad = (n: number) => String(n).padStart(2, "0");
const escapeHtml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

function pageParts(i: number, r: () => number, paragraphs: string[]) {
  const n = 6 + Math.floor(r() * 12);
  const body: string[] = [];
  for (let k = 0; k < n; k++) body.push(pick(r, paragraphs));
  // A sentence of its own keeps every page a distinct story.
  body.splice(Math.floor(r() * body.length), 0, `据第${i}号报道,第${Math.floor(r() * 1e6)}次测试中共有${Math.floor(r() * 900 + 100)}家企业参与了评测与讨论。`);
  const title = `${pick(r, body).replace(/[,，。:：“”"、]/g, "").slice(0, 14 + Math.floor(r() * 12))}(${i})`;
  const date = `20${20 + Math.floor(r() * 5)}-${pad(1 + Math.floor(r() * 12))}-${pad(1 + Math.floor(r() * 28))} ${pad(Math.floor(r() * 24))}:${pad(Math.floor(r() * 60))}`;
  const meta = `来源:${pick(r, OUTLETS)}   发布时间:${date}   阅读:${Math.floor(r() * 9000)}`;
  const related = Array.from({ length: 4 }, () => pick(r, paragraphs).slice(0, 20));
  return { title, date, meta, body, related };
}

function asText(p: ReturnType<typeof pageParts>, r: () => number): string {
  return [
    NAV.join(" "),
    CITIES.slice(0, 6 + Math.floor(r() * 6)).join(" "),
    "客服热线:400-800-1234",
    p.title,
    p.meta,
    ...p.body,
    "赞助本站",
    "相关推荐",
    ...p.related.map((t) => `  • ${t}`),
    "关于我们 | 联系我们 | 广告服务 | 免责声明",
    "Copyright © 2010-2024 示例网 版权所有",
  ].join("\n\n");
}

function asHtml(p: ReturnType<typeof pageParts>, charset: string): string {
  const li = (xs: string[]) => xs.map((x) => `<li><a href="/x">${escapeHtml(x)}</a></li>`).join("");
  return `<!doctype html><html><head><meta charset="${charset}"><title>${escapeHtml(p.title)}_示例网</title>
<script>var tracking = "不应出现在正文";</script><style>.x{color:red}</style></head><body>
<header><nav><ul>${li(NAV)}</ul></nav></header>
<main><article><h1>${escapeHtml(p.title)}</h1><div class="info">${escapeHtml(p.meta)}</div>
<div class="content">${p.body.map((b) => `<p>${escapeHtml(b)}</p>`).join("\n")}</div></article>
<aside class="related"><h3>相关推荐</h3><ul>${li(p.related)}</ul></aside></main>
<footer><p>关于我们 | 联系我们 | 广告服务</p><p>Copyright © 2010-2024 示例网 版权所有</p></footer></body></html>`;
}

export function* syntheticCorpus(opts: CorpusOptions): Generator<SyntheticPage> {
  const r = rng(opts.seed ?? 42);
  const htmlShare = opts.htmlShare ?? 0.3;
  const gbkShare = opts.gbkShare ?? 0.2;
  for (let i = 0; i < opts.count; i++) {
    const parts = pageParts(i, r, opts.paragraphs);
    const gbk = r() < gbkShare;
    const html = r() < htmlShare;
    const text = html ? asHtml(parts, gbk ? "gbk" : "utf-8") : asText(parts, r);
    const bytes = gbk ? iconv.encode(text, "gb18030") : Buffer.from(text, "utf8");
    yield { name: `${String(i).padStart(6, "0")}${gbk ? "-gbk" : ""}.${html ? "html" : "txt"}`, bytes };
  }
}
