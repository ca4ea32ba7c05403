/**
 * Chinese labels for the cleaning record. The pipeline (lib/ingest) writes its reasons in
 * English for logs, tests and `npm run extract`; a reader or admin sees Chinese, so they are
 * mapped here at display time: whole reasons first, then the patterns with counts or quotes,
 * then known phrases inside longer reasons (encoding and date evidence). Quoted page text and
 * encoding names (UTF-8, GB18030) stay as they are.
 */

const REASON: Record<string, string> = {
  "site chrome above the article": "正文上方的网站页面元素",
  "site chrome below the article": "正文下方的网站页面元素",
  "teaser (导读/摘要) repeating the body": "与正文重复的导读/摘要",
  "image credit": "图片来源说明",
  "advertisement / promotion": "广告/推广",
  "opens a list of other articles": "其他文章列表的开头",
  "disclaimer / copyright notice": "免责声明/版权声明",
  "link farm (友情链接)": "友情链接",
  "copyright / licence footer": "版权/许可页脚",
  "navigation menu (lists of short items)": "导航菜单（短条目列表）",
  "contact details / phone number": "联系方式/电话号码",
  "previous/next article link": "上一篇/下一篇链接",
  "highlight repeating a paragraph of the body": "与正文段落重复的摘录",
  "share / toolbar button": "分享/工具栏按钮",
  "site welcome banner": "网站欢迎横幅",
  "site footer links": "网站页脚链接",
  "repeats another paragraph": "与另一段重复",
  "original headline of a re-titled story": "改题前的原标题",
  "end-of-article marker": "文章结束标记",
  "comment section": "评论区",
  "breadcrumb / home link": "面包屑/首页链接",
  "page metadata": "网页元数据",
};

/** Metadata line kinds ("origin line", "byline line"). */
const LINE_KIND: Record<string, string> = {
  origin: "出处",
  byline: "署名",
  outlet: "媒体名",
  dateline: "日期",
  date: "日期",
  note: "附注",
  source: "来源",
  author: "作者",
  editor: "编辑",
  views: "浏览数",
  reporter: "记者",
};

/** Phrases inside longer reasons (encoding evidence), longest first. */
const PHRASES: [RegExp, string][] = [
  [/detected: valid UTF-8/g, "检测结果：有效的 UTF-8"],
  [/ASCII-only bytes, read as UTF-8/g, "只有 ASCII 字节，按 UTF-8 读取"],
  [/ \(ASCII-only bytes\)/g, "（只有 ASCII 字节）"],
  [/but bytes are not valid UTF-8/g, "，但字节不是有效的 UTF-8"],
  [/but bytes are valid UTF-8/g, "，但字节是有效的 UTF-8"],
  [/but bytes read better as/g, "，但按此编码读更通顺："],
  [/not valid UTF-8/g, "不是有效的 UTF-8"],
  [/which is not supported/g, "不支持该编码"],
  [/html meta charset/g, "网页声明的字符集"],
  [/next best/g, "其次是"],
  [/declared:?/g, "声明为"],
  [/detected/g, "检测为"],
  [/;\s*/g, "；"],
  [/\s*\(([^()]*)\)/g, "（$1）"],
];

export function reasonLabel(reason: string): string {
  const exact = REASON[reason];
  if (exact) return exact;
  let m = /^(\d+) lines: (.+)$/u.exec(reason);
  if (m) return `${m[1]} 行：${reasonLabel(m[2]!)}`;
  m = /^([a-z-]+) line$/u.exec(reason);
  if (m) return `${LINE_KIND[m[1]!] ?? m[1]}行`;
  m = /^navigation list of (\d+) short items$/u.exec(reason);
  if (m) return `导航列表（${m[1]} 个短条目）`;
  m = /^item of a list after (.+)$/u.exec(reason);
  if (m) return `${m[1]}之后的列表项`;
  m = /^date line (.+)$/u.exec(reason);
  if (m) return `日期行 ${m[1]}`;
  m = /^inferred from the dates of the neighbouring articles \((.*)\)$/u.exec(reason);
  if (m) return `由相邻文章的日期推断（${m[1]!.replace(/, /g, "，")}）`;
  return PHRASES.reduce((s, [re, zh]) => s.replace(re, zh), reason);
}
