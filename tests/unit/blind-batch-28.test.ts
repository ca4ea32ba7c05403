/**
 * Rules asked for by blind batch 28 (plain-text dumps of news pages: lynx, w3m, html2text,
 * browser and reader-mode copies, an RSS item, a newswire release). Each case fails without
 * its rule.
 */
import { describe, expect, it } from "vitest";
import { stripLinkMarkers } from "@/lib/ingest/text-dump/link-markers";
import { extractFile } from "@/lib/ingest/extract-file";

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
