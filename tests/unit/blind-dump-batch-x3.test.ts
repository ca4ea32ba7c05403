/**
 * Rules asked for by the blind dump batch of issue 14 (w3m, lynx and html2text dumps of pages
 * written for it): a table of figures and a numbered list inside the article, a writer's credit on
 * the date line with a full-width slash, a footer's owner before the Latin rights formula or a
 * glued licence number, a labelled own-piece notice. Each case fails without its rule.
 */
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { dataTableLines } from "@/lib/ingest/text-dump/data-tables";
import { listInArticleLines } from "@/lib/ingest/text-dump/list-in-article";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { copyrightHolder } from "@/lib/ingest/metadata/copyright-holder";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { foldLine } from "@/lib/text/fold";

const extract = (lines: string[]) => extractFile(Buffer.from(lines.join("\n")), "x.txt").article;
const para = "区图书馆自今年三月起试行夜间开放，闭馆时间由晚上八点推迟到十一点，一年下来夜间时段累计接待读者二十一万人次，其中下班后前来自习的年轻人占了一半以上。";

describe("a table of figures in a dump", () => {
  const box = [
    "┌──────┬──────┬──────┐",
    "│ 馆名 │读者  │增长  │",
    "├──────┼──────┼──────┤",
    "│主馆  │12万  │35%   │",
    "├──────┼──────┼──────┤",
    "│东分馆│5万   │28%   │",
    "├──────┼──────┼──────┤",
    "│西分馆│4万   │22%   │",
    "└──────┴──────┴──────┘",
  ];
  const aligned = ["馆名   开放时间 读者", "主馆   21:00    12万", "东分馆 22:00    5万", "西分馆 23:00    4万"];
  it("marks the rows of a drawn table and of aligned columns", () => {
    expect([...dataTableLines(box)].sort((a, b) => a - b)).toEqual([1, 3, 5, 7]);
    expect([...dataTableLines(aligned)].sort((a, b) => a - b)).toEqual([0, 1, 2, 3]);
  });
  it("leaves a box of links, two fields side by side and a menu", () => {
    expect(dataTableLines(["┌────┬────┬────┐", "│[4]观点一│[5]观点二│[6]观点三│", "├────┼────┼────┤", "│[7]观点四│[8]观点五│[9]观点六│", "├────┼────┼────┤", "│[10]七 │[11]八 │[12]九 │", "└────┴────┴────┘"]).size).toBe(0);
    expect(dataTableLines(["┃ 撰文：李娜   ┃ 翻译：何晴 ┃", "┃ 2025年12月3日 ┃ 环球网     ┃", "┃ 阅读 1200    ┃ 评论 3     ┃"]).size).toBe(0);
    expect(dataTableLines(["首页   新闻   体育", "财经   科技   汽车", "房产   教育   旅游"]).size).toBe(0);
  });
  it("keeps the table between the paragraphs it sits in", () => {
    // five short cells a row read as a menu's items, which walled the lead-in off the article
    const wide = ["┌────┬────┬────┬────┬────┐", "│馆名│一月│二月│三月│合计│", ...["主馆", "东馆", "西馆", "南馆"].flatMap((n, k) => ["├────┼────┼────┼────┼────┤", `│${n}│${k + 2}万│${k + 3}万│${k + 4}万│${3 * k + 9}万│`]), "└────┴────┴────┴────┴────┘"];
    const lead = "今年一季度各馆的读者人数如下表所示（单位：人次）：";
    const a = extract(["区图书馆夜间开放一年接待读者二十一万人次", "", para, "", lead, "", ...wide, "", para.replace("区图书馆", "市图书馆")]);
    expect(a.paragraphs[0]).toBe(para);
    expect(a.body).toContain(lead);
    expect(a.body).toContain("西馆");
  });
});

describe("a list between two paragraphs", () => {
  const items = ["一、开放时间", "主馆每晚开放到十一点", "两个分馆开放到十点", "二、服务项目", "夜间提供自助借还", "周末增加亲子阅读活动"];
  it("is the article's when its groups are numbered 一、二、 or the paragraph above announces it", () => {
    expect(listInArticleLines([para, "", ...items, "", para]).size).toBe(items.length);
    expect(listInArticleLines([para.replace(/。$/, "，主要有以下几项："), "", ...items.filter((t) => !/、/.test(t)), "", para]).size).toBe(4);
  });
  it("is not when nothing announces or numbers it, or no paragraph follows it", () => {
    expect(listInArticleLines([para, "", ...items.filter((t) => !/、/.test(t)), "", para]).size).toBe(0);
    expect(listInArticleLines([para, "", ...items, "", "关于我们 联系我们"]).size).toBe(0);
  });
});

describe("credits and owners", () => {
  it("reads a writer's credit with a full-width slash on the date line", () => {
    const b = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline("文／林嘉禾　2025-12-02 16:40", b);
    expect(b.authors).toEqual(["林嘉禾"]);
    expect(vocabularyHit(foldLine("文／林嘉禾  2025-12-02 16:40"))).toBeNull();
  });
  it("reads the footer's owner before the rights formula or a glued licence number, not a Latin company", () => {
    expect(copyrightHolder(["Copyright © 2025 青云AI资讯 All Rights Reserved 沪ICP备2024056789号"])).toBe("青云AI资讯");
    expect(copyrightHolder(["Copyright © 2025 创业邦客京ICP备2021023456号"])).toBe("创业邦客");
    expect(copyrightHolder(["Copyright © 1998 - 2019 Tencent. All Rights Reserved"])).toBeNull();
  });
  it("takes a labelled own-piece notice under the body as the source", () => {
    const a = extract(["区图书馆夜间开放一年接待读者二十一万人次", "", "2025-12-01 07:30", "", para, "", para.replace("区图书馆", "市图书馆"), "", "声明：本文为江城晚报原创，转载请联系授权。"]);
    expect(a.source).toBe("江城晚报");
  });
});
