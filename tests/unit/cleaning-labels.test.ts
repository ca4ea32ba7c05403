/** The cleaning record's English reasons are shown in Chinese (components/cleaning-labels.ts). */
import { describe, expect, it } from "vitest";
import { reasonLabel } from "@/components/cleaning-labels";

/** Reasons the importer wrote for the seeds, plus the encoding and date evidence shapes. */
const SEEN = [
  "site chrome above the article", "origin line", "teaser (导读/摘要) repeating the body", "byline line", "image credit", "outlet line",
  "advertisement / promotion", "site chrome below the article", "5 lines: opens a list of other articles", "dateline line",
  "disclaimer / copyright notice", "2 lines: link farm (友情链接)", "note line", "copyright / licence footer",
  "63 lines: navigation menu (lists of short items)", "contact details / phone number", "2 lines: previous/next article link",
  "4 lines: highlight repeating a paragraph of the body", "share / toolbar button", "navigation list of 12 short items",
  "detected: valid UTF-8", "ASCII-only bytes, read as UTF-8", "declared gbk but bytes are valid UTF-8",
  "detected GB18030 (not valid UTF-8; next best Big5)", "date line “时间:2024-11-18 18:26:20 来源:”",
  "inferred from the dates of the neighbouring articles (2024-03-15, 2024-03-15)", "page metadata",
];

describe("reasonLabel", () => {
  it.each(SEEN)("%s reads as Chinese", (reason) => {
    const label = reasonLabel(reason);
    expect(label).toMatch(/\p{Script=Han}/u);
    // What may stay Latin: encoding names and the quoted page text.
    const leftover = label.replace(/“[^”]*”/gu, "").match(/[A-Za-z][A-Za-z0-9]{2,}/g) ?? [];
    expect(leftover.filter((w) => !/^(UTF|ASCII|GB18030|Big5|gbk|GBK)$/i.test(w))).toEqual([]);
  });
  it("keeps counts and names the examples asked for", () => {
    expect(reasonLabel("origin line")).toBe("出处行");
    expect(reasonLabel("advertisement / promotion")).toBe("广告/推广");
    expect(reasonLabel("detected: valid UTF-8")).toBe("检测结果：有效的 UTF-8");
    expect(reasonLabel("63 lines: navigation menu (lists of short items)")).toBe("63 行：导航菜单（短条目列表）");
  });
});
