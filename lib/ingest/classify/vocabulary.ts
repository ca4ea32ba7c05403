/**
 * Boilerplate recognised by general vocabulary and shape, one block at a time: copyright lines,
 * disclaimers, contact bars, ads, share bars, image credits, navigation bars and lists of short
 * tokens, and the markers that open "related"/link-list sections. Nothing here names a site.
 * Lines are matched on their simplified, width-folded form so traditional pages match too.
 */
import type { RemovalKind } from "../types";

export interface VocabularyHit {
  kind: RemovalKind;
  reason: string;
  /** The block opens a section whose following blocks are boilerplate too (相关推荐, 友情链接). */
  opensSection?: boolean;
}

const SECTION_MARKERS: { re: RegExp; kind: RemovalKind; reason: string }[] = [
  {
    re: /^(相关|热门|精彩|最新|猜你|为你|大家都在|更多|延伸|推荐|热点|同类|往期|相似)(推荐|内容|阅读|文章|新闻|资讯|链接|报道|栏目|专题|喜欢|在看|看|文章推荐)?[\sa-z:：]*$|^(相关|推荐|延伸|热门)(推荐|阅读|文章|内容)/i,
    kind: "related",
    reason: "opens a list of other articles",
  },
  { re: /^友情链接|^合作伙伴[:：]?$|^友链[:：]?/, kind: "link-list", reason: "link farm (友情链接)" },
  { re: /^(网友)?评论(区)?[\s(（\d)）]*$|^(发表|写)评论|^全部评论|^热门评论|^最新评论/, kind: "comment", reason: "comment section" },
];

const RULES: { re: RegExp; kind: RemovalKind; reason: string; maxLength?: number }[] = [
  { re: /copyright|©|版权所有|all rights reserved|icp备|icp证|公网安备|增值电信业务/i, kind: "copyright", reason: "copyright / licence footer" },
  {
    re: /^[(（【\[]?(版权声明|免责声明|声明|特别声明|郑重声明)[)）】\]]?[:：]|不代表本(站|网|平台|号)|仅提供信息存储|如(有|发现|涉及)侵权|侵权(责任|请|联系)|转载请(注明|联系)|未经(授权|允许|许可)[,，]?(不得|禁止|严禁)转载|如对本稿件有异议/,
    kind: "disclaimer",
    reason: "disclaimer / copyright notice",
  },
  { re: /^(上一篇|下一篇|上一条|下一条|上一页|下一页|前一篇|后一篇|上篇|下篇)/, kind: "prev-next", reason: "previous/next article link" },
  {
    re: /(关于我们|联系我们|网站地图|sitemap|隐私(政策|条款)|用户协议|法律声明|广告服务|加入我们|招聘信息|意见反馈|投稿须知)/i,
    kind: "navigation",
    reason: "site footer links",
    maxLength: 160,
  },
  {
    re: /^[(（\[【]?(图片来源|图片来自|图源|图片|配图|题图|封面图|头图|摄影|图)[)）\]】]?\s*[:：|丨/]|(图片来源|图片来自|图片提供|图源)\s*[:：]/,
    kind: "image-credit",
    reason: "image credit",
    maxLength: 60,
  },
  {
    re: /赞助本站|广告(服务|合作|投放)?$|^广告|^推广|扫码(关注|下载|加入)|扫一扫|长按(识别|二维码)|关注(我们|公众号|微信)|下载\s*app|立即(注册|下载|开户|领取|购买)|注册(即送|送|领)|交易所$|官网$|开户/i,
    kind: "ad",
    reason: "advertisement / promotion",
    maxLength: 40,
  },
  {
    re: /(电话|热线|客服|手机|传真|联系方式|联系电话|qq|微信号?|邮箱|e-?mail)\s*[:：]|^\+?\d{2,4}[-\s]?\d{3,4}[-\s]?\d{3,4}$|\b1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}\b|\b\d{3,4}-\d{7,8}\b/i,
    kind: "contact",
    reason: "contact details / phone number",
    maxLength: 80,
  },
  {
    re: /^(分享到|分享至|分享|收藏|点赞|打印|举报|纠错|字号|返回顶部|回到顶部|打开app|阅读原文|阅读全文|展开全文|展开|收起|加载更多|查看更多|更多|微信扫一扫|手机看|下载客户端)[\s:：]*$|^[(（]\d+[)）]$|^(赞|踩|顶)\s*\d*$|^(返回.{0,6}查看更多|点击(查看|进入|阅读|关注)|打开.{0,6}app.{0,6}(阅读|查看))/i,
    kind: "share",
    reason: "share / toolbar button",
    maxLength: 20,
  },
  { re: /^(首页|主页|网站首页|返回首页|当前位置|您的位置|你的位置|位置)[:：>\s]|^首页$|>\s*正文$/, kind: "navigation", reason: "breadcrumb / home link" },
  { re: /^(欢迎(您)?(来到|访问|光临))/, kind: "site-header", reason: "site welcome banner", maxLength: 60 },
  {
    // The link list text-mode browsers append to a dump ("References", "1. http://…").
    re: /^(references|visible links|hidden links)[:：]?$|^(\[\d+\]|\d+\.)\s*[a-z][\w+.-]*:\S|^(i?frame\s*:)?\s*((https?|ftp|file|mailto|javascript|about|data|tel):[^\u3000-\u9fff\uff00-\uffef]*)?$/i,
    kind: "link-list",
    reason: "link reference list of a text dump",
  },
  { re: /^[^\s\u3000-\u9fff\uff00-\uffef]{30,}(\s+[^\s\u3000-\u9fff\uff00-\uffef]{20,})*$/, kind: "link-list", reason: "an address or encoded data, not text" },
  { re: /^[(（【\[]?(完|全文完|end)[)）】\]]?$/i, kind: "metadata", reason: "end-of-article marker" },
  { re: /^[(（]?原标题\s*[:：]/, kind: "metadata", reason: "original headline of a re-titled story", maxLength: 100 },
];

const SENTENCE_PUNCT = /[，。！？；、,!?;]/;

/** A line made of many short whitespace-separated tokens and no sentence punctuation: a menu. */
function shortTokenList(text: string): number | null {
  if (SENTENCE_PUNCT.test(text)) return null;
  const tokens = text.split(/[\s|｜·•/]+/).filter(Boolean);
  if (tokens.length < 4) return null;
  const avg = tokens.reduce((n, t) => n + t.length, 0) / tokens.length;
  return avg <= 6 ? tokens.length : null;
}

export function sectionMarker(folded: string): VocabularyHit | null {
  if (folded.length > 24) return null;
  for (const m of SECTION_MARKERS) if (m.re.test(folded)) return { kind: m.kind, reason: m.reason, opensSection: true };
  return null;
}

/** Classifies one block by vocabulary and shape; `folded` is simplified, width-folded text. */
export function vocabularyHit(folded: string): VocabularyHit | null {
  const marker = sectionMarker(folded);
  if (marker) return marker;
  for (const rule of RULES) {
    if (rule.maxLength !== undefined && folded.length > rule.maxLength) continue;
    if (rule.re.test(folded)) return { kind: rule.kind, reason: rule.reason };
  }
  const tokens = shortTokenList(folded);
  if (tokens !== null) return { kind: "navigation", reason: `navigation list of ${tokens} short items` };
  return null;
}
