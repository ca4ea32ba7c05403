/**
 * Text dumps of text-mode browsers (w3m, lynx, html2text): the fixture folders with a
 * `source.txt` go through the real pipeline and must give the article as the page showed it,
 * and each dump rule (re-joining wrapped lines, link markers, reference lists, heading marks)
 * is checked on its own.
 */
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { parseText } from "@/lib/ingest/parse-text";
import { joinHyphenBreaks, rewrap, wrapColumn } from "@/lib/ingest/text-dump/rewrap";
import { stripLinkMarkers } from "@/lib/ingest/text-dump/link-markers";
import { splitColumns } from "@/lib/ingest/text-dump/columns";
import { dropRepeatedTails } from "@/lib/ingest/text-dump/repeated-tail";
import { displayWidth } from "@/lib/ingest/text-dump/display-width";
import { dumperNumbers } from "@/lib/ingest/text-dump/list-numbers";
import { joinBoxRows } from "@/lib/ingest/text-dump/box-rows";
import { shortLineWriting, structuredLines } from "@/lib/ingest/text-dump/structured-runs";
import { teaserFeedStart } from "@/lib/ingest/classify/teaser-feed";
import { datedFeedBlocks } from "@/lib/ingest/classify/dated-feed";
import { echoesTrail } from "@/lib/ingest/classify/crumb-title";
import { bodyScore } from "@/lib/eval/score";
import { foldForCompare } from "@/lib/text/fold";
import { ExpectedSchema } from "@/lib/eval/fixture-case";

// The one fixture format (lib/eval/fixture-case.ts), so the two tests cannot drift apart.
const Expected = ExpectedSchema;

const root = path.join(import.meta.dirname, "../fixtures/pages");
const dumps = fs.readdirSync(root).filter((d) => fs.existsSync(path.join(root, d, "source.txt")) && fs.existsSync(path.join(root, d, "expected.json")));

describe("text-dump fixtures", () => {
  it("has a case per dumper", () => {
    expect(dumps.length).toBeGreaterThanOrEqual(3);
  });
  for (const name of dumps) {
    it(name, () => {
      const dir = path.join(root, name);
      const expected = Expected.parse(JSON.parse(fs.readFileSync(path.join(dir, "expected.json"), "utf8")));
      const a = extractFile(fs.readFileSync(path.join(dir, "source.txt")), "source.txt").article;
      expect(a.format).toBe("text");
      // A field listed as known missing is held to that by html-fixtures.test.ts.
      const known = (field: "title" | "publishedAt" | "source" | "authors") => expected.knownMissing?.includes(field) === true;
      if (!known("title")) expect(foldForCompare(a.title)).toBe(foldForCompare(expected.title ?? ""));
      if (expected.publishedAt && !known("publishedAt")) expect(a.publishedAt?.slice(0, 10)).toBe(expected.publishedAt);
      if (expected.source && !known("source")) expect([a.source, a.originalPublisher, a.siteClaim]).toContain(expected.source);
      for (const author of known("authors") ? [] : expected.authors) expect([...a.authors, ...a.reporters]).toContain(author);
      // compared as text: a paragraph may hold ( ) . * that a pattern would read as syntax
      expect(a.paragraphs[0]?.slice(0, expected.firstParagraph.length)).toBe(expected.firstParagraph);
      expect(a.paragraphs.at(-1)?.slice(0, expected.lastParagraph.length)).toBe(expected.lastParagraph);
      for (const phrase of expected.mustNotContain) expect(a.body).not.toContain(phrase);
      const gold = path.join(dir, "body.txt");
      if (fs.existsSync(gold)) expect(bodyScore(a.body, fs.readFileSync(gold, "utf8")).f1).toBeGreaterThanOrEqual(0.97);
    });
  }
});

const line = (text: string, indent = 0) => ({ text, indent });

