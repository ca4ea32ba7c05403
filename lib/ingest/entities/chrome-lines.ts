/**
 * Lines of site furniture that survive into an article's text: calls to install the app or go
 * back to the home page (安装新浪财经客户端…, 返回腾讯网首页>>), follow-us lines with account
 * handles (锁定@新浪科技 @苹果汇 微博), a bare "X公众号". An organisation named only there is the
 * site talking about itself, not something the article discusses.
 */
import type { ArticleText } from "./article-text";

const CALL_TO_ACTION = /^(?:返回|安装|下载|关注|锁定|点击|扫码|扫描|长按|进入|打开)[^。！？!?]{0,24}(?:首页|客户端|公众号|微博|app|>>)/i;
const HANDLES = /@[^\s@，,。]{2,20}\s*@[^\s@，,。]{2,20}/;
const BARE_ACCOUNT = /^[^\s，,。]{2,12}(?:公众号|官方微博|客户端)$/;

export function isChromeLine(line: string): boolean {
  const l = line.trim();
  return CALL_TO_ACTION.test(l) || (l.includes("@") && HANDLES.test(l)) || BARE_ACCOUNT.test(l);
}

/** Characters furniture opens with (返回, 安装, 锁定…) or ends with (号, 端, 博, >): other lines are not read further. */
const MAY_OPEN = new Set([..."返安下关锁点扫长进打"].map((c) => c.charCodeAt(0)));
const MAY_CLOSE = new Set([..."号端博>"].map((c) => c.charCodeAt(0)));

/** [start, end) of every line, or sentence closing a line (…仍将持续。返回腾讯网首页>>), that is site furniture. */
export function chromeSpans(t: ArticleText): [number, number][] {
  const out: [number, number][] = [];
  const text = t.simp;
  t.partStarts.forEach((s, i) => {
    const e = (t.partStarts[i + 1] ?? text.length + 1) - 1;
    if (e - s < 2) return;
    const closes = MAY_CLOSE.has(text.charCodeAt(e - 1));
    if ((closes || MAY_OPEN.has(text.charCodeAt(s)) || text.slice(s, e).includes("@")) && isChromeLine(text.slice(s, e))) out.push([s, e]);
    else if (closes) {
      const lastStop = Math.max(text.lastIndexOf("。", e - 1), text.lastIndexOf("！", e - 1), text.lastIndexOf("？", e - 1));
      if (lastStop >= s && lastStop < e - 1 && isChromeLine(text.slice(lastStop + 1, e))) out.push([lastStop + 1, e]);
    }
  });
  return out;
}
