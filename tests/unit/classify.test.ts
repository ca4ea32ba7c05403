/** The classifier on page shapes that are not in the seeds: it must work from structure and vocabulary. */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { bestSpan } from "@/lib/ingest/classify/body-span";

const clean = (text: string) => extractFile(Buffer.from(text, "utf8"), "page.txt").article;

const P1 = "据了解，这家公司今年发布了新一代大模型，参数规模达到千亿级别，在多项评测中取得了领先成绩。";
const P2 = "业内人士认为，随着算力成本下降，更多中小企业将有机会在垂直领域训练自己的模型，行业格局仍在变化。";
const P3 = "公司负责人表示，下一步将继续加大研发投入，同时与高校和研究机构合作，推动技术落地到更多场景中。";

describe("unseen page shapes", () => {
  it("handles a breadcrumb, byline, mid-body ad, end marker, editor line and a comment section", () => {
    const a = clean(
      [
        "首页 > 科技 > 正文",
        "登录 注册 客户端 订阅 投稿 帮助",
        "某公司发布千亿参数大模型 称多项评测领先",
        "2024年05月06日 08:30 来源：科技日报 作者：张三",
        "原标题：某公司发布新模型",
        P1,
        "扫码下载APP",
        P2,
        "（完）",
        "责任编辑：李四",
        P3.slice(0, 10),
        "网友评论",
        "这条评论很长很长，说了很多很多关于这篇文章的看法，其实和正文没有任何关系。",
      ].join("\n"),
    );
    expect(a.title).toBe("某公司发布千亿参数大模型 称多项评测领先");
    expect(a.publishedAt).toBe("2024-05-06T08:30:00+08:00");
    expect(a.source).toBe("科技日报");
    expect(a.authors).toEqual(["张三"]);
    expect(a.editors).toEqual(["李四"]);
    expect(a.paragraphs).toEqual([P1, P2]);
  });

  it("stops at a related list even when its items are not indented", () => {
    const a = clean(["大模型行业观察", "2024-01-02", P1, P2, P3, "相关阅读", "另一家公司也发布了模型", "某某：大模型的未来在哪里", "Copyright © 2024 示例"].join("\n"));
    expect(a.paragraphs).toEqual([P1, P2, P3]);
    expect(a.removed.find((r) => r.kind === "related")?.text).toContain("另一家公司也发布了模型");
  });
});

describe("vocabulary", () => {
  it("names boilerplate kinds", () => {
    expect(vocabularyHit("copyright © 2024 某网 版权所有")?.kind).toBe("copyright");
    expect(vocabularyHit("关于我们 | 联系我们 | 广告服务")?.kind).toBe("navigation");
    expect(vocabularyHit("上一篇:某文章")?.kind).toBe("prev-next");
    expect(vocabularyHit("图片来源:视觉中国")?.kind).toBe("image-credit");
    expect(vocabularyHit("客服热线:400-800-1234")?.kind).toBe("contact");
    expect(vocabularyHit("北京 上海 广州 深圳 杭州 成都")?.kind).toBe("navigation");
    expect(vocabularyHit("Home News Tech Video About Contact")?.kind).toBe("navigation");
    // an English headline's short words with a sentence's function words are no menu
    expect(vocabularyHit("Why DeepSeek Is a Wake-Up Call for Silicon Valley")).toBeNull();
    expect(vocabularyHit("相关推荐")?.opensSection).toBe(true);
    // a flash page's list of other items under its one item (最新快讯, 更多快讯)
    expect(vocabularyHit("最新快讯")?.opensSection).toBe(true);
    expect(vocabularyHit("相关快讯")?.opensSection).toBe(true);
    // a docs page's feedback poll; a sentence asking whether something helps is prose
    expect(vocabularyHit("此页内容是否有帮助？")?.kind).toBe("form");
    expect(vocabularyHit("这篇文章对你有帮助吗？ 有帮助 没帮助")?.kind).toBe("form");
    expect(vocabularyHit("这项政策是否有帮助，还需要时间检验。")).toBeNull();
    expect(vocabularyHit("友情链接")?.kind).toBe("link-list");
    // A heading's bullet (※, ★, >>) does not hide the marker; the same words inside a sentence are no marker.
    expect(vocabularyHit("※相关链接")?.opensSection).toBe(true);
    expect(vocabularyHit("★ 热门推荐")?.opensSection).toBe(true);
    expect(vocabularyHit("※本文相关链接见下")?.opensSection).toBeUndefined();
    // Japanese pages' lists, matched on the folded text (記事 → 记事).
    expect(vocabularyHit("この记事を见た人におすすめの记事")?.opensSection).toBe(true);
    expect(vocabularyHit("関连记事")?.opensSection).toBe(true);
    expect(vocabularyHit(P1)).toBeNull();
  });
  it("reads notices, next-article headings and follow pitches in their other wordings", () => {
    expect(vocabularyHit("某某健康网专稿，未经书面授权请勿转载。")?.kind).toBe("disclaimer");
    expect(vocabularyHit("本报讯 未经授权的使用者被警方带走调查。")).toBeNull();
    expect(vocabularyHit("notice: the content above is uploaded by a user of the platform, which only provides information storage services.")?.kind).toBe("disclaimer");
    expect(vocabularyHit("/阅读下一篇/")?.kind).toBe("prev-next");
    expect(vocabularyHit("还不快点到 facebook like 我们的专页~")?.kind).toBe("ad");
    expect(vocabularyHit("记者在 facebook 上关注了我们采访过的那位工程师。")).toBeNull();
    // The page word itself garbled (a lost byte mended to 遠): the English verb still says it.
    expect(vocabularyHit("还不快点到 facebook like 我们的专遠~http://www.facebook.com/x")?.kind).toBe("ad");
    expect(vocabularyHit("她说自己并不 like 我们的做法。")).toBeNull();
  });
});