describe("re-joining hard-wrapped lines", () => {
  const wrapped = [
    line("去年三月起，市图书馆在主馆和两个分馆试行夜间开放，闭馆时间由晚上八点推迟到十一"),
    line("点。一年下来，夜间时段累计接待读者二十一万人次，全馆读者数量比上一年增长约三成"),
    line("，其中下班后前来自习的年轻人占了一半以上。"),
    line(""),
    line("图书馆负责人介绍，夜间开放并没有增加正式编制，而是通过调整排班、招募志愿者和引"),
    line("入自助借还设备来解决人手问题。"),
    line(""),
    line("短的一行"),
    line("另一行"),
  ];
  it("finds the wrap column and joins each paragraph's lines, without a space between Chinese", () => {
    expect(wrapColumn(wrapped)).toBeGreaterThanOrEqual(76);
    const out = rewrap(wrapped).filter((l) => l.text !== "");
    expect(out.map((l) => l.text)).toEqual([
      "去年三月起，市图书馆在主馆和两个分馆试行夜间开放，闭馆时间由晚上八点推迟到十一点。一年下来，夜间时段累计接待读者二十一万人次，全馆读者数量比上一年增长约三成，其中下班后前来自习的年轻人占了一半以上。",
      "图书馆负责人介绍，夜间开放并没有增加正式编制，而是通过调整排班、招募志愿者和引入自助借还设备来解决人手问题。",
      "短的一行",
      "另一行",
    ]);
  });
  it("joins English words with a space and keeps a bullet's continuation in its item", () => {
    const text = [
      "   The committee said on Tuesday that the new rules would apply to every operator from",
      "   next year, and that smaller firms would get another six months to comply with them.",
      "     * The first requirement concerns the data that operators must keep for inspection",
      "       and for how long they must keep it.",
      "     * A second one.",
      "   A closing line of the article that is short.",
    ].join("\n");
    const texts = parseText(text).map((b) => b.text);
    expect(texts[0]).toBe(
      "The committee said on Tuesday that the new rules would apply to every operator from next year, and that smaller firms would get another six months to comply with them.",
    );
    expect(texts[1]).toBe("The first requirement concerns the data that operators must keep for inspection and for how long they must keep it.");
    expect(texts.slice(2)).toEqual(["A second one.", "A closing line of the article that is short."]);
  });
  it("does not run a paragraph's last line on into a form's controls", () => {
    const lines = [...wrapped.slice(0, 3), line("[BUTTON Input] (not implemented)_____________________ [BUTTON Input]")];
    const out = rewrap(lines).filter((l) => l.text !== "");
    expect(out).toHaveLength(2);
    expect(out[0]!.text.endsWith("其中下班后前来自习的年轻人占了一半以上。")).toBe(true);
    expect(out[1]!.text).toContain("[BUTTON Input]");
  });
  it("joins a Latin name in brackets cut at its space, with the space, and nothing else", () => {
    // html2text breaks Chinese only at spaces: the name's space is where the line ended, far from any column.
    const lines = [
      line("（法新社羅馬19日電） 德國網球好手茲韋列夫（Alexander Zverev）今天以6比4、7比5擊敗智利選手賈瑞（Nicolas"),
      line("Jarry），在義大利公開賽拿下他2年前在法國公開賽受傷以來最重要的冠軍。"),
      line("世界排名第5的茲韋列夫（德國）今天再度封王，為下週末登場的法國公開賽做好暖身。" + "他說，「羅馬對我來說意義非凡。」".repeat(3)),
      line("賽後記者會（Press"),
      line("會後他離開了球場。"),
      line("簽名會（Fans)"),
      line("Meet) 下午舉行"),
    ];
    expect(rewrap(lines).map((l) => l.text)).toEqual([
      "（法新社羅馬19日電） 德國網球好手茲韋列夫（Alexander Zverev）今天以6比4、7比5擊敗智利選手賈瑞（Nicolas Jarry），在義大利公開賽拿下他2年前在法國公開賽受傷以來最重要的冠軍。",
      lines[2]!.text,
      "賽後記者會（Press",
      "會後他離開了球場。",
      "簽名會（Fans)",
      "Meet) 下午舉行",
    ]);
  });
  it("joins a number moved down whole at a space (8.13 億元), which is no numbered item", () => {
    const lines = [
      "大連港預期，去年全年盈利將按年下跌 15% 至 20% 。按中國會計準則計算，前年盈利為",
      "8.13 億元人民幣。",
      "",
      "公司表示，盈利倒退，主要由於油品業務受火災影響、兩個主要煉廠客戶停產檢修、油價",
      "倒掛令煉廠加工量下調等因素所致。",
      "",
      "1. 第一項",
      "2. 第二項",
    ].map((t) => line(t));
    expect(rewrap(lines).map((l) => l.text).filter(Boolean)).toEqual([
      "大連港預期，去年全年盈利將按年下跌 15% 至 20% 。按中國會計準則計算，前年盈利為8.13 億元人民幣。",
      "公司表示，盈利倒退，主要由於油品業務受火災影響、兩個主要煉廠客戶停產檢修、油價倒掛令煉廠加工量下調等因素所致。",
      "1. 第一項",
      "2. 第二項",
    ]);
  });
  it("leaves a one-paragraph-a-line text as it is", () => {
    const lines = ["第一段很长的文字。".repeat(12), "第二段也很长。".repeat(19), "第三段。".repeat(30), "短行"].map((t) => line(t));
    expect(wrapColumn(lines)).toBeNull();
    expect(rewrap(lines)).toEqual(lines);
  });
});

describe("link markers and widgets", () => {
  it("strips [12] markers and measures the linked share of the line", () => {
    const menu = stripLinkMarkers("[1]首页 [2]新闻 [3]城市 [4]文化");
    expect(menu.text).toBe("首页 新闻 城市 文化");
    expect(menu.linkDensity).toBe(1);
    const prose = stripLinkMarkers("据[12]新华社报道，市图书馆在主馆和两个分馆试行夜间开放，闭馆时间推迟到十一点。");
    expect(prose.text).toBe("据新华社报道，市图书馆在主馆和两个分馆试行夜间开放，闭馆时间推迟到十一点。");
    expect(prose.linkDensity).toBeLessThan(0.2);
  });
  it("strips images and form fields", () => {
    expect(stripLinkMarkers("[IMG] 标题 [                    ] (BUTTON) [//img.example.org/a.png]").text.trim()).toBe("标题");
  });
  it("keeps a line of links out of the body, even inside it", () => {
    const para = "市文化部门计划今年在另外三个区的分馆推广夜间开放，并将根据各馆周边的人流数据确定具体的开放时段。";
    const text = [para, "[7]全市新增二十处口袋公园 [8]地铁四号线延长线开通", para.replace("市文化", "区文化")].join("\n\n");
    const a = extractFile(Buffer.from(text), "x.txt").article;
    expect(a.body).not.toContain("口袋公园");
    expect(a.paragraphs).toHaveLength(2);
  });
  it("reads a lead opening with two links as prose, a headline link and its linked teaser as all link", () => {
    const rest = "正式发布，覆盖阅读理解、数学推理、代码生成、长文本摘要等十二类任务，题目总数超过一万八千道。";
    const lead = parseText(`　　[17]新智网北京3月5日电（记者林思远）记者今天从一家开源社区获悉，[18]大模型${rest}`)[0]!;
    expect(lead.linkDensity).toBeLessThan(0.3);
    const teaser = parseText(`[151]开源社区发布中文评测新基准[152]3月5日，${rest}`)[0]!;
    expect(teaser.linkDensity).toBe(1);
  });
});

