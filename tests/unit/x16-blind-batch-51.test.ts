/**
 * Rules from blind batch 51 (x16-b51-*, x16-b51b-*: HTML page shapes on invented sites). Each
 * describe names its rule's cases; the tests fail without the rule, the counter-cases show what
 * each rule spares.
 */
import { describe, expect, it } from "vitest";
import { findDates } from "@/lib/ingest/metadata/dates";
import { sectionMarker } from "@/lib/ingest/classify/vocabulary";
import { foldLine } from "@/lib/text/fold";
import { writerCardItems } from "@/lib/ingest/classify/writer-card";
import { extract, hit, names, page, PARAS, paras } from "../helpers/invented-news-page";

describe("a footer link's words in the middle of a long sentence are the article's (x16-b51-correction-note-…, x16-b51b-footer-word-inside-long-sentence-of-body)", () => {
  it("a clause and its comma before 招聘信息 / 意见反馈, a sentence's end after: no footer links", () => {
    expect(hit("在市高新区一栋写字楼的十二层，一家成立不到三年的公司正在招人。公司门口的电子屏上滚动着招聘信息：AI训练师、对话设计师、质检专员，月薪六千到一万二。")).toBeNull();
    expect(hit("为了尽快了解用户对新产品的真实评价，开发团队在应用首页的显眼位置增加了意见反馈入口，上线一周就收到了两万多条反馈。")).toBeNull();
  });
  it("the site's own links stay footer links, with bars or short", () => {
    expect(hit("关于我们 | 联系我们 | 招聘信息 | 意见反馈")?.kind).toBe("navigation");
    expect(hit("转载请注明出处，如有侵权请联系我们。")).not.toBeNull();
  });
});

describe("a page control's word in brackets ends a byline's names (x16-b51-han-numeral-date-…, x16-b51b-reporter-names-then-bracketed-buttons-…)", () => {
  it("记者 X 通讯员 Y 【打印】 【关闭】: no 打印 among the names", () => {
    expect(names("二〇二六年十二月八日 星期二 来源：澜江日报 记者 韩澄 通讯员 吕一鸣 【打印】 【关闭】").reporters).toEqual(["韩澄", "吕一鸣"]);
    expect(names("发布时间：2026-11-19 16:40 来源：青川在线 记者 苗青禾 通讯员 杜远山 【收藏】 【打印】").reporters).toEqual(["苗青禾", "杜远山"]);
  });
});

describe("a colon label's names end at the row's first bar (x16-b51-zuozhe-label-two-names-…, x16-b51b-zuozhe-two-names-bar-channel-bar-time)", () => {
  it("作者：X Y|time|来源：Z and 作者：X Y | channel | time: both names, no channel", () => {
    expect(names("作者：温景行 霍晴川|2026-11-30 16:05|来源：极数派").authors).toEqual(["温景行", "霍晴川"]);
    expect(names("作者：祝明澈 詹若溪 | 前沿研究 | 2026-11-24 20:10").authors).toEqual(["祝明澈", "詹若溪"]);
  });
  it("a bar-separated list of names after the colon is still read whole", () => {
    expect(names("作者：陆远｜沈星禾").authors).toEqual(["陆远", "沈星禾"]);
  });
});

describe("a slashed date with its year last is read where one number cannot be a month (x16-b51-us-slash-…, x16-b51b-day-first-slash-date-…)", () => {
  const day = (s: string) => findDates(s).map((d) => d.iso.slice(0, 10));
  it("11/23/2026 10:15 is month first; 18/11/2026 14:20 day first", () => {
    expect(day("11/23/2026 10:15")).toEqual(["2026-11-23"]);
    expect(day("18/11/2026 14:20")).toEqual(["2026-11-18"]);
  });
  it("05/06/2026 and 08/12/2026 say nothing of their order: unread", () => {
    expect(day("05/06/2026")).toEqual([]);
    expect(day("星期二 · 08/12/2026")).toEqual([]);
  });
  it("the reporter before place报导 and such a date is read", () => {
    expect(names("记者林以安／圣荷西报导 11/23/2026 10:15").reporters).toEqual(["林以安"]);
  });
});