describe("body span", () => {
  it("bridges short headings but not boilerplate", () => {
    const b = (length: number, paragraphLike: boolean, excluded = false) => ({ length, paragraphLike, excluded });
    expect(bestSpan([b(5, false), b(100, true), b(8, false), b(120, true), b(200, false, true), b(60, true)])).toEqual({ start: 1, end: 3 });
    expect(bestSpan([b(5, false), b(6, false)])).toBeNull();
  });
});

describe("a changelog's version headings", () => {
  it("keeps each version's dated heading inside the chosen region instead of cutting it as the page's date line", () => {
    const items = ["对话补全接口支持结构化输出，可要求模型输出符合指定格式的结果，便于下游程序解析。", "新增批量推理接口，单批最多五万条请求，价格为实时调用的一半，适合离线任务。"];
    const html = `<html><body><nav><a href="/">首页</a><a href="/docs">文档</a><a href="/pricing">价格</a></nav><main><h1>更新日志</h1>
<p>本页记录开放平台接口与控制台的重要更新，如需接收更新通知，请在控制台订阅。</p>
<h2>v2.4.0（2025-09-02）</h2><h4>新增</h4><ul><li>${items[0]}</li></ul>
<h2>v2.3.1（2025-08-15）</h2><h4>修复</h4><ul><li>${items[1]}</li></ul></main></body></html>`;
    const a = extractFile(Buffer.from(html, "utf8"), "page.html").article;
    expect(a.body).toContain("v2.4.0（2025-09-02）");
    expect(a.body).toContain("v2.3.1（2025-08-15）");
    expect(a.body).toContain("修复");
  });
});