describe("reference lists and headings", () => {
  it("removes a dump's reference list as a link list", () => {
    const body = "图书馆负责人介绍，夜间开放并没有增加正式编制，而是通过调整排班、招募志愿者和引入自助借还设备来解决人手问题。";
    const text = [body, body.replace("图书馆", "博物馆"), "References", "", "   1. http://www.example.org/a/very/long/path/to/another/article/on/the/site.html", "   2. javascript:void(0)"].join("\n");
    const a = extractFile(Buffer.from(text), "x.txt").article;
    expect(a.body).not.toMatch(/References|http|javascript/);
    expect(a.removed.some((r) => r.kind === "link-list" && r.text.includes("http://www.example.org"))).toBe(true);
  });
  it("reads framed and underlined headings as headings, without their marks", () => {
    const blocks = parseText(["****** 一款开源翻译模型发布 ******", "", "低资源语言表现提升明显", "======================", "正文。"].join("\n"));
    expect(blocks.map((b) => [b.text, b.heading])).toEqual([
      ["一款开源翻译模型发布", true],
      ["低资源语言表现提升明显", true],
      ["正文。", false],
    ]);
  });
});

describe("side-by-side columns", () => {
  const pad = (left: string, right: string, at = 50) => left + " ".repeat(Math.max(3, at - displayWidth(left))) + right;
  it("reads the left column of a layout band before the right one", () => {
    const lines = [
      pad("老街改造工程日前全部完工，沿街四十二栋百年", "• 城区公交线路下月调整"),
      pad("骑楼重新向市民和游客开放。改造保留了骑楼原", "• 暑假时间公布"),
      pad("有的立面和木质门窗，对梁柱进行了加固加固。", "• 新站道路年底通车"),
      pad("镇里还计划把老街与古渡口连成一条游览线路。", "• 夜间经济街区名单"),
    ];
    const segments = splitColumns(lines);
    expect(segments.map((s) => s.lines.map((l) => l.trim()))).toEqual([
      ["老街改造工程日前全部完工，沿街四十二栋百年", "骑楼重新向市民和游客开放。改造保留了骑楼原", "有的立面和木质门窗，对梁柱进行了加固加固。", "镇里还计划把老街与古渡口连成一条游览线路。"],
      ["• 城区公交线路下月调整", "• 暑假时间公布", "• 新站道路年底通车", "• 夜间经济街区名单"],
    ]);
    const body = parseText(lines.join("\n")).map((b) => b.text);
    expect(body[0]).toBe("老街改造工程日前全部完工，沿街四十二栋百年骑楼重新向市民和游客开放。改造保留了骑楼原有的立面和木质门窗，对梁柱进行了加固加固。镇里还计划把老街与古渡口连成一条游览线路。");
  });
  it("keeps the columns a band had when it runs on past its table over rows that keep only another strip free", () => {
    // article | sidebar | a narrow third column beside the first rows only; then a share bar as wide as
    // article and sidebar together closes their gutter while the third column's strip stays free.
    const three = (left: string, mid: string, right = "") => pad(pad(left, mid), right, 90).trimEnd();
    const lines = [
      three("老街改造工程日前全部完工，沿街四十二栋百年", "• 城区公交线路下月调整", "广告"),
      three("骑楼重新向市民和游客开放。改造保留了骑楼原", "• 暑假时间公布", "专题"),
      three("有的立面和木质门窗，对梁柱进行了加固加固。", "• 新站道路年底通车"),
      three("镇里还计划把老街与古渡口连成一条游览线路。", "• 夜间经济街区名单"),
      "分享到： 微博 微信 QQ空间 豆瓣 人人网 开心网 打印本页 关闭窗口 字号：大 中 小 纠错",
      "相关阅读：城区老街改造专题 古渡口游览线路规划公示 沿街商户经营指引发布",
    ];
    const segments = splitColumns(lines).map((s) => s.lines.map((l) => l.trim()).filter((l) => l !== ""));
    expect(segments[0]).toEqual(["老街改造工程日前全部完工，沿街四十二栋百年", "骑楼重新向市民和游客开放。改造保留了骑楼原", "有的立面和木质门窗，对梁柱进行了加固加固。", "镇里还计划把老街与古渡口连成一条游览线路。"]);
  });
  it("keeps a data table's rows whole when a band runs on past it", () => {
    // Figures in cells: a gutter stands between every cell, and a band kept from before a row closed
    // one of them would read each column of figures on its own, apart from the name it belongs to.
    // html2text's rows of a map's labels over a table whose later rows have fewer cells (names cut
    // short as it cuts them), then a picture's wrapped address and its caption.
    const lines = [
      "                                       城区乡",
      "                                       镇村",
      "                                       街道路",
      "行政区划     面积         人口   生产总值",
      "                 （平方公里（万人（亿人民币）[69][70]",
      "村街道路     1770           120.54   218.36",
      "    河湖山[71]724            45.37    57.82",
      "林�田园[72]   513            47.86    101.14",
      "    新东西[73]314            27.32    59.4",
      "    南�北中口51.4           3.1      岸港湾桥塘城[75]",
      "        区乡镇58.2           2.91",
      "村�街�道路河60.376]        3.16     湖山林田园",
      "        新东西52.276]        2.94",
      "[//img.example-city.cn/upload/photos/thumb/2023/0123/x",
      "Riverside_New_District_Community_Centre_20230123114516aa.jpg/220px-",
      "Riverside_New_District_Community_Centre_20230123114516aa.jpg]南北中口岸港湾桥塘城区乡镇村街道路河湖山",
    ];
    expect(splitColumns(lines).map((s) => s.lines)).toEqual([lines]);
  });
  it("leaves a data table of short cells as its rows", () => {
    const lines = ["城市      人口      面积", "甲市      120万     300", "乙市      80万      210", "丙市      45万      150"];
    expect(splitColumns(lines)).toEqual([{ lines, column: false }]);
  });
  it("leaves text without a gutter as one segment", () => {
    const lines = ["第一段文字，没有任何对齐的空白。", "", "第二段文字，也没有。"];
    expect(splitColumns(lines)).toEqual([{ lines, column: false }]);
  });
});

