/**
 * Rules from blind batch 47 (x9-b47-*: the known misses of batches 43–46, and adversarial cases
 * for batch 45's lone-paragraph rule). Each case fails without its rule; the counter-cases show
 * what each rule spares.
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { isShortFormOf } from "@/lib/ingest/metadata/resolve-source";
import { isOwnOffice } from "@/lib/ingest/metadata/own-site-source";
import { siteClaim } from "@/lib/ingest/metadata/source";

const extract = (html: string) => extractFile(Buffer.from(html), "page.html").article;

describe("a lone paragraph whose container's other lines are one box beside it (ownContainer)", () => {
  const page = (inner: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>城市大脑二期项目通过验收-东港日报</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/news/">新闻</a> <a href="/city/">城市</a> <a href="/about/">关于我们</a></div>
<div class="main"><h1>城市大脑二期项目通过验收</h1><div class="info">2026-12-04 来源：东港日报</div>
<div class="box">${inner}</div></div>
<div class="nav2"><a href="/a">热门一则新闻标题在这里</a> <a href="/b">热门二则新闻标题在这里</a></div></body></html>`;
  const lead =
    "<p>12月3日，东港市城市大脑二期项目通过专家验收。二期新增交通信号自适应控制、城市运行体征监测和应急指挥调度三大模块，接入全市两千余路视频和四十多个部门的数据，路口平均通行效率提升百分之十二，市民热线工单平均办结时间缩短一天。市大数据局表示，三期将重点建设面向企业的一网通办服务。</p>";
  const contacts = ["地址：东港市海滨路1号", "邮编：266000", "电话：0532-0000000", "传真：0532-0000001", "广告热线：0532-0000002", "发行热线：0532-0000003", "新闻热线：0532-0000004"];
  it("a contact box (关于本报, address, post code) is not the article's", () => {
    const a = extract(page(`${lead}<div class="ab"><div>关于本报</div>${contacts.map((c) => `<div>${c}</div>`).join("")}</div>`));
    expect(a.body).toContain("三期将重点建设面向企业的一网通办服务");
    expect(a.body).not.toContain("关于本报");
    expect(a.body).not.toContain("海滨路1号");
  });
  it("a programme table after the lead is still the article's own structure", () => {
    const rows = ["9:00-9:20 领导致辞 研究院院长", "9:20-9:50 主旨报告：评测方法的演进 评测所所长", "10:20-10:40 茶歇 —", "10:40-11:40 圆桌对话：评测如何服务产业 四家企业代表"];
    const table = `<table><tbody>${rows.map((r) => `<tr>${r.split(" ").map((c) => `<td>${c}</td>`).join("")}</tr>`).join("")}</tbody></table>`;
    const a = extract(page(`${lead}${table}`));
    expect(a.body).toContain("9:20-9:50 主旨报告：评测方法的演进 评测所所长");
    expect(a.body).toContain("10:40-11:40 圆桌对话");
  });
});

describe("a role word with 、 right after it (x6-b45-lab-recruitment-notice-job-items)", () => {
  const parse = (line: string) => {
    const into = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline(line, into, []);
    return into;
  };
  it("is one post in a list of posts, no credit label", () => {
    expect(parse("2026年冬季实习生招聘：研究实习生、工程实习生多个岗位开放申请").reporters).toEqual([]);
    expect(parse("诚聘文字记者、摄影记者、视频编辑若干名").reporters).toEqual([]);
  });
  it("a credit's names listed with 、 after the label are still names", () => {
    expect(parse("记者 王立、实习生 李芳").reporters).toEqual(["王立", "李芳"]);
    expect(parse("记者、编辑：张明").editors).toEqual(["张明"]);
  });
});

describe("an office named after the kind of body the site is (x6-b45-association-award-winners-list)", () => {
  const page = (credit: string) => `<!DOCTYPE html><html><head><meta charset="utf-8"><title>第五届青年科技论坛征文通知 - 东海人工智能学会</title></head><body>
<div class="nav"><a href="/"><img src="/logo.png" alt="东海人工智能学会"></a> <a href="/news/">学会动态</a> <a href="/notice/">通知公告</a></div>
<div class="main"><h2>第五届青年科技论坛征文通知</h2><p class="meta"><span>2026-12-02</span> <span>来源：${credit}</span></p>
<p>为促进青年科技工作者交流，东海人工智能学会定于2027年3月举办第五届青年科技论坛，现面向全省高校和科研院所征集论文，征文主题包括大模型、具身智能和人工智能安全。</p>
<p>论文须为未公开发表的原创成果，篇幅不超过八千字，请于2027年1月31日前通过论坛投稿系统提交，录用论文将收入论坛文集。</p></div>
<div class="foot">版权所有 东海人工智能学会</div></body></html>`;
  it("is the site's own office: the source is the site", () => {
    expect(extract(page("学会秘书处")).source).toBe("东海人工智能学会");
  });
  it("an office of another body keeps its credit", () => {
    expect(extract(page("大会秘书处")).source).toBe("大会秘书处");
  });
});

describe("a source line's short name for the body a source meta names in full (x6-b45-gov-policy-document-numbered-articles)", () => {
  it("keeps the full name's characters in order, first character first", () => {
    expect(isShortFormOf("江南省网信办", "江南省互联网信息办公室")).toBe(true);
    expect(isShortFormOf("东州市发改委", "东州市发展和改革委员会")).toBe(true);
    expect(isShortFormOf("中科院", "中国科学院")).toBe(true);
  });
  it("another body, or a name of two characters, is no short form", () => {
    expect(isShortFormOf("人民网", "人民日报")).toBe(false);
    expect(isShortFormOf("东州日报", "东州市人民政府")).toBe(false);
    expect(isShortFormOf("北大", "北京大学")).toBe(false);
  });
  const page = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>关于公布首批数据要素典型案例的通知</title>
<meta name="ContentSource" content="西岭省数据管理局"></head><body><div class="menu"><a href="/">首页</a> <a href="/tzgg/">通知公告</a></div>
<div class="art"><div class="tit">关于公布首批数据要素典型案例的通知</div><div class="info">发布日期：2026-12-01 信息来源：西岭省数据局</div>
<p>为推广数据要素市场化配置的经验做法，经各地推荐和专家评审，确定首批数据要素典型案例二十个，现予公布，请各地结合实际学习借鉴。</p>
<p>各地要加强案例宣传和经验交流，推动数据资源在公共服务、城市治理和产业发展中的开发利用，形成一批可复制的应用场景。</p></div></body></html>`;
  it("the page's source is the meta's full name", () => {
    expect(extract(page).source).toBe("西岭省数据管理局");
  });
});

describe("a name and a time stamp alone on the line under a text's headline (meta-b43-txt-ads-dianji-guanzhu-lines-mixed)", () => {
  const text = (line: string) =>
    extractFile(
      Buffer.from(`星环发布企业知识库大模型一体机\n${line}\n\n12月2日，星环发布企业知识库大模型一体机，预装检索增强和权限管理组件，开箱即可接入企业文档。\n\n公司表示，一体机面向金融、能源和制造企业，首批已在三家银行试点。\n`),
      "post.txt",
    ).article;
  it("names the post's account", () => {
    expect(text("算力前线 2026-12-02 08:15").source).toBe("算力前线");
  });
  it("a person, an office or a date without its time names no account", () => {
    expect(text("王建国 2026-12-02 08:15").source).toBeNull();
    expect(text("编辑部 2026-12-02 08:15").source).toBeNull();
    expect(text("算力前线 2026-12-02").source).toBeNull();
  });
});

describe("a question over its tally (dump-b44-w3m-qa-question-answerer-bio-zantong-bianjiyu)", () => {
  const dump = (tally: string) =>
    extractFile(
      Buffer.from(
        `首页发现等你来答\n推荐系统深度模型召回排序\n\n推荐系统还值得用深度模型重写吗？\n\n${tally}\n关注问题写回答邀请回答\n许闻川\n推荐算法工程师\n512 人赞同了该回答\n\n值得，但要分场景。召回阶段用深度模型收益明显，排序阶段的老模型如果调得好，重写的收益往往抵不上迁移成本。\n\n我们的做法是先在召回上替换，观察两个季度的线上指标，再决定排序要不要动。\n\n编辑于 2024-08-12 10:20・IP 属地杭州\n`,
      ),
      "qa.txt",
    ).article;
  it("is the page's title, not a deck under the topics line", () => {
    expect(dump("关注者 86 被浏览 12,400").title).toBe("推荐系统还值得用深度模型重写吗？");
  });
});

describe("a ministry's bare department (司) on its site (x7-b46-tw-ministry-news-roc-dash-date)", () => {
  it("is the site's own: a 司 of a ministry", () => {
    expect(isOwnOffice("資源管理司", "數位發展部")).toBe(true);
    expect(isOwnOffice("科技司", "中华人民共和国教育部")).toBe(true);
  });
  it("a company, a place's division or a division on a paper's site is not", () => {
    expect(isOwnOffice("星云科技有限公司", "数字发展部")).toBe(false);
    expect(isOwnOffice("东州市规划司", "数字发展部")).toBe(false);
    // a bureau's division answers for its text (the gold of site-policy-jiedu-nested-numbering-table)
    expect(isOwnOffice("数据资源处", "东江省数据管理局")).toBe(false);
    expect(isOwnOffice("数据资源处", "东江日报")).toBe(false);
  });
  it("the font buttons' label glued to the 来源 field ends it", () => {
    expect(siteClaim("发布时间：2026-12-04 15:20来源：数据资源处字体：大 中 小")?.name).toBe("数据资源处");
  });
});
