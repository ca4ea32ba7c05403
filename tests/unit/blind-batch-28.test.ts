/**
 * Rules asked for by blind batch 28 (plain-text dumps of news pages: lynx, w3m, html2text,
 * browser and reader-mode copies, an RSS item, a newswire release). Each case fails without
 * its rule.
 */
import { describe, expect, it } from "vitest";
import { stripLinkMarkers } from "@/lib/ingest/text-dump/link-markers";
import { extractFile } from "@/lib/ingest/extract-file";
import { parseText } from "@/lib/ingest/parse-text";
import { parseByline } from "@/lib/ingest/metadata/byline";

const extract = (lines: string[]) => extractFile(Buffer.from(lines.join("\n")), "x.txt").article;
const para = "区图书馆自今年三月起试行夜间开放，闭馆时间由晚上八点推迟到十一点，一年下来夜间时段累计接待读者二十一万人次，其中下班后前来自习的年轻人占了一半以上。";

describe("html2text Markdown", () => {
  it("keeps a link's text, drops images (a linked logo too) and bold marks, and measures links as numbered ones", () => {
    expect(stripLinkMarkers("来源：[江城日报](https://www.example.org/) 作者：[记者 张三](/author/12/)").text).toBe("来源：江城日报 作者：记者 张三");
    expect(stripLinkMarkers("[![江城网](https://www.example.org/logo.png)](https://www.example.org/)").text.trim()).toBe("");
    expect(stripLinkMarkers("**原标题：夜间开放一年**").text).toBe("原标题：夜间开放一年");
    expect(stripLinkMarkers("[首页](https://www.example.org/) [快讯](https://www.example.org/f/)").linkDensity).toBe(1);
  });
  it("leaves bracketed prose, a row of stars and emphasis that does not hug its words", () => {
    expect(stripLinkMarkers("他说[笑]（很开心）").text).toBe("他说[笑]（很开心）");
    expect(stripLinkMarkers("*****__横丁__*****").text).toBe("*****__横丁__*****");
    expect(stripLinkMarkers("3 ** 2 = 9，2 ** 3 = 8").text).toBe("3 ** 2 = 9，2 ** 3 = 8");
  });
  it("reads the fields line of a Markdown dump", () => {
    const a = extract(["# 区图书馆夜间开放一年接待读者二十一万人次", "", "2025年12月04日 08:15 来源：[江城日报](https://www.example.org/) 作者：[记者 张三](https://www.example.org/author/8/)", "", para, "", para.replace("区图书馆", "市图书馆")]);
    expect(a.source).toBe("江城日报");
    expect(a.publishedAt?.slice(0, 10)).toBe("2025-12-04");
    expect([...a.authors, ...a.reporters]).toContain("张三");
  });
});

describe("w3m tables drawn with box characters", () => {
  it("drops the borders and reads a row's bars as gaps between cells", () => {
    const texts = parseText(["┏━━━━━━━━━━━━━━┳━━━━━━━━━━━━━━┓", "┃ 撰文：张三    ┃ 2025年12月3日 ┃", "┗━━━━━━━━━━━━━━┻━━━━━━━━━━━━━━┛", "", para].join("\n")).map((b) => b.text);
    expect(texts).toEqual(["撰文：张三   2025年12月3日", para]);
  });
});

describe("a name with a middle dot", () => {
  const byline = (line: string) => {
    const into = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline(line, into);
    return into;
  };
  it("is a writer's name, its Latin form in brackets a gloss", () => {
    expect(byline("撰文：莉娜·陈（Lina Chen）   翻译：何晴").authors).toEqual(["莉娜·陈"]);
    expect(byline("记者 阿依古丽·买买提").reporters).toEqual(["阿依古丽·买买提"]);
  });
  it("is kept as a person by the resolver", () => {
    const a = extract(["区图书馆夜间开放一年", "", "撰文：莉娜·陈", "", para, "", para.replace("区图书馆", "市图书馆")]);
    expect(a.authors).toEqual(["莉娜·陈"]);
  });
  it("but an outlet's name with a dot is no person", () => {
    const a = extract(["区图书馆夜间开放一年", "", "作者：新浪·科技", "", para, "", para.replace("区图书馆", "市图书馆")]);
    expect(a.authors).toEqual([]);
  });
});