describe("a short article above a feed that outscores it", () => {
  const article = ["（本报讯）县城首家24小时自助图书馆昨天启用，馆内藏书约八千册，市民刷身份证即可借还图书。", "启用首日共有三百多人次入馆，借出图书四百余册，馆长表示图书每两周轮换一次。"];
  const teaser = "老城区雨污分流改造工程已完成九成以上，施工单位表示，剩余的支路管网将在本月中旬前全部接通，解放路和中山路两条主干道下周起恢复双向通行，沿线商户的临时围挡也将同步拆除，交通部门提醒市民提前规划出行路线，公交公司也将恢复三条线路的原有走向，并在施工路段增设临时站点。";
  it("ends the article at a related-list marker, even when the list scored higher", () => {
    // As w3m prints a feed: a bullet with the outlet and age, the headline link, the summary, indented.
    const item = (n: number, summary: string) => ["  • 山河日报·2 天前", "", `    [${n}]改造进入收尾阶段主干道下周恢复通行`, "", `    ${summary}`, ""];
    const text = [...article, "", "其他人也在看", "", ...item(6, teaser), ...item(7, teaser.replace("老城区", "新城区"))].join("\n");
    const a = extractFile(Buffer.from(text), "x.txt").article;
    expect(a.body).toContain("县城首家24小时自助图书馆");
    expect(a.body).not.toContain("雨污分流");
    expect(a.removed.some((r) => r.kind === "related" && r.text.includes("雨污分流"))).toBe(true);
  });
  it("drops markup a page printed as text", () => {
    const text = ["义大利公开赛 <a class=\"link\" href=\"https://example.org/tag/x\"", "data-x=\"y\">兹韦列夫</a>封王", "", ...article].join("\n");
    const a = extractFile(Buffer.from(text), "x.txt").article;
    expect(`${a.title}\n${a.body}`).not.toMatch(/href|<\/?a/);
  });
});

describe("form lines of a dump", () => {
  it("removes a login or comment box's lines as a form, whatever they say", () => {
    const article = "市图书馆自今年三月起试行夜间开放，闭馆时间由晚上八点推迟到十一点，一年下来夜间时段累计接待读者二十一万人次。";
    const text = [article, "", "点击登录 | 昵称： ____________________", "发表评论可同步到微博啦，登录立即体验！勾选后，如果您还没有开通微博，系统将自动为您激活并同步发表。 [Submit]", "", article.replace("市图书馆", "区图书馆")].join("\n");
    const a = extractFile(Buffer.from(text), "x.txt").article;
    expect(a.body).not.toContain("同步到微博");
    expect(a.removed.some((r) => r.kind === "form" && r.text.includes("同步到微博"))).toBe(true);
  });
});

describe("the wrap column of a short dump", () => {
  it("is found from two lines cut between Han characters at one width", () => {
    const lines = [
      "港鐵表示，為方便市民農曆新年外出，除迪士尼綫及部分輕鐵路綫外，列車服務於本",
      "月22日大除夕晚將通宵行駛。",
      "",
      "另外，機場快綫由星期日起，由12分鐘加密至10分鐘一班車，方便旅客來往市區及機",
      "場。",
    ].map((text) => ({ text, indent: 0 }));
    expect(rewrap(lines).map((l) => l.text).filter(Boolean)).toEqual([
      "港鐵表示，為方便市民農曆新年外出，除迪士尼綫及部分輕鐵路綫外，列車服務於本月22日大除夕晚將通宵行駛。",
      "另外，機場快綫由星期日起，由12分鐘加密至10分鐘一班車，方便旅客來往市區及機場。",
    ]);
  });
});

