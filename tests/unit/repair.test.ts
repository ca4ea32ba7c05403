import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { removePinyinAnnotations } from "@/lib/ingest/repair/pinyin";
import { repairMojibake } from "@/lib/ingest/repair/mojibake";
import { flagLostBytes } from "@/lib/ingest/repair/lost-bytes";
import { fixWrongCharacters } from "@/lib/ingest/repair/wrong-characters";
import { analyseSpun, restoreSpun } from "@/lib/ingest/repair/spun-text";

describe("pinyin annotations", () => {
  it("removes annotations after Han characters and inside Latin words", () => {
    expect(removePinyinAnnotations("ChatGPT引領(lǐng)的時代", 0).text).toBe("ChatGPT引領的時代");
    expect(removePinyinAnnotations("O(shè)penAI發布", 0).text).toBe("OpenAI發布");
    expect(removePinyinAnnotations("互聯(lián)網(wǎng)", 0).text).toBe("互聯網");
  });
  it("leaves real parentheses alone", () => {
    for (const s of ["人工智能(AI)行业", "(作者系创新工场董事长)", "模型(Otter)", "参数(10亿)", "编号(a)"]) {
      expect(removePinyinAnnotations(s, 0).text).toBe(s);
    }
  });
  it("drops an annotation whose opening bracket was lost, keeping the hole", () => {
    expect(removePinyinAnnotations("不可能變?yōu)可能", 0).text).toBe("不可能變?可能");
  });
});

describe("mojibake", () => {
  const s = "大模型时代的公司发布了新产品";
  it("reverses UTF-8 read as GBK", () => {
    expect(repairMojibake(iconv.decode(Buffer.from(s, "utf8"), "gbk"), 0).text).toBe(s);
  });
  it("reverses UTF-8 read as Latin-1", () => {
    expect(repairMojibake(iconv.decode(Buffer.from(s, "utf8"), "latin1"), 0).text).toBe(s);
  });
  it("reverses GBK read as Latin-1", () => {
    expect(repairMojibake(iconv.decode(iconv.encode(s, "gbk"), "latin1"), 0).text).toBe(s);
  });
  it("leaves clean Chinese and accented Latin text alone", () => {
    for (const t of [s, "隨著ChatGPT的問世,人工智能行業進入了全新的發展階段", "Café résumé naïve", "Müller über straße"]) {
      expect(repairMojibake(t, 0)).toEqual({ text: t, repairs: [] });
    }
  });
});

describe("lost bytes", () => {
  it("flags ? holes but not question marks", () => {
    expect(flagLostBytes("保守估計生成式AI未來發展規?臻g至少達100億", 0)).toHaveLength(1);
    expect(flagLostBytes("速度非?,可以在手機本地運行", 0)).toHaveLength(1);
    expect(flagLostBytes("小模型還有機會嗎?", 0)).toHaveLength(0);
    expect(flagLostBytes("為何ChatGPT能成為AI發展的拐點?大模型", 0)).toHaveLength(0);
    expect(flagLostBytes("这是\uFFFD\uFFFD的", 0)).toHaveLength(2);
  });
});

describe("wrong characters", () => {
  it("fixes 傢 used for 家 but keeps 傢俱", () => {
    expect(fixWrongCharacters("大傢都在用傢俱", 0).text).toBe("大家都在用傢俱");
  });
});

describe("spun text", () => {
  it("detects swaps and restores only certain ones", () => {
    const t = "自主立异是中国家养智能大模子必经之路";
    expect(analyseSpun(t).spun).toBe(true);
    expect(restoreSpun(t)).toBe("自主创新是中国人工智能大模型必经之路");
  });
  it("does not call ordinary text spun, nor touch 标新立异", () => {
    expect(analyseSpun("人工智能大模型正在改变行业,标新立异的公司不少").spun).toBe(false);
    expect(restoreSpun("标新立异")).toBe("标新立异");
  });
});