describe("an English headline stacked over the Chinese one", () => {
  it("leaves the Chinese one as the title", () => {
    const lead = "据多位知情人士透露，今年第四季度以来，国内几家大型云服务商已基本停止追加英伟达H20芯片的订单，部分已签订单也在与经销商协商延后交付。";
    const a = extract(["科技", "", "Nvidia's H20 orders from Chinese cloud groups dry up", "", "英伟达H20在华订单骤减，云厂商转向国产算力", "", "2025年12月3日　作者：张三", "", lead, "", lead]);
    expect(a.title).toBe("英伟达H20在华订单骤减，云厂商转向国产算力");
  });
});

describe("a rights notice naming who may not copy", () => {
  it("is no body text (未经允许任何单位或个人不得转载)", () => {
    const a = extract(["区图书馆夜间开放一年", "", para, "", para.replace("区图书馆", "市图书馆"), "", "本文版权归江城日报所有，未经允许任何单位或个人不得转载、复制或以任何其它方式使用本文全部或部分。"]);
    expect(a.body).not.toContain("不得转载");
  });
});

describe("an RSS item saved as text", () => {
  const item = ["title: 区图书馆夜间开放一年接待读者二十一万人次", "link: https://www.example.org/news/2025/06/11/1.html", "pubDate: Wed, 11 Jun 2025 14:26:00 +0800", "dc:creator: 张三", "category: 文化", "description:", "", para, "", para.replace("区图书馆", "市图书馆"), "", "The post 区图书馆夜间开放一年接待读者二十一万人次 appeared first on 江城资讯."];
  it("gives the headline without its element's label and the writer its dc:creator names", () => {
    const a = extract(item);
    expect(a.title).toBe("区图书馆夜间开放一年接待读者二十一万人次");
    expect(a.authors).toEqual(["张三"]);
  });
  it("leaves out the feed's footer", () => {
    expect(extract(item).body).not.toContain("appeared first on");
  });
});

describe("a newswire release's dateline", () => {
  it("dates the release by the full date before the wire's mark", () => {
    const a = extract(["区图书馆夜间开放一年接待读者二十一万人次", "", `江城2025年12月4日 /某通社/ -- ${para}`, "", para.replace("区图书馆", "市图书馆")]);
    expect(a.publishedAt?.slice(0, 10)).toBe("2025-12-04");
  });
  it("but not a lead that opens with the day it tells of", () => {
    const a = extract(["区图书馆夜间开放一年接待读者二十一万人次", "", `2025年3月1日，${para}`, "", para.replace("区图书馆", "市图书馆")]);
    expect(a.publishedAt).toBeNull();
  });
});

describe("a lynx dump whose headline links to its own page", () => {
  const dump = (headline: string) => ["   [1]首页 [2]资讯", "", headline, "", "   作者：[5]张三　来源：[6]江城日报", "", `   ${para}`, "", `   ${para.replace("区图书馆", "市图书馆")}`, "", "   [4]另一篇文章的标题在这里", "", "References", "", "   1. https://www.example.org/", "   2. https://www.example.org/news/", "   3. https://www.example.org/2025/12/02/night-opening/", "   4. https://www.example.org/2025/11/20/other/", "   5. https://www.example.org/author/z/", "   6. https://www.example.org/tag/j/"];
  // (a headline that is one link and has no space is not taken as the title: a separate miss)
  it("is dated by the address in the reference list", () => {
    expect(extract(dump("       [3]区图书馆夜间开放一年 接待读者二十一万人次")).publishedAt?.slice(0, 10)).toBe("2025-12-02");
  });
  it("but a related link's dated address dates nothing", () => {
    expect(extract(dump("       区图书馆夜间开放一年 接待读者二十一万人次")).publishedAt).toBeNull();
  });
});
