/**
 * Rules from blind batch 45 (x6-b45-*: articles of short lines and in-article structure — a
 * notice's programme table, a lecture schedule, a recruitment notice — from site families no
 * fixture had). Each case fails without its rule; the counter-cases show what each rule spares.
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { parseByline } from "@/lib/ingest/metadata/byline";

const extract = (html: string) => extractFile(Buffer.from(html), "page.html").article;
const page = (content: string, tail = "") =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于召开模型评测研讨会的通知-示范研究院</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻中心</a> <a href="/about/">关于我们</a> <a href="/contact/">联系我们</a></div>
<div class="main"><div class="left"><div class="lt">热点推荐</div><ul><li><a href="/1.html">研究院发布模型评测方法团体标准征求意见稿</a></li><li><a href="/2.html">研究院与三家单位签署算力合作框架协议</a></li><li><a href="/3.html">第三季度大模型评测结果公布与解读</a></li></ul></div>
<div class="right"><h1>关于召开模型评测研讨会的通知</h1><div class="info">发布时间：2026-12-04 来源：示范研究院</div>
<div id="zoom">${content}</div>${tail}</div></div>
<div class="footer">版权所有：示范研究院 京ICP备10000000号</div></body></html>`;

describe("a lone paragraph among its container's short lines (x6-b45-institute-notice-agenda-table)", () => {
  const lead = "<p>由示范研究院主办的模型评测研讨会将于12月18日在北京举行，会议围绕评测方法、数据集建设和行业应用展开，现将会议议程公布如下。</p>";
  const rows = ["9:00-9:20 领导致辞 研究院院长", "9:20-9:50 主旨报告：评测方法的演进 评测所所长", "9:50-10:20 主题演讲：数据集建设 首席科学家", "10:20-10:40 茶歇 —", "10:40-11:40 圆桌对话：评测如何服务产业 四家企业代表"];
  const notice = `${lead}<h3>一、会议时间</h3><p>2026年12月18日（星期五）9:00—17:00</p><h3>二、会议地点</h3><p>北京国际会议中心二层报告厅</p><h3>三、会议议程</h3><table><tbody>${rows.map((r) => `<tr>${r.split(" ").map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table><h3>四、报名方式</h3><p>请参会人员于12月15日前扫描下方二维码完成报名，现场凭报名二维码签到入场。</p>`;
  it("the container is the article: its headings, time, place and programme rows are body", () => {
    const a = extract(page(notice));
    expect(a.body).toContain("一、会议时间");
    expect(a.body).toContain("北京国际会议中心二层报告厅");
    expect(a.body).toContain("10:40-11:40 圆桌对话：评测如何服务产业 四家企业代表");
    expect(a.body).toContain("请参会人员于12月15日前");
  });
  it("a container whose other lines link away keeps the paragraph alone", () => {
    const linked = `${lead}<p><a href="/a.html">研究院举办评测沙龙</a></p><p><a href="/b.html">研究院发布年度报告</a></p><p><a href="/c.html">研究院召开理事会</a></p><p><a href="/d.html">研究院参加国际会议</a></p>`;
    const a = extract(page(linked));
    expect(a.body).toContain("现将会议议程公布如下");
    expect(a.body).not.toContain("研究院举办评测沙龙");
  });
});

describe("a day and a clock time on one line (x6-b45-university-news-lecture-schedule-br-lines)", () => {
  it("is a programme's entry, not a menu of short items", () => {
    expect(vocabularyHit("第1讲 12月9日 19:00 大模型的发展历程 主讲:计算机学院 郑岚")).toBeNull();
    expect(vocabularyHit("2026-12-09 19:00 开幕式 主会场 全体代表")).toBeNull();
  });
  it("a line of short items without a moment is still a menu", () => {
    expect(vocabularyHit("首页 要闻 12月 专题 视频 图片")?.kind).toBe("navigation");
    expect(vocabularyHit("首页 要闻 19:00 专题 视频 图片")?.kind).toBe("navigation");
  });
});

describe("a library or museum in a credit (x6-b45-university-news-lecture-schedule-br-lines)", () => {
  it("is the writer's office, not an outlet", () => {
    const into = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    const outlets: string[] = [];
    parseByline("（文/图 图书馆 许诺 审核/韦明）", into, outlets);
    expect(into.authors).toEqual(["许诺"]);
    expect(outlets).toEqual([]);
  });
  it("an outlet's name before the writer is still one", () => {
    const into = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    const outlets: string[] = [];
    parseByline("文｜硅谷前哨 许诺", into, outlets);
    expect(outlets).toEqual(["硅谷前哨"]);
  });
});

describe("the last field of a notice over its signature (x6-b45-lab-recruitment-notice-job-items)", () => {
  const body = [
    "<p>示范研究院是一家专注大模型基础研究的新型研发机构，因业务发展需要，现面向社会公开招聘以下岗位，欢迎有志之士加入我们的团队。</p>",
    "<p>岗位职责：负责大规模语言模型的数据配比、训练策略和扩展规律研究，撰写技术报告。</p>",
    "<p>请将简历发送至招聘邮箱，邮件标题注明应聘岗位和姓名，我们会在十个工作日内回复。</p>",
  ].join("");
  it("报名截止日期：… between the last paragraph and the issuer's signed date is the notice's", () => {
    const a = extract(page(`${body}<p>报名截止日期：2027年1月15日。</p><p style="text-align:right">示范研究院人力资源部</p><p style="text-align:right">2026年12月5日</p>`));
    expect(a.body).toContain("报名截止日期：2027年1月15日");
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-12-04");
  });
  it("without a signature under it, a trailing labelled date is still no body line", () => {
    const a = extract(page(`${body}<p>报名截止日期：2027年1月15日。</p>`));
    expect(a.body).not.toContain("报名截止日期");
  });
});

describe("a newsletter button (x6-b45-wordpress-timeline-dated-short-lines)", () => {
  it("订阅…早报 alone on a line is a pitch", () => {
    expect(vocabularyHit("订阅钛度科技早报")?.kind).toBe("ad");
    expect(vocabularyHit("立即订阅 ai newsletter")?.kind).toBe("ad");
  });
  it("a line about a paper's subscriptions is none", () => {
    expect(vocabularyHit("订阅早报的读者比去年增加了一成，晚报则持平")).toBeNull();
  });
});

describe("an operations desk in the author slot (x6-b45-dev-community-faq-q-headings)", () => {
  const faq = (author: string) =>
    `<!DOCTYPE html><html><head><meta charset="utf-8"><title>编程助手常见问题-开发者社区</title><meta property="og:site_name" content="示范开发者社区"></head><body>
<div class="topbar"><a href="/">示范开发者社区</a> <a href="/ask">问答</a> <a href="/learn">学习</a></div>
<div class="article-wrap"><h1>编程助手常见问题</h1><div class="meta"><a class="author" href="/u/ops">${author}</a><span class="time">2026-12-01 14:22:10</span></div>
<div class="article-body"><p>本页汇总了开发者在使用编程助手时最常遇到的问题，持续更新，欢迎补充。</p><h3>Q1：支持哪些编程语言？</h3><p>支持Python、Java、Go、C++、JavaScript等二十多种主流语言。</p><h3>Q2：代码会被上传用于训练吗？</h3><p>不会。企业版默认关闭数据回传，个人版可在设置中关闭。</p></div></div>
<div class="footer">© 2026 示范 版权所有</div></body></html>`;
  it("…运营 is a desk inside the publisher, not the publisher", () => {
    expect(extract(faq("编程助手运营")).source).toBe("示范开发者社区");
  });
});

describe("a short dated heading over list items (x6-b45-cloud-docs-changelog-dated-bullets)", () => {
  const log = `<p>本文介绍模型服务平台的功能发布记录，按发布时间倒序排列，供开发者查阅参考。</p><h2>2026年12月</h2><h3>2026-12-03</h3><ul><li>新增模型：上线推理模型，支持最长128K上下文。</li><li>批量推理支持断点续跑，任务失败后可从检查点恢复。</li></ul><h3>2026-12-01</h3><ul><li>轻量模型降价：输入价格下调至每百万Token 0.3元。</li><li>修复流式输出在网络抖动时偶发重复字符的问题。</li></ul><h3>2026-11-20</h3><ul><li>函数调用支持并行调用多个工具。</li><li>API新增 seed 参数，相同输入可获得可复现的输出。</li></ul>`;
  it("is a changelog entry's heading, kept over its items", () => {
    const a = extract(page(log));
    expect(a.body).toContain("2026-12-01\n");
    expect(a.body).toContain("2026-11-20");
  });
});

describe("a box named feedback (x6-b45-cloud-docs-changelog-dated-bullets)", () => {
  it("is a form asking the reader, its support pitch no body", () => {
    const body = "<p>本文介绍模型服务平台的计费方式，包括按量计费和资源包两种模式，以及各自适用的业务场景和注意事项。</p><p>按量计费按实际消耗的Token数结算，每小时出账一次，适合调用量波动较大的业务。</p><p>资源包预先购买一定额度，超出部分自动转为按量计费，适合调用量稳定的业务。</p>";
    const box = `<div class="doc-feedback"><p>文档是否有帮助？</p><button>有帮助</button><button>没帮助</button><p>如果您在使用中遇到问题，可以提交工单联系我们的技术支持团队，我们会在工作时间内尽快回复。</p></div>`;
    const a = extract(page(body, box));
    expect(a.body).toContain("资源包预先购买一定额度");
    expect(a.body).not.toContain("提交工单");
  });
});