describe("延伸阅读：with its one item on the line is a link, not a list's heading (x16-b51-related-news-…, x16-b51b-xiangguan-yuedu-…)", () => {
  it("the labelled item is not an opener; the bare label is", () => {
    expect(sectionMarker(foldLine("延伸阅读：一文读懂大模型企业的招股书"))).toBeNull();
    expect(sectionMarker(foldLine("相关阅读：人形机器人量产元年"))).toBeNull();
    expect(sectionMarker(foldLine("延伸阅读"))?.opensSection).toBe(true);
    expect(sectionMarker(foldLine("推荐阅读："))?.opensSection).toBe(true);
  });
  it("the paragraphs under the link stay in the body", () => {
    const html = page("2026-12-05 07:30 作者：欧阳晴", paras(PARAS.slice(0, 2)) + `<p><strong>延伸阅读：</strong><a href="/a/1.html">一文读懂大模型企业的招股书</a></p>` + paras(PARAS.slice(2)));
    const a = extract(html);
    expect(a.body).toContain(PARAS[3]);
    expect(a.body).not.toContain("一文读懂大模型企业的招股书");
  });
});

describe("a correction notice is the desk's, and its date is not the publication's (x16-b51-correction-note-…, x16-b51b-kanwu-notice-…)", () => {
  it("【更正说明】本文于…更新 and 【勘误】文中… are no body; the info row's date stands", () => {
    for (const note of [
      "【更正说明】本文于2026年11月17日更新：原文第三段中“年营收约六亿元”应为“年营收约六千万元”，特此更正并致歉。",
      "【勘误】文中“降幅从两成到五成”应为“降幅从一成到五成”。本文已于2026年11月17日修改。",
    ]) {
      const a = extract(page("2026-11-16 08:12　来源：某报　记者 贝嘉树", `<div class="fix">${note}</div>` + paras(PARAS)));
      expect(a.body).not.toContain(note.slice(0, 8));
      expect(a.body).toContain(PARAS[0]);
      expect(a.publishedAt?.slice(0, 10)).toBe("2026-11-16");
    }
  });
  it("a paragraph telling of a correction elsewhere stays", () => {
    expect(hit("更正后的数据显示，三季度大模型接口调用量环比增长近七成，其中企业客户贡献了主要增量。")).toBeNull();
  });
});

describe("whose views these are, said of the writer without 观点/立场 after 本人 (x16-b51-authorized-repost-…, x16-b51b-wenzhang-neirong-…)", () => {
  it("文章观点仅代表作者本人, 文章内容仅代表作者本人: a disclaimer", () => {
    expect(hit("本文为转载内容，授权事宜请联系原著作权人。文章观点仅代表作者本人，不代表深几度立场。")?.kind).toBe("disclaimer");
    expect(hit("文章内容仅代表作者本人，如有疑问请联系编辑部。")?.kind).toBe("disclaimer");
  });
});

describe("a writer's card closing the body: bare name, one line of post and beat (x16-b51-authorized-repost-…, x16-b51b-writer-card-…, x12-b49-author-card-…)", () => {
  it("the two lines are cut; the article stays", () => {
    const card = `<div class="card"><p>褚怀瑾</p><p>远帆商业高级记者，专注科技公司全球化报道</p></div>`;
    const a = extract(page("文｜褚怀瑾　2026-12-01 07:50", paras(PARAS) + card));
    expect(a.body).toContain(PARAS[3]);
    expect(a.body).not.toContain("专注科技公司全球化报道");
    expect(writerCardItems([...PARAS, "褚怀瑾", "远帆商业高级记者，专注科技公司全球化报道"])).toBe(2);
  });
  it("a closing sentence under a name, or a short body, is left alone", () => {
    expect(writerCardItems([...PARAS, "褚怀瑾", "记者手记：这次采访让我重新认识了出海这件事。"])).toBe(0);
    expect(writerCardItems([PARAS[0]!, "褚怀瑾", "远帆商业高级记者，专注科技公司全球化报道"])).toBe(0);
  });
});

