/**
 * The poster of a forum thread's first post is the article's author, a handle as much as a name
 * (issue 14, the lead's decision): read from the first post's card, before its time line, and
 * from no other handle on the page (replies, members of a side column, a quoted post).
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";

const FIRST = [
  "最近给实验室攒了一台双卡的机器，测了几个三十二B模型的本地推理速度，分享一下数据，供想自己搭的朋友参考。",
  "并发十六个请求时，四比特量化的总吞吐能到每秒七百个token左右，日常给组里十几个人用完全够了。",
];
const REPLIES = [
  "感谢分享！请问两张卡之间有没有上高速互联？这类消费级显卡好像不支持，总线带宽会不会成为瓶颈？",
  "数据很实在。补充一点：如果主要是给多人用，可以试试前缀缓存，对于共享系统提示词的场景提升很明显。",
];

const post = (cls: string, who: string, floor: string, time: string, paras: string[]) =>
  `<div class="${cls}"><div class="author-card"><img src="/a.png"><a class="uname" href="/u/1">${who}</a><p>等级：Lv5</p><p>积分：5320</p></div>` +
  `<div class="post-main"><div class="post-meta"><span>${floor}</span> 发表于 ${time}</div><div class="post-content">${paras.map((p) => `<p>${p}</p>`).join("")}</div></div></div>`;

const page = (first: string[]) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>双卡实测推理速度 - 示例社区</title></head><body>
<div class="top"><a href="/">示例社区</a> <a href="/f">论坛</a> <a href="/login">登录</a></div>
<div class="thread"><h1>双卡实测推理速度</h1>
${post("post", "显存不够用", "楼主", "2025-04-06 21:14", first)}
${post("post", "搬砖的猫", "2楼", "2025-04-06 21:40", [REPLIES[0]!])}
${post("post", "老黄的刀法", "3楼", "2025-04-07 08:12", [REPLIES[1]!])}
</div>
<div class="side"><h3>活跃会员</h3><a href="/u/7">深夜调参</a><a href="/u/8">算力自由</a></div>
<div class="footer">示例社区 版权所有</div></body></html>`;

const authorsOf = (html: string) => extractFile(Buffer.from(html, "utf8"), "thread.html").article.authors;

describe("a forum thread's poster", () => {
  it("is the author, a handle on the first post's card", () => {
    expect(authorsOf(page(FIRST))).toEqual(["显存不够用"]);
  });

  it("is no author when the first post reposts another outlet's text (来源：X)", () => {
    expect(authorsOf(page([...FIRST, "来源：量子位"]))).toEqual([]);
  });

  it("is not read where no post carries a time line: a page of user cards is no thread", () => {
    const html = page(FIRST).replace(/<span>[^<]*<\/span> 发表于 [^<]*/g, "");
    expect(authorsOf(html)).not.toContain("显存不够用");
  });
});
