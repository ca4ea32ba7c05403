/**
 * A forum thread read from the page's state script (script-body.ts) goes through the same
 * poster-card cut as a visible thread (poster-card.ts), and its first post's poster is the author
 * (site-spa-forum-thread-in-state-poster-card).
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";

const LINES = [
  "上周把团队内部的知识库问答从云端接口换成了本地部署的量化模型，记录一下步骤，供大家参考。",
  "1. 下载量化权重",
  "2. 用推理框架启动",
  "3. 换成官方模板",
  "显存方面，四比特量化后单卡看上去足够，实际并发一上来，长上下文的缓存很快就把显存占满了，所以上下文不要一开始就开满，先用一半跑一周，再按监控数据慢慢往上调，调整时每次只改一个参数，便于比较前后的差别。",
  "监控是后来加的：本地部署之后没有了云端的用量面板，我们自己采集了请求耗时和显存占用，还把每天的调用量和失败率做成了报表，出问题时才有据可查，也能看出哪些部门用得最多。",
];
const post = (name: string, stats: string, time: string, body: string) =>
  `<div class="post"><div class="poster"><a href="/u/1">${name}</a><dl class="stats">${stats}</dl></div><div class="post-time">发表于 ${time}</div><div class="post-body">${body}</div></div>`;
const thread =
  `<div class="thread">${post("deploy_xu", "<dt>帖子</dt><dd>312</dd><dt>积分</dt><dd>1208</dd>", "2026-03-02 10:12", LINES.join("<br>"))}` +
  `${post("lin_dao", "<dt>帖子</dt><dd>45</dd>", "2026-03-02 11:40", "感谢分享，分隔符那个问题我们也遇到过，排查了整整两天才发现，建议把模板写进部署文档里。")}</div>`;
const state = { thread: { title: "本地部署量化模型的步骤", content: thread } };
const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>本地部署量化模型的步骤 - 算力社区</title></head><body>
<div id="app"><div class="hd"><a href="/">算力社区</a></div><div class="loading">帖子加载中…</div></div>
<script>window.__INITIAL_STATE__=${JSON.stringify(state).replace(/<\//g, "<\\/")};</script></body></html>`;

describe("a thread in the page state", () => {
  it("cuts the first post's poster card and names the poster as the author", () => {
    const { article } = extractFile(Buffer.from(html), "page.html");
    expect(article.body.split(/\n+/)).toEqual(LINES);
    expect(article.authors).toEqual(["deploy_xu"]);
    const card = article.removed.find((r) => r.text.includes("1208"));
    expect(card?.kind).toBe("metadata");
  });
});
