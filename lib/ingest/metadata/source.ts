/**
 * Where an article comes from: the original publisher when the page names one (本文来自微信公众号:X,
 * 转自X, an outlet line under the body), else what the site claims (来源:X), ignoring claims that
 * name no one (互联网, 网络, 本站).
 */
import { toSimplified } from "../../text/script";

const GENERIC = /^(互联网|网络|网络整理|网友投稿|投稿|本站|本网|原创|综合|综合报道|未知|转载|网络转载|其他|其它|用户投稿|自媒体)$/;

const ORIGINAL = /(?:本文来自|本文转自|原文来自|转自|转载自)\s*(?:微信公众号|公众号|微信号|头条号|百家号|网站)?\s*[:：]?\s*[「『《“"]?([^\s,，。(（」』》”"]{2,30})/;
const CLAIM = /(?:来源|稿源|出处|文章来源)\s*[:：]\s*[「『《“"]?([^\s,，。(（」』》”"|｜]{2,30})/;

/** Returns the name in the page's own script by slicing the original at the simplified match. */
function capture(line: string, re: RegExp): string | null {
  const simplified = toSimplified(line);
  const m = simplified.match(re);
  if (!m || m.index === undefined) return null;
  const name = m[1]!;
  const at = simplified.indexOf(name, m.index);
  return simplified.length === line.length ? line.slice(at, at + name.length) : name;
}

export function originalPublisher(line: string): string | null {
  return capture(line, ORIGINAL);
}

export function siteClaim(line: string): { name: string; generic: boolean } | null {
  const name = capture(line, CLAIM);
  if (!name) return null;
  return { name, generic: GENERIC.test(toSimplified(name)) };
}
