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
  return CALL_TO_ACTION.test(l) || HANDLES.test(l) || BARE_ACCOUNT.test(l);
}

/** [start, end) of every line, or sentence closing a line (…仍将持续。返回腾讯网首页>>), that is site furniture. */
export function chromeSpans(t: ArticleText): [number, number][] {
  const out: [number, number][] = [];
  t.partStarts.forEach((s, i) => {
    const e = (t.partStarts[i + 1] ?? t.simp.length + 1) - 1;
    const line = t.simp.slice(s, e);
    if (isChromeLine(line)) out.push([s, e]);
    else {
      const lastStop = Math.max(line.lastIndexOf("。"), line.lastIndexOf("！"), line.lastIndexOf("？"));
      if (lastStop !== -1 && lastStop < line.length - 1 && isChromeLine(line.slice(lastStop + 1))) out.push([s + lastStop + 1, e]);
    }
  });
  return out;
}