describe("preformatted and lynx-wrapped lines", () => {
  const han = (n: number) => "市图书馆在主馆和两个分馆试行夜间开放闭馆时间推迟到十一点".repeat(3).slice(0, n);
  it("finds the column of Han text though unwrapped code lines are wider", () => {
    const code = (k: number) => `docker run -p 2808${k}:8080 -e SPRING_DATASOURCE_URL="jdbc:mysql://db:3306/ConfigDB?characterEncoding=utf8" \\`;
    const lines = [han(40), han(12), "", code(0), code(1), code(2), code(3), "", han(40), han(40), han(5)].map((t) => line(t));
    expect(wrapColumn(lines)).toBe(80);
    const out = rewrap(lines).map((l) => l.text).filter(Boolean);
    expect(out[0]).toBe(han(40) + han(12));
    expect(out.filter((t) => t.startsWith("docker"))).toHaveLength(4);
  });
  it("never joins a frame's address or encoded data into text", () => {
    const lines = [han(40), han(40), han(10), "", "IFRAME: //ads.example/s?wid=195&hei=175&di=u4169799&s1=1993089717", "&s2=2067640428&ltu=https%3A%2F%2Fexample%2Fa%3Fb%3D1", "", han(40), han(3)].map((t) => line(t));
    const out = rewrap(lines).map((l) => l.text).filter(Boolean);
    expect(out).toContain("&s2=2067640428&ltu=https%3A%2F%2Fexample%2Fa%3Fb%3D1");
  });
});

describe("a dump's own structure", () => {
  it("keeps a listing of numbered entries with labelled fields, phone fields included, and drops the site's contact line", () => {
    const entries = [1, 2, 3, 4].flatMap((k) => [`${k}、第${k}号场馆`, `成人票原价：${k}0元`, `咨询电话：5879 28${k}8`]);
    const text = ["场馆门票半价", "", "本报讯 为迎接旅游日，本市多家场馆本周末推出门票半价优惠，市民凭身份证即可在现场购票，部分场馆同时开放线上预约。", ...entries, "特别提示：优惠活动期间部分场馆可能排队较久，请市民错峰出行，提前查询各场馆的开放时间。", "", "联系电话：027-88886666", "版权所有 江城晚报"].join("\n");
    const a = extractFile(Buffer.from(text), "x.txt").article;
    for (const e of entries) expect(a.paragraphs).toContain(e);
    expect(a.body).not.toContain("027-88886666");
  });
  it("cuts the next article of a page that scrolls on, after the first one's footer", () => {
    const first = "记者从市交通部门获悉，城北大道上新建的两座过街天桥将于本周五正式开放，天桥两端都设置了无障碍电梯，附近公交站也会作相应调整。";
    const next = "每天清晨六点，老茶馆的门板一卸下来，就有老街坊拎着鸟笼进门了，茶馆开了三十年，去年因为老街改造搬到了新街区。";
    const second = "交通部门表示，天桥开放后原有的两处平面人行横道将同步取消，提醒市民留意现场指示牌。";
    const text = ["城北新建两座过街天桥本周开放", "2024-05-20 13:09", "", first, "", second, "", "以上内容为用户上传并发布，本平台仅提供信息存储服务", "举报", "", "三十年老茶馆搬进新街区", "2023-06-01 00:48", "", ...Array.from({ length: 6 }, (_, k) => `${k + 1}. ${next}`)].join("\n");
    const a = extractFile(Buffer.from(text), "x.txt").article;
    expect(a.paragraphs).toEqual([first, second]);
    expect(a.removed.some((r) => r.reason.includes("scrolls on"))).toBe(true);
  });
});

describe("code blocks in a dump", () => {
  it("marks a block of commands as the article's own, not wrapped encoded data", () => {
    const commands = ["version=2.0.1", "docker stop config && docker rm config", "docker run -p 28080:8080 \\", "  -e SPRING_DATASOURCE_USERNAME=$dbuser \\", "sleep 30s"];
    const encoded = ["/www.example.com/news/20240520/", "1676288.shtml%3Ffr%3Dwwwnews_index%3Farg%3D__adexp&amp;uid=&amp;scr=1920x1080&amp;", "bit&amp;lang=zh-cn&amp;java=0&amp;cc=undefined&amp;pf=Win32&amp;tz=-", "8&amp;flash=-&amp;ct=-"];
    expect([...structuredLines(["正文的第一段。", ...commands, "正文的第二段。"])]).toEqual([1, 2, 3, 4, 5]);
    expect(structuredLines(["正文的第一段。", ...encoded, "正文的第二段。"]).size).toBe(0);
  });
});

