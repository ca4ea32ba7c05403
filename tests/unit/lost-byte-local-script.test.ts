/**
 * A damaged character is scored in the script of the text around it, not only the page's:
 * a traditional passage on a simplified page and a simplified one on a traditional page.
 */
import { describe, expect, it } from "vitest";
import { undoMojibake } from "@/lib/ingest/decode/undo-mojibake";
import { makeMojibake } from "@/lib/eval/mojibake-variants";
import { localScript } from "@/lib/ingest/repair/local-script";

const SIMPLIFIED =
  "国产大模型进入价格战，多家公司在本周宣布下调大模型接口价格，部分产品的调用费用降幅超过九成。业内人士认为，这一轮降价将推动更多企业使用大模型。";
const TRADITIONAL = "臺灣的經濟發展與兩岸關係，一直是選舉時選民關心的議題，這次總統大選也不例外。";

const mend = (text: string) => undoMojibake(makeMojibake(text, "utf8-as-cp1252-question"))?.text;

describe("lost bytes in a passage of the other script", () => {
  it("a simplified passage on a traditional page: 发出 and 响声, not 向出 and 品声 (发 and 响 lack Big5 codes)", () => {
    const text = `${TRADITIONAL}${TRADITIONAL}\n如果膝关节活动时还会发出轻微的响声，就要去医院检查。`;
    expect(mend(text)).toBe(text);
  });
  it("a traditional passage on a simplified page: 台灣 is looked up as 台湾, not left unknown beside 督", () => {
    const text = `${SIMPLIFIED}${SIMPLIFIED}\n台灣的全民健保做得非常成功，民眾看病時只要帶著健保卡就可以了。`;
    // 健保 (Taiwan's health insurance) is not in the simplified word tables: only 灣 is asserted.
    expect(mend(text)).toContain("台灣的全民");
  });
});

describe("localScript", () => {
  it("keeps the page's script unless the window holds several characters of the other one", () => {
    expect(localScript("大模型的", "研究", "simplified")).toBe("simplified");
    expect(localScript("這種藥", "裡面的東西", "simplified")).toBe("traditional");
    expect(localScript("还会", "出轻微的响声", "traditional")).toBe("simplified");
    // Japanese kanji without Big5 codes (黒 駅 焼) are no sign of simplified text.
    expect(localScript("鳥しき\n[", "京] 目黒駅 111m / 焼き鳥", "traditional")).toBe("traditional");
  });
});