describe("blind batch 27: a notice signed by an issuer whose name opens its first sentence", () => {
  it("keeps the issuer and the signing date: the signature is no copy of that sentence", () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>示例人工智能研究院人才招聘公告</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/n">通知公告</a></div>
<div class="detail"><div class="detail-title">示例人工智能研究院人才招聘公告</div><div class="info">发布时间：2025-03-18</div>
<div class="detail-content">
<p>示例人工智能研究院是由地方政府与高校共建的新型研发机构，主要从事大模型基础研究和行业应用，现面向社会公开招聘科研人员。</p>
<p>应聘者请将个人简历、学位证书及代表性成果发送至招聘邮箱，报名截止时间为2025年4月30日，逾期不再受理。</p>
<p style="text-align:right">示例人工智能研究院</p>
<p style="text-align:right">2025年3月18日</p>
</div></div><div class="footer">版权所有</div></body></html>`;
    const body = extractFile(Buffer.from(page, "utf8"), "page.html").article.body;
    expect(body).toMatch(/逾期不再受理。\s+示例人工智能研究院\s+2025年3月18日$/);
  });
});

describe("blind batch 27: an action bar's buttons run together with their counts", () => {
  it("reads 赞 326收藏 and 点赞 1.2万 评论 38 分享 as toolbar lines, not a sentence that mentions 收藏", () => {
    expect(vocabularyHit("赞 326收藏")?.kind).toBe("share");
    expect(vocabularyHit("点赞 1.2万 评论 38 分享")?.kind).toBe("share");
    expect(vocabularyHit("收藏了这篇文章的读者")).toBeNull();
  });
});

describe("blind batch 36: a notice's section heading names a time, its value on the next line", () => {
  it("keeps the date line under 一、会议时间 as the section's value, not the page's date line", () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于举办示例大模型应用对接会的通知</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/n">通知公告</a></div>
<div class="detail"><h1>关于举办示例大模型应用对接会的通知</h1><div class="info">发布时间：2025-06-10</div>
<div class="detail-content">
<p>为加快大模型技术在制造、政务、医疗等领域的落地应用，促进供需双方精准对接，定于6月下旬举办大模型应用对接会。现将有关事项通知如下：</p>
<p><strong>一、会议时间</strong></p>
<p>2025年6月24日（星期二）下午14:00</p>
<p><strong>二、会议地点</strong></p>
<p>示例国际会议中心三楼报告厅</p>
<p>请各单位于6月18日前将参会回执报送至数字经济处邮箱，每家单位限报2人，参会人员请提前15分钟入场。</p>
</div></div><div class="footer">版权所有</div></body></html>`;
    const a = extractFile(Buffer.from(page, "utf8"), "page.html").article;
    expect(a.body).toContain("一、会议时间\n\n2025年6月24日（星期二）下午14:00");
    expect(a.publishedAt?.slice(0, 10)).toBe("2025-06-10");
  });
});

describe("blind batch 36: a spec list's field whose value is a spaced Latin model name", () => {
  it("reads 显卡：RTX 4060 Ti 16G as a field, a labelled menu of Han items still as a menu", () => {
    expect(vocabularyHit("显卡：RTX 4060 Ti 16G")).toBeNull();
    expect(vocabularyHit("型号：Mate 70 Pro Max")).toBeNull();
    expect(vocabularyHit("导航：首页 新闻 体育 科技")?.kind).toBe("navigation");
  });
});

describe("blind batch 36: a statement box after a short article, its notices and a short pitch line", () => {
  it("reads 转载此文请… as a reprint notice", () => {
    expect(vocabularyHit("本文由甲授权乙发表，并经乙编辑。转载此文请于文首标明作者姓名，保持文章完整性，并请附上出处及本页链接。")?.kind).toBe("disclaimer");
  });
  it("cuts the whole box, the pitch line under its notices too", () => {
    const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>示例公司关掉了C端App</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/ai">人工智能</a></div>
<div class="main"><h1>示例公司关掉了C端App</h1><div class="info">2025-03-14 10:26</div>
<div class="con">
<p>本周一，一家成立不到两年的大模型创业公司在各大应用商店下架了其面向个人用户的对话App，官网同步挂出公告，称将集中资源服务企业客户。</p>
<p>一位接近该公司的人士透露，C端业务每月的推理和投放成本超过两千万元，而付费转化率始终低于百分之一，投资机构要求公司收缩C端。</p>
<p>这并不是个例。过去半年，已有至少三家大模型公司裁撤或合并了C端产品团队，和大厂在免费对话产品上硬拼越来越难算过账。</p>
</div>
<div class="statement">
<p>本文经授权转载，文章内容仅代表作者独立观点，不代表本站立场。本站仅提供信息发布平台，如有侵权请联系我们删除。</p>
<p>本文由甲授权本站发表，并经本站编辑。转载此文请于文首标明作者姓名，保持文章完整性，并请附上出处及本页链接。</p>
<p>还不去下载示例APP，看看未来长什么样？</p>
</div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
</div><div class="footer">版权所有</div></body></html>`;
    const body = extractFile(Buffer.from(page, "utf8"), "page.html").article.body;
    expect(body).toMatch(/越来越难算过账。$/);
    expect(body).not.toContain("下载示例APP");
  });
});

describe("blind batch 36: a finance portal's quote chips for the stocks an article names", () => {
  it("reads 相关股票：X +3.41%Y -1.28% as related links, not the article's first line", () => {
    expect(vocabularyHit("相关股票：云算科技 +3.41%智算股份 -1.28%东岭数据 +0.57%")?.kind).toBe("related");
    expect(vocabularyHit("相关个股：示例科技 +1.20%")?.kind).toBe("related");
    expect(vocabularyHit("相关股票的走势分化明显，市场情绪谨慎。")).toBeNull();
  });
});