describe("writing broken into short lines", () => {
  const phrases = ["那天下午，", "我们走到了湖边", "风很轻", "水面很平，", "一只白鹭", "从芦苇里飞出来", "停在对岸的石头上", "孩子们不说话了，", "都看着它", "过了很久", "它才又飞走", "天慢慢暗下来", "路灯一盏一盏亮起", "我们往回走", "谁也没有说话，", "但心里都很满足", "回到家里", "饭已经做好了", "妈妈问去了哪里", "我说去看鸟了"];
  it("takes a run of phrases with lines stopping on a comma as prose, and a product link among them as a link", () => {
    // A product name as rewrap() gives it back, one line however long.
    const box = ["[3]【限时折扣】户外望远镜高清高倍夜视专业级观鸟便携双筒望远镜儿童成人旅行演唱会专用男女通用"];
    const texts = ["[1]首页 [2]游记", "", ...phrases.slice(0, 10), "", ...box, "", ...phrases.slice(10)];
    const { phrases: marked, boxes } = shortLineWriting(texts);
    expect(marked.size).toBe(phrases.length);
    expect([...boxes]).toEqual([13]);
    expect(structuredLines(texts).has(0)).toBe(false);
  });
  it("leaves a list of headlines or a menu alone: none of its lines stops on a comma", () => {
    const headlines = phrases.map((p) => p.replace(/，$/, ""));
    expect(shortLineWriting(headlines).phrases.size).toBe(0);
    expect(shortLineWriting(phrases.map((p) => `* ${p}`)).phrases.size).toBe(0);
  });
  it("ends the run at the boilerplate after a post", () => {
    const texts = [...phrases, "上一篇：湖边的黄昏", "下一篇：冬天的早晨", "欢迎留言，", "说说你的看法"];
    expect(Math.max(...shortLineWriting(texts).phrases)).toBe(phrases.length - 1);
  });
});

describe("a feed of teasers under the article", () => {
  const prose = (text: string) => ({ prose: true, text });
  const line = (text: string) => ({ prose: false, text });
  const article = [line("标题"), prose("正文第一段，讲的是一件事情的来龙去脉，篇幅足够长，读起来是完整的句子，也有足够多的字数。"), prose("正文第二段，继续把事情讲完，同样是完整的句子，字数也够多，读者能看明白前因后果。"), prose("正文第三段，交代事情的结果和各方的反应，同样是完整的句子。")];
  const entry = (k: number) => [line(`另一篇文章的标题${k}`), line("某某的博客"), line(`0${k}-1${k}   12${k}`), prose(`另一篇文章的摘要${k}，读起来像一段正文，但其实只是下面这个列表里的一条预告而已。`)];
  it("is cut at its first headline after three entries of headline, bare date and snippet", () => {
    expect(teaserFeedStart([...article, line("点赞"), ...entry(1), ...entry(2), ...entry(3)], 1)).toBe(5);
  });
  it("leaves two such entries, and a page that is only a feed, alone", () => {
    expect(teaserFeedStart([...article, ...entry(1), ...entry(2)], 1)).toBeNull();
    expect(teaserFeedStart([...entry(1), ...entry(2), ...entry(3)], 0)).toBeNull();
  });
});

describe("a feed of dated teasers anywhere on the page", () => {
  const block = (norm: string, o: { dateline?: boolean; prose?: boolean; core?: boolean } = {}) => ({ norm, length: norm.replace(/\s+/g, "").length, dateline: o.dateline ?? false, prose: o.prose ?? false, core: o.core ?? false });
  const when = ["市场 • 2 小时前", "快讯 • 5 小时前", "news • 昨天", "news • 前天", "news • 2024年6月3日", "news • 2024年6月2日"];
  const feed = when.flatMap((w, k) => [block(w), block(`第${k}条预告：某地出台新规，市场反应平稳，分析人士认为影响有限。`, { prose: true })]);
  const article = [block("本市今年上半年新增就业岗位十二万个，同比增长百分之八，其中服务业吸纳就业占比超过六成，制造业岗位也有所回升，就业形势总体稳定。市人社局有关负责人介绍，上半年共举办各类招聘活动四百余场，帮助两万多名高校毕业生实现就业，并为困难人员提供公益性岗位三千个。下半年，全市将继续落实稳岗补贴政策，加大对中小企业吸纳就业的支持力度，确保全年就业目标顺利完成。", { prose: true })];
  it("takes every date line and the teaser beside it, above or below the article", () => {
    expect([...datedFeedBlocks([...feed, ...article])]).toEqual(feed.map((_, k) => k));
    expect([...datedFeedBlocks([...article, ...feed])]).toEqual(feed.map((_, k) => k + 1));
  });
  it("leaves four entries, an article whose paragraphs are long, and a page that is only a feed", () => {
    expect(datedFeedBlocks([...feed.slice(0, 8), ...article]).size).toBe(0);
    const long = when.flatMap((w) => [block(w), article[0]!, article[0]!]);
    expect(datedFeedBlocks([...long, ...article]).size).toBe(0);
    expect(datedFeedBlocks(feed).size).toBe(0);
  });
});

describe("a picture printed as its relative address", () => {
  it("drops the bracketed address wrapped over lines, and keeps a bracket of words", () => {
    const text = [
      "   大桥主桥顺利合龙，建成后将把江心洲与主城区的通行时间缩短到十分钟以内。",
      "   [8f3a1c90d2b64e7f9a05~tplv-obj.image?_iz=31825&amp;from=arti",
      "   cle.pc_detail&amp;x-signature=Qx7Lm2Rt9Vb4%3D]",
      "",
      "   合龙后的大桥主桥。 记者 周晓岚 摄 [see the full gallery of photos at the end]",
    ].join("\n");
    const blocks = parseText(text).map((b) => b.text);
    expect(blocks.join("\n")).not.toMatch(/tplv|x-signature/);
    expect(blocks.join("\n")).toContain("[see the full gallery of photos at the end]");
  });
});

