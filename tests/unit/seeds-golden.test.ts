/** Golden tests: what each of the five seed files must give (issue 2's table). */
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";

function extract(name: string) {
  const file = fs.readdirSync("seeds").find((f) => f.startsWith(name))!;
  return extractFile(fs.readFileSync(`seeds/${file}`), file).article;
}

const CHROME = ["展會信息港", "贊助本站", "Copyright", "欧易", "币安", "火币", "版权声明", "友情链接", "邻家柔惠", "copyright", "安徽", "135-6897-3662", "托盘租赁", "上一篇", "下一篇", "相关推荐", "未来科技 2024年6月5日", "声明:", "關於我們"];

function expectClean(body: string) {
  for (const c of CHROME) expect(body, `body contains “${c}”`).not.toContain(c);
}

describe("seed 000 (traditional, pinyin-annotated, 每日經濟新聞)", () => {
  const a = extract("000");
  it("has the exact metadata", () => {
    expect(a.title).toBe("ChatGPT引領的大模型時代,小模型還有機會嗎?");
    expect(a.publishedAt).toBe("2023-05-20T13:21:01+08:00");
    expect(a.dateInferred).toBe(false);
    expect(a.source).toBe("每日經濟新聞");
    expect(a.reporters).toEqual(["蘭素英"]);
    expect(a.editors).toEqual(["高涵"]);
    expect(a.views).toBe(4059);
    expect(a.script).toBe("traditional");
    expect(a.titleSimplified).toBe("ChatGPT引领的大模型时代,小模型还有机会吗?");
  });
  it("starts and ends at the article's own paragraphs, without pinyin", () => {
    expect(a.paragraphs[0]).toMatch(/^隨著ChatGPT的問世,人工智能\(AI\)行業進入了全新的發展階段/);
    expect(a.paragraphs.at(-1)).toMatch(/只有優勢的產業才能長出創新的機會。”$/);
    expect(a.body).not.toMatch(/\((?:[a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]*)\)/);
    expect(a.body).toContain("人工智能(AI)");
    expect(a.body).not.toContain("導讀");
    expect(a.body).not.toContain("圖片來源");
    expect(a.body).not.toContain("每經記者:蘭素英");
    expectClean(a.body);
  });
  it("flags the lost bytes instead of guessing them", () => {
    expect(a.flags).toContain("lost-bytes");
    expect(a.repairs.filter((r) => r.kind === "lost-bytes").every((r) => !r.applied)).toBe(true);
    expect(a.repairs.filter((r) => r.kind === "pinyin-annotation").length).toBeGreaterThan(200);
  });
  it("records removals with kinds", () => {
    const kinds = new Set(a.removed.map((r) => r.kind));
    for (const k of ["teaser", "image-credit", "ad", "related", "metadata"]) expect(kinds).toContain(k);
  });
});

describe("seed 001 (exchange ads, 摘要 teaser, 友情链接)", () => {
  const a = extract("001");
  it("has the exact metadata", () => {
    expect(a.title).toBe("给GPT焦虑降降温,中美AI之间有差距但可开创“中国派”");
    expect(a.publishedAt).toBe("2023-04-06T09:51:24+08:00");
    expect(a.views).toBe(401);
    expect(a.script).toBe("simplified");
  });
  it("keeps only the article", () => {
    expect(a.paragraphs[0]).toMatch(/^15日一早,创投圈与互联网行业都在热议OpenAI发布的多模态大型语言模型GPT-4/);
    expect(a.paragraphs.at(-1)).toMatch(/^周明表示,ChatGPT得到了很好的“包装”.*这是行业目前需要思考的问题。$/);
    expect(a.body).not.toContain("摘要");
    expect(a.body).not.toContain("交易所");
    expectClean(a.body);
    expect(a.removed.some((r) => r.kind === "link-list")).toBe(true);
    expect(a.removed.some((r) => r.kind === "disclaimer")).toBe(true);
  });
});

describe("seed 002 (spun text)", () => {
  const a = extract("002");
  it("has the exact metadata and the restored reading", () => {
    expect(a.title).toBe("自主立异是中国家养智能大模子必经之路");
    expect(a.flags).toContain("spun-text");
    expect(a.restoredTitle).toBe("自主创新是中国人工智能大模型必经之路");
    expect(a.publishedAt).toBe("2024-11-18T18:26:20+08:00");
    expect(a.authors).toEqual(["李开复"]);
    expect(a.reporters).toEqual(["沈春蕾"]);
  });
  it("keeps the (作者系…) note as metadata, not body", () => {
    expect(a.paragraphs[0]).toMatch(/^最近 ,自主中国智能之路随着家养智能\(AI\)2\.0大模子的立异启动/);
    expect(a.paragraphs.at(-1)).toMatch(/^立异需要相助,凋谢共创未来。.*一起把AI2\.0做大做强\s*。$/);
    expect(a.body).not.toContain("作者系");
    expect(a.notes[0]).toMatch(/^\(作者系立异工场家养智能工程院院长/);
    expect(a.body).not.toContain("■李开复");
    expectClean(a.body);
  });
  it("keeps the original text as written", () => {
    expect(a.body).toContain("家养智能");
    expect(a.restoredBody).toContain("人工智能");
  });
});

describe("seed 003 (200-line place-name menu)", () => {
  const a = extract("003");
  it("has the exact metadata", () => {
    expect(a.title).toBe("大模型现状:一边速成,一边参数内卷");
    expect(a.publishedAt?.slice(0, 10)).toBe("2023-08-07");
    expect(a.views).toBe(763);
  });
  it("drops the menu, phone and prev/next links", () => {
    expect(a.paragraphs[0]).toBe("当下大模型赛道的现状:一边是创业公司基于开源大模型速成,一边是大厂在各种内卷大模型参数。");
    expect(a.paragraphs.at(-1)).toBe("当然,这种私有化大模型还未到来,但赛道中的创业公司,一定是机遇和困境齐具。");
    expectClean(a.body);
    expect(a.body).not.toContain("哈尔滨");
    const nav = a.removed.find((r) => r.kind === "navigation");
    expect(nav?.text.split("\n").length).toBeGreaterThan(50);
  });
});

describe("seed 004 (highlights teaser, WeChat origin, related list)", () => {
  const a = extract("004");
  it("has the exact metadata, with the date inferred", () => {
    expect(a.title).toBe("加速分化:关于大模型走势的十个判断");
    expect(a.publishedAt?.slice(0, 10)).toBe("2024-03-15");
    expect(a.dateInferred).toBe(true);
    expect(a.flags).toContain("date-inferred");
    expect(a.source).toBe("腾讯研究院");
    expect(a.originalPublisher).toBe("腾讯研究院");
    expect(a.authors).toEqual(["王齐昂"]);
  });
  it("drops the highlights that repeat the body, and everything after it", () => {
    expect(a.paragraphs[0]).toMatch(/^大模型进入加速发展的第二年,技术迭代和竞争更为激烈。/);
    expect(a.paragraphs.at(-1)).toMatch(/^在这个过程中,幻觉率的降低.*哪些是确定性的判断。$/);
    expect(a.paragraphs.filter((p) => p.startsWith("判断三:")).length).toBe(1);
    expect(a.body).not.toContain("本文来自微信公众号");
    expect(a.body).not.toContain("水温80度");
    expectClean(a.body);
    expect(a.removed.find((r) => r.kind === "teaser")?.text).toContain("判断七");
  });
});
