/**
 * The name a page's footer gives its owner (Copyright © 2015-2024 X 版权所有, 版权所有 X, 版權所有：X,
 * © 2025 X · 地址…, X © 2025 · 关于X): the site's own name when neither a meta tag nor the <title> gives it, read for
 * the own-site source (own-site-source.ts). Lines that state a licence or a repost rule are not the
 * owner's name (本文为博主原创文章，遵循…版权协议, 版权归原作者所有), nor is the site's word for itself (本站),
 * nor the company that runs a platform (…有限公司).
 */
import { simplifiedLine as toSimplified } from "./simplified";

const LINE_MAX = 200;
// "X 版权所有": the name just before (after any year span, © and Copyright).
const BEFORE = /(?:^|[\s|｜·•:：]|©|\d{4})\s*([^\s|｜·•©:：，,。]{2,20}(?: [^\s|｜·•©:：，,。]{1,12})?)\s*版权所有/;
// "版权所有 X", "版权所有：X": the name just after, up to the next field.
const AFTER = /版权所有\s*[:：]?\s*(?:©\s*)?([^\s|｜·•©:：，,。]{2,20})/;
// "© 2025 AI 早知道 · 地址": the name after © and the year, up to a separator.
const SYMBOL = /©\s*(?:(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?)?\s*([^\s|｜·•,，。]{2,20}(?: [^\s|｜·•,，。]{1,12})?)\s*(?:[|｜·•]|$)/;
// "深氪 © 2026 · 关于深氪": the name opening the footer line, then © and the year.
const NAME_THEN_SYMBOL = /^\s*([^\s|｜·•©:：，,。]{2,20})\s*©\s*(?:19|20)\d{2}(?:\s*[-–]\s*(?:19|20)\d{2})?\s*(?:[|｜·•]|$)/;
const NOT_OWNER = /^(?:本站|本网|本网站|本公司|原作者|作者|网站|不得|未经|禁止|关于|联系|all|copyright|reserved)|rights|reserved/i;
// "深圳特区报  深圳报业集团主办  版权所有": the group that runs the site is named after the site.
const RUN_BY = /([^\s|｜·•©:：，,。]{2,20})\s+[^\s|｜·•©:：，,。]{2,20}(?:主办|主管|承办)\s*版权所有/;
// What a footer puts after the owner's name without a separator: the Latin rights formula after a
// Han name (© 2025 X All Rights Reserved; a Latin name there is the company's, Tencent.), and the
// licence number, which a dumper may glue to the name (© 2025 X京ICP备2021023456号) once it drops
// the space between two Han characters; so may it glue the Han rights formula (© 2026 X保留所有权利).
const FIELD_AFTER_NAME = /(?<=\p{Script=Han})\s*all\s+rights\s+reserved\.?|\s*\p{Script=Han}ICP[备证]\S*|\s*保留(?:所有|一切)权利/giu;
// The company that runs a platform (北京某某网络技术有限公司, X公司) is its operator, not the outlet's name;
// but a headline that opens with the company's own name (X股份有限公司关于…的公告) is the company's
// release on its own site, and the company published it.
const OPERATOR = /(?:公司|集团)$/;

// "云图智算科技有限公司" over "云图智算发布…": a company's newsroom heads its releases with the company's
// short name, its legal name without the trade and the company form; the footer then names the site's
// owner, the company that published the release.
const COMPANY_FORM = /(?:集团)?(?:股份)?有限(?:责任)?公司$/u;
// the trade words a legal name puts between the short name and the company form, dropped one at a time
const TRADE_WORD = /(?:科技|技术|网络|信息|软件|数据|电子|智能)$/u;
const SHORT_MIN = 2;

/** The longest short form of the legal name (to a trade word) that opens the headline, else null. */
function ownShortName(legal: string, headline: string | null): string | null {
  const head = headline?.trim() ?? "";
  let short = legal.replace(COMPANY_FORM, "");
  if (short === legal || head === "") return null;
  for (;;) {
    if (short.replace(/[^\p{Script=Han}]/gu, "").length < SHORT_MIN || !/^[\p{Script=Han}A-Za-z]+$/u.test(short)) return null;
    if (head.startsWith(short)) return short;
    const next = short.replace(TRADE_WORD, "");
    if (next === short) return null;
    short = next;
  }
}

export function copyrightHolder(lines: string[], headline: string | null = null): string | null {
  for (let i = lines.length - 1; i >= 0; i--) {
    const line = lines[i]!;
    if (line.length > LINE_MAX || !/版权所有|版權所有|©/.test(line) || /原创文章|版权协议|转载|轉載.*?授權/.test(toSimplified(line)) && !/版权所有/.test(toSimplified(line))) continue;
    const simplified = toSimplified(line);
    const s = simplified.replace(FIELD_AFTER_NAME, " |");
    const m = s.match(RUN_BY) ?? s.match(BEFORE) ?? s.match(AFTER) ?? s.match(NAME_THEN_SYMBOL) ?? s.match(SYMBOL);
    if (!m) continue;
    const name = m[1]!.replace(/^(?:copyright|©|\d{4}(?:\s*[-–]\s*\d{4})?)\s*/i, "").trim();
    if (name.length < 2 || NOT_OWNER.test(name) || /^\d|\d{4}/.test(name)) continue;
    if (OPERATOR.test(name) && !headline?.trim().startsWith(name)) {
      const short = ownShortName(name, headline);
      if (short) return short;
      continue;
    }
    const at = simplified.indexOf(name);
    return simplified.length === line.length && at >= 0 ? line.slice(at, at + name.length) : name;
  }
  return null;
}