describe("a picture printed as its alt, then the same words as its caption", () => {
  it("is an entry of a list of pictures, not a sentence", () => {
    const blocks = parseText("[身份证过期了怎么办？身份证异地可以补办吗？] 身份证过期了怎么办？身份证异地可以补办吗？\n\n[图片] 社保卡丢失后，应第一时间拨打服务热线挂失，避免卡片被他人冒用。");
    expect(blocks.map((b) => b.listItem)).toEqual([true, false]);
  });
});

describe("a full stop moved down alone", () => {
  it("ends a caption at its photographer's credit, however near the column", () => {
    const lines = [
      line("当地时间10月6日，智利北部港口城市安托法加斯塔举行一年一度的海洋节，数千名市民和"),
      line("游客参加了海上游行、传统捕鱼表演和海鲜美食展等活动，主办方还安排了烟花表演。"),
      line(""),
      line("据主办方介绍，海洋节已连续举办二十余年，今年首次增设了海洋环保主题展区，向公众介"),
      line("绍近海生态保护和渔业资源可持续利用的知识。"),
      line(""),
      line("10月6日，在智利安托法加斯塔，孩子们在海洋环保主题展区参观。新华社记者王嘉宁摄"),
      line("举报"),
    ];
    expect(rewrap(lines).filter((l) => l.text !== "").map((l) => l.text).slice(-2)).toEqual(["10月6日，在智利安托法加斯塔，孩子们在海洋环保主题展区参观。新华社记者王嘉宁摄", "举报"]);
  });
  // The cut line is not the dump's widest, and no wrap column is found: only the punctuation tells.
  it("joins a line opening with clause punctuation to the Han text above it", () => {
    const menu = [line("首页 新闻 财经"), line("")];
    const text = [line("统计部门最新公布的数据显示，本地制造业出口订单指数连续第三个月回升，电子产品订单增长最为明显", 3), line("。 调查显示，受访企业对未来三个月的订单前景普遍乐观。", 3)];
    const out = rewrap([...menu, ...text, line(""), line("分析人士认为，外部需求回暖带动了出口，但汇率波动和海外市场的不确定性仍需关注，企业订单能否在下半年持续回升还要继续观察。", 3)]).filter((l) => l.text !== "");
    expect(out.map((l) => l.text)).toContain("统计部门最新公布的数据显示，本地制造业出口订单指数连续第三个月回升，电子产品订单增长最为明显。 调查显示，受访企业对未来三个月的订单前景普遍乐观。");
  });
});

describe("a lone wrapped paragraph (no wrap column to find)", () => {
  const menu = line("首页 - 新闻 - 社区 - 民生 - 视频", 3);
  it("joins the dump's widest line with its continuation when it stops inside a sentence", () => {
    const first = "昨天下午，区图书馆在二楼阅览室为附近的小学生开设了周末作业辅导角，十几名退休教师轮流值";
    const out = rewrap([menu, line(""), line(first, 3), line("班，每周六和周日下午免费答疑。", 3)]).filter((l) => l.text !== "");
    expect(out.map((l) => l.text)).toContain(`${first}班，每周六和周日下午免费答疑。`);
  });
  it("leaves the widest line alone when it ends a sentence", () => {
    const whole = "昨天下午，区图书馆在二楼阅览室为附近的小学生开设了周末作业辅导角，十几名退休教师轮流值班。";
    const out = rewrap([menu, line(""), line(whole, 3), line("每周六和周日下午免费答疑。", 3)]).filter((l) => l.text !== "");
    expect(out).toHaveLength(3);
  });
});

describe("a widget's text repeated after every paragraph", () => {
  const at = (text: string) => ({ text, indent: 0 });
  it("removes the tail wherever the lines cut it, and a line that held only the tail", () => {
    const lines = [
      at("今年以来，全市充电设施建设明显提速。中译英【Machine"),
      at("translation by Example API】，译文仅供参考。"),
      at(""),
      at("新建的充电桩主要集中在商业综合体周边。中译英【Machine translation by Example API】，译文仅供参考。"),
      at(""),
      at("部分充电桩存在被燃油车占位的问题。"),
      at("中译英【Machine translation by Example API】，译文仅供参考。"),
    ];
    expect(dropRepeatedTails(lines).map((l) => l.text)).toEqual([
      "今年以来，全市充电设施建设明显提速。",
      "",
      "新建的充电桩主要集中在商业综合体周边。",
      "",
      "部分充电桩存在被燃油车占位的问题。",
    ]);
  });
  it("keeps a sentence repeated after the same words (a headline after its kicker) or said apart from other text", () => {
    const headline = [
      at("独家：四个综艺节目被停播，你看过几个？真是没有一个值得同情的节目！"),
      at("• [12]四个综艺节目被停播，你看过几个？真是没有一个值得同情的节目！-图1"),
      at("• [13]四个综艺节目被停播，你看过几个？真是没有一个值得同情的节目！-图2"),
      at("相关：四个综艺节目被停播，你看过几个？真是没有一个值得同情的节目！"),
    ];
    expect(dropRepeatedTails(headline)).toEqual(headline);
    const refrain = [at("我们众里寻你，用爱的声音一呼百应。"), at(""), at("我们众里寻你，用爱的声音一呼百应。"), at(""), at("我们众里寻你，用爱的声音一呼百应。")];
    expect(dropRepeatedTails(refrain)).toEqual(refrain);
  });
});

