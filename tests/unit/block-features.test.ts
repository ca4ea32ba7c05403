/** Paragraph-likeness: long text is prose by its length, unless it is a punctuation-less run of names or tags. */
import { describe, expect, it } from "vitest";
import { blockFeatures } from "@/lib/ingest/classify/features";

describe("paragraph-like blocks", () => {
  it("takes a long paragraph as prose, even one long sentence with few commas", () => {
    const prose = "数据中心负责人表示凌晨两时许供电线路出现故障后备发电机未能及时启动约三百台伺服器停止运作，多间公司的网上服务受到影响而工程人员已经在现场连夜处理并将在本周内公布初步结果";
    expect(blockFeatures(prose).paragraphLike).toBe(true);
  });
  it("does not take a long run of names laid out with spaces (a memorial or member list) as prose", () => {
    const names = "王建国 李明华 张晓东 陈志强 刘德明 赵光辉 孙立群 周文博 吴海涛 郑国栋 冯启明 蒋振华 韩立新 杨永胜 朱家明 秦光远 许文华 何晓东 吕志刚 施德胜 张海燕 孔令辉 曹建国 严志新 华立民 金永和 魏国强 陶文龙 姜德明 戚正阳,邹海涛";
    expect(blockFeatures(names).length).toBeGreaterThanOrEqual(80);
    expect(blockFeatures(names).paragraphLike).toBe(false);
  });
  it("still takes a spaced-out paragraph with its punctuation as prose", () => {
    const spaced = "九 龍 區 發 生 三 宗 爆 竊 案 。 紅 磡 華 豐 街 一 個 單 位 ， 女 戶 主 凌 晨 返 到 來 ， 發 現 大 門 被 人 撬 過 ， 損 失 現 金 及 總 值 一 萬 多 元 的 首 飾 。 另 外 ， 九 龍 城 一 名 女 戶 主 深 夜 返 家 時 ， 發 現 有 搜 掠 痕 跡 。";
    expect(blockFeatures(spaced).paragraphLike).toBe(true);
  });
});