describe("a paragraph that is one link between two paragraphs is another article's headline (x16-b51-related-news-…, x16-b51b-arrow-linked-headline-…)", () => {
  it("▶ / → linked headline lines are cut; the paragraphs around stay", () => {
    for (const link of ["▶ 大模型第一股上市首日破发，市场在担心什么？", "→ 智能座舱芯片进入“大算力”时代"]) {
      const html = page("2026-12-05 07:30 作者：欧阳晴", paras(PARAS.slice(0, 2)) + `<p><a href="/a/2.html">${link}</a></p>` + paras(PARAS.slice(2)));
      const a = extract(html);
      expect(a.body).not.toContain(link.slice(2, 12));
      expect(a.body).toContain(PARAS[1]);
      expect(a.body).toContain(PARAS[2]);
    }
  });
  it("a reference link's title under a retold story (few Han characters) stays", () => {
    for (const link of ["Igaluk - Wiki", "月が綺麗ですね -- pixiv百科"]) {
      const a = extract(page("2026-12-05 07:30 作者：欧阳晴", paras(PARAS.slice(0, 2)) + `<p><a class="link" href="https://example.org/wiki">${link}</a></p>` + paras(PARAS.slice(2))));
      expect(a.body).toContain(link);
    }
  });
  it("a paragraph with a link inside its sentence stays", () => {
    const linked = `<p>据<a href="/a/3.html">此前报道</a>，这家公司在今年三月完成了新一轮融资，投后估值超过两百亿元，投资方包括多家国资基金。</p>`;
    const a = extract(page("2026-12-05 07:30 作者：欧阳晴", paras(PARAS.slice(0, 2)) + linked + paras(PARAS.slice(2))));
    expect(a.body).toContain("投后估值超过两百亿元");
  });
});

describe("报道：X / 报导：X at a field's start is the reporter's label (x16-b51b-day-first-slash-date-…, x16-b51b-baodao-label-…)", () => {
  it("the name after the label is the reporter's, a slashed date after it cut out", () => {
    expect(names("报道：伍嘉恩 18/11/2026 14:20").reporters).toEqual(["伍嘉恩"]);
    expect(names("报导：符蕴仪 发布：2026年11月29日 16:05").reporters).toEqual(["符蕴仪"]);
  });
  it("此前报道：, a name's own 报道： and 据X报道： are no label", () => {
    expect(names("此前报道：港媒称 三家 公司")).toEqual({ authors: [], reporters: [], editors: [] });
    expect(names("记者李琛奇、通讯员陈发明报道：“十二五”时期").reporters).toEqual(["李琛奇", "陈发明"]);
    expect(names("据新华社报道：美方 宣布")).toEqual({ authors: [], reporters: [], editors: [] });
  });
  it("the byline element's 报导：X is the writer, not an outlet in the author slot", () => {
    const html = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>银行推AI理财顾问 | 某时讯</title></head><body>
<ul class="main-menu"><li><a href="/">首页</a></li><li><a href="/finance">财经</a></li></ul><article class="story"><h1>银行推AI理财顾问</h1>
<div class="story-byline"><span>报导：符蕴仪</span> <span>发布：2026年11月29日 16:05</span></div><div class="story-content">${paras(PARAS)}</div></article></body></html>`;
    const a = extract(html);
    expect([...a.authors, ...a.reporters]).toEqual(["符蕴仪"]);
    expect(a.source).not.toBe("报导：符蕴仪");
  });
});