describe("a long line cut after a hyphen (html2text)", () => {
  const at = (text: string) => ({ text, indent: 0 });
  const long = "首批交付的二十辆巡逻车由本地一家新能源汽车企业研制生产，型号为ZK-2024-";
  it("joins the code or range the cut split", () => {
    expect(joinHyphenBreaks([at(long), at("A1，续航里程可达三百公里。")]).map((l) => l.text)).toEqual([`${long}A1，续航里程可达三百公里。`]);
  });
  it("leaves a short line, a blank line between, and a line going on in Chinese", () => {
    const cases = [[at("型号ZK-"), at("A1")], [at(long), at(""), at("A1，续航里程可达三百公里。")], [at(long), at("续航里程可达三百公里。")]];
    for (const lines of cases) expect(joinHyphenBreaks(lines)).toEqual(lines);
  });
});

describe("a headline the breadcrumb names", () => {
  const trail = ["首页 > 期刊要览 > 城市规划与治理 > 2024年第2期"];
  it("is a line spelling the trail's last crumbs, title marks aside", () => {
    expect(echoesTrail("《城市规划与治理》2024年第2期", trail)).toBe(true);
    expect(echoesTrail("2024年第2期", trail)).toBe(true);
  });
  it("is not a box label, the site's home or a trail of two crumbs", () => {
    expect(echoesTrail("书刊信息", trail)).toBe(false);
    expect(echoesTrail("首页期刊要览", trail)).toBe(false);
    expect(echoesTrail("城市规划与治理", ["首页 > 城市规划与治理"])).toBe(false);
  });
});

describe("a dumper's ordered-list numbers", () => {
  const prose = "不少读者留言问，能不能不联网、不花钱，在自己的笔记本上跑一个开源大模型。";
  it("are the items deeper than the text's edge, numbered in sequence", () => {
    const lines = [line(prose), line("1. 下载并安装一个本地模型运行工具。", 1), line("2. 打开终端，确认工具已经装好。", 1), line(prose)];
    expect([...dumperNumbers(lines).keys()]).toEqual([1, 2]);
  });
  it("are not a number typed at the text's edge, nor a lone deeper number", () => {
    expect(dumperNumbers([line(prose), line("1. 下载并安装一个本地模型运行工具。"), line("2. 打开终端。"), line(prose)]).size).toBe(0);
    expect(dumperNumbers([line(prose), line("2024. 年度回顾", 2), line(prose)]).size).toBe(0);
  });
});

describe("lynx's superscript caret", () => {
  it("goes with the citation link it marks, and stays in a formula", () => {
    expect(stripLinkMarkers("测试成绩也几乎都接近满分^[5][1]。但").text).toBe("测试成绩也几乎都接近满分。但");
    expect(stripLinkMarkers("面积为 x^2 平方米").text).toBe("面积为 x^2 平方米");
  });
});

describe("Markdown marks of a caption and a quote", () => {
  it("leave the words: *caption*, > tip; a bullet's star stays", () => {
    expect(stripLinkMarkers("*测试在一间会议室内进行*").text).toBe("测试在一间会议室内进行");
    expect(stripLinkMarkers("> 测试提示：各产品均使用默认设置。").text).toBe("测试提示：各产品均使用默认设置。");
    expect(stripLinkMarkers("* 第一项").text).toBe("* 第一项");
  });
});

describe("a drawn table's row wrapped over lines", () => {
  const table = [
    "┌─────────┬─────────┬────────────┐",
    "│  模型   │最低显存 │    备注    │",
    "│         │  配置   │            │",
    "├─────────┼─────────┼────────────┤",
    "│启明     │两张80GB │量化八比特后│",
    "│R1-32B   │显卡     │，可降一张卡│",
    "├─────────┼─────────┼────────────┤",
    "│曜石     │四张80GB │一体机方案，│",
    "│-70B     │显卡     │价格另议    │",
    "└─────────┴─────────┴────────────┘",
  ];
  it("is one line of whole cells in a table of remarks or figures", () => {
    expect(joinBoxRows(table)).toEqual([
      table[0], "│模型│最低显存配置│备注│", table[3], "│启明R1-32B│两张80GB显卡│量化八比特后，可降一张卡│", table[6], "│曜石-70B│四张80GB显卡│一体机方案，价格另议│", table[9],
    ]);
  });
  it("leaves a grid of headlines, and rows with no border above, alone", () => {
    const grid = ["┌────────┬────────┬────────┐", "│留日学生│管不好猪│女市长撑│", "│机场刺母│因没管好│起亿家族│", "├────────┼────────┼────────┤", "│特型演员│葛优背后│色贪官十│", "│稀缺怎么│真正老板│大致命处│", "└────────┴────────┴────────┘"];
    expect(joinBoxRows(grid)).toEqual(grid);
    expect(joinBoxRows(["│a│b│c│", "│d│e│f│"])).toEqual(["│a│b│c│", "│d│e│f│"]);
  });
});

describe("a Markdown picture's caption", () => {
  it("is the article's own line: whole-line italics right under the picture", () => {
    const blocks = parseText("![现场](https://img.example.org/a.jpg)\n\n*测试在一间会议室内进行*\n\n*不在图片下的斜体行*\n");
    expect(blocks.map((b) => [b.text, b.core === true])).toEqual([
      ["测试在一间会议室内进行", true],
      ["不在图片下的斜体行", false],
    ]);
  });
});
