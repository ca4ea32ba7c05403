import { describe, expect, it } from "vitest";
import { findDates } from "@/lib/ingest/metadata/dates";
import { isBylineShaped, parseByline } from "@/lib/ingest/metadata/byline";
import { originalPublisher, siteClaim } from "@/lib/ingest/metadata/source";
import { viewCount } from "@/lib/ingest/metadata/views";
import { metadataLineKind } from "@/lib/ingest/metadata/metadata-line";
import { isWriterNameLine } from "@/lib/ingest/metadata/writer-line";

const byline = (line: string) => {
  const b = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
  parseByline(line, b);
  return b;
};

describe("dates", () => {
  it("reads common shapes as Asia/Shanghai ISO", () => {
    expect(findDates("发布日期:2023-05-20 13:21:01")[0]?.iso).toBe("2023-05-20T13:21:01+08:00");
    expect(findDates("2024年3月15日")[0]?.iso).toBe("2024-03-15T00:00:00+08:00");
    expect(findDates("2023/8/7 9:05")[0]?.iso).toBe("2023-08-07T09:05:00+08:00");
    expect(findDates("2023-02-30")).toHaveLength(0);
    // a feed's two-digit year, only with its time
    expect(findDates("25-3-2 10:15 发布于 北京 来自 微博网页版")[0]?.iso).toBe("2025-03-02T10:15:00+08:00");
    expect(findDates("比分 3-2-1")).toHaveLength(0);
    expect(findDates("2025-03-02 10:15")).toHaveLength(1);
    // an English date, a month's name and not a word that starts like one
    expect(findDates("By 陈晨 | Mar 2, 2025")[0]?.iso).toBe("2025-03-02T00:00:00+08:00");
    expect(findDates("2 March 2025")[0]?.iso).toBe("2025-03-02T00:00:00+08:00");
    expect(findDates("Maybe 12 2025")).toHaveLength(0);
    // Han numerals, as official documents date themselves
    expect(findDates("发布日期：二〇二五年三月二日")[0]?.iso).toBe("2025-03-02T00:00:00+08:00");
    expect(findDates("二〇二四年十二月三十一日")[0]?.iso).toBe("2024-12-31T00:00:00+08:00");
    expect(findDates("二〇二五年二月三十日")).toHaveLength(0);
  });
});

describe("bylines", () => {
  it("splits run-together labels with an outlet prefix", () => {
    expect(byline("每經記者:蘭素英每經編輯:高涵")).toEqual({ authors: [], reporters: ["蘭素英"], editors: ["高涵"] });
  });
  it("reads authors, reporter lists and editors", () => {
    expect(byline("■李开复").authors).toEqual(["李开复"]);
    expect(byline("文|张三 李四").authors).toEqual(["张三", "李四"]);
    expect(byline("记者 王五、赵六 北京报道").reporters).toEqual(["王五", "赵六"]);
    expect(byline("责任编辑:刘七").editors).toEqual(["刘七"]);
    expect(byline("本报记者沈春蕾据其在论坛上的演讲整理").reporters).toEqual(["沈春蕾"]);
    expect(byline("本文来自微信公众号:某研究院 (ID:abc),作者:王齐昂").authors).toEqual(["王齐昂"]);
  });
  it("reads an outlet's short name before its writers as no writer (文｜财新 X Y)", () => {
    const outlets: string[] = [];
    const b = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline("文｜财新 王晓一 刘笑然", b, outlets);
    expect(b.authors).toEqual(["王晓一", "刘笑然"]);
    expect(outlets).toEqual(["财新"]);
    expect(byline("文｜36氪 邱晓芬").authors).toEqual(["邱晓芬"]);
    // every word with a surname: two writers, no outlet
    expect(byline("文｜王晓 刘笑然").authors).toEqual(["王晓", "刘笑然"]);
    expect(byline("By 陈晨 | Mar 2, 2025").authors).toEqual(["陈晨"]);
    expect(byline("By John Smith").authors).toEqual(["John Smith"]);
    expect(byline("By the way").authors).toEqual([]);
    expect(byline("编者按：本文来自微信公众号 某某Pro（ID：abc），作者：Dario Amodei，编译：周一笑，某网经授权发布。")).toEqual({ authors: ["Dario Amodei"], reporters: [], editors: ["周一笑"] });
    // a familiar name has no surname first and is still a writer's
    expect(byline("文｜老张 李四").authors).toEqual(["老张", "李四"]);
  });
  it("reads no writer from a WeChat account line where the account signs as itself", () => {
    expect(byline("原创 何西 硅谷前哨 2024年03月05日 12:00").authors).toEqual(["何西"]);
    expect(byline("原创 量子位 量子位 2025年10月16日 11:20 北京").authors).toEqual([]);
  });
  it("reads no author out of a reprint disclaimer (版权归原作者所有)", () => {
    expect(byline("（本文仅代表作者观点）")).toEqual({ authors: [], reporters: [], editors: [] });
    expect(byline("声明：本文转载自新浪科技，版权归原作者所有，如有侵权请联系删除。")).toEqual({ authors: [], reporters: [], editors: [] });
  });
});

describe("metadata lines", () => {
  it("reads a caption that closes a sentence before the photographer's credit as text, not a byline", () => {
    expect(metadataLineKind("10月6日，在智利安托法加斯塔，渔民驾驶装饰一新的渔船参加海上游行。新华社记者王嘉宁摄")).toBeNull();
    expect(metadataLineKind("新华社记者王嘉宁摄")).toBe("byline");
    expect(metadataLineKind("本报记者 王嘉宁 李明")).toBe("byline");
  });
  it("takes a bare name of a surname's shape for a writer's line, not a word", () => {
    expect(isWriterNameLine("李明远")).toBe(true);
    expect(isWriterNameLine("量子位")).toBe(false);
    expect(isWriterNameLine("李明远 清华大学")).toBe(false);
  });
  it("reads a sentence that mentions a day as prose, not a date line", () => {
    expect(metadataLineKind("请各地于2025年4月30日前报送评估材料。")).toBeNull();
    expect(metadataLineKind("2025年4月30日 10:00")).toBe("dateline");
  });
  it("reads 发布： as a date label where a field starts, not as a headline's verb", () => {
    expect(metadataLineKind("deepseek-v3.2-exp发布:引入稀疏注意力,api价格降低50%以上")).toBeNull();
    expect(metadataLineKind("发布:2025-09-24 10:35")).toBe("dateline");
    expect(metadataLineKind("作者:王心怡 发布:09-24")).toBe("dateline");
    expect(metadataLineKind("发布时间:09-24")).toBe("dateline");
  });
  it("ends a writer's field at a field word glued after the name (site-editor-note-box-above-body)", () => {
    // Info spans run together in the walk: 来源：X作者：Y阅读：N.
    expect(byline("2025-09-24 10:32来源：未来科技周刊作者：陈思远阅读：2816").authors).toEqual(["陈思远"]);
    // A label after a space still ends the field where its run starts (数据来源：, not 来源：).
    expect(byline("作者：周琪 数据来源：第三方监测平台").authors).toEqual(["周琪"]);
  });
  it("reads 供稿： as a credit line (site-university-school-news-credit-lines), not a sentence about supplying", () => {
    expect(metadataLineKind("供稿:计算机科学系")).toBe("byline");
    expect(metadataLineKind("学院每年为校报供稿二十余篇,内容涵盖科研与教学。")).toBeNull();
  });
});

describe("source and views", () => {
  it("finds the original publisher and ignores empty claims", () => {
    expect(siteClaim("原文来源：The Verge")?.name).toBe("The Verge");
    expect(siteClaim("来源：TechCrunch")?.name).toBe("TechCrunch");
    expect(siteClaim("来源：机器之心公众号")?.name).toBe("机器之心");
    expect(originalPublisher("本文来自微信公众号:腾讯研究院 (ID:x),作者:王齐昂")).toBe("腾讯研究院");
    expect(siteClaim("來源:互聯網   發布日期:2023-05-20")).toEqual({ name: "互聯網", generic: true });
    expect(siteClaim("来源:第一财经")).toEqual({ name: "第一财经", generic: false });
  });

  it("reads 摘编自 / 原载于 as credits of the piece's first outlet (blind batches 21, 23)", () => {
    expect(originalPublisher("摘编自《经济参考报》")).toBe("经济参考报");
    expect(originalPublisher("（本文原载于“硅基观察”微信公众号，经授权转载）")).toBe("硅基观察");
    expect(originalPublisher("（原载于《中国科学报》2025年6月5日第3版）")).toBe("中国科学报");
    expect(originalPublisher("内容摘编自：第一财经、界面新闻")).toBe("第一财经");
    expect(metadataLineKind("摘编自《经济参考报》")).toBe("origin");
    expect(metadataLineKind("(本文原载于“硅基观察”微信公众号,经授权转载)")).toBe("origin");
  });

  it("takes a company's own release (企业供稿, 企业宣传) for a claim that names no outlet (blind batches 21, 23)", () => {
    expect(siteClaim("2025-05-08 14:20:11　来源：企业供稿")).toEqual({ name: "企业供稿", generic: true });
    expect(siteClaim("（来源：企业宣传　编辑：张敏）")).toEqual({ name: "企业宣传", generic: true });
    expect(siteClaim("来源：企业家日报")?.generic).toBe(false);
  });

  it("reads a 来源 field labelled with a slash (blind batch 22)", () => {
    expect(siteClaim("2025-06-30 17:25　来源/南方都市报　作者/孙莉")?.name).toBe("南方都市报");
    expect(siteClaim("来源／新华社")?.name).toBe("新华社");
    expect(siteClaim("图片来源/视觉中国")).toBeNull();
    expect(metadataLineKind("来源/南方都市报")).toBe("origin");
    expect(metadataLineKind("【稿源:中国经济网】")).toBe("origin");
    expect(metadataLineKind("(出处:科技日报)")).toBe("origin");
  });

  it("reads English field labels: Source: X, Author: Y, Editor: Z (blind batches 21, 23)", () => {
    expect(siteClaim("Source: China Daily | Updated: 2025-06-12 09:41")?.name).toBe("China Daily");
    expect(siteClaim("Source: Xinhua | 2025-10-09 15:20 | Editor: 李明")?.name).toBe("Xinhua");
    expect(siteClaim("Image source: Getty Images")).toBeNull();
    expect(metadataLineKind("author: 马思远")).toBe("byline");
    expect(metadataLineKind("source: china daily | updated: 2025-06-12 09:41")).toBe("origin");
    const b = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
    parseByline("Source: Xinhua | 2025-10-09 15:20 | Editor: 李明", b);
    parseByline("Author: 马思远", b);
    expect(b).toEqual({ authors: ["马思远"], reporters: [], editors: ["李明"] });
  });

  it("ends a writer's field at a role that writes nothing (图/, 审核/, 校对｜) (blind batch 22)", () => {
    expect(byline("（文/王晓　图/张强　审核/李华）").authors).toEqual(["王晓"]);
    expect(byline("文｜王晓 校对｜李华").authors).toEqual(["王晓"]);
    expect(byline("作者：王晓 张强").authors).toEqual(["王晓", "张强"]);
  });

  it("keeps a second padded two-character name after a wide space (文｜郭 丽　马 宁) (blind batch 24)", () => {
    expect(byline("文｜郭 丽  马 宁").authors).toEqual(["郭丽", "马宁"]);
    expect(byline("文｜郭 丽  编辑 马 宁").authors).toEqual(["郭丽"]);
  });

  it("reads a line of English fields longer than a Chinese byline (blind batch 24)", () => {
    expect(byline("SOURCE: Caixin Global　|　Reporter: 王小明　|　Published: 2025-11-20").reporters).toEqual(["王小明"]);
    expect(isBylineShaped("SOURCE: Caixin Global　|　Reporter: 王小明　|　Published: 2025-11-20")).toBe(true);
  });
  it("reads view counts", () => {
    expect(viewCount("瀏覽:4059次")).toBe(4059);
    expect(viewCount("作者:x 2023-08-07   阅读:763")).toBe(763);
    expect(viewCount("2023-04-06 09:51:24 401")).toBe(401);
    expect(viewCount("阅读 1.2万")).toBe(12000);
    expect(viewCount("2023-04-06 09:51:24")).toBeNull();
  });
});

describe("forms of blind metadata batches 25 and 26", () => {
  it("reads a Republic of China date after 民国 or a date's label, and no bare three-digit year elsewhere", () => {
    expect(findDates("發布日期：114-12-04".replace("發", "发"))[0]?.iso).toBe("2025-12-04T00:00:00+08:00");
    expect(findDates("民国114年12月5日")[0]?.iso).toBe("2025-12-05T00:00:00+08:00");
    expect(findDates("日期：113/01/31")[0]?.iso).toBe("2024-01-31T00:00:00+08:00");
    expect(findDates("共114-12-04号")).toHaveLength(0);
    expect(findDates("编号：2114-12-04")).toHaveLength(0);
  });
  it("reads 撰文者 and 主笔 as the writer's labels, 策划 and 统筹 as no writer's", () => {
    expect(byline("撰文者：林冠宇　　更新時間：2025-12-05").authors).toEqual(["林冠宇"]);
    expect(byline("策划｜马骁　主笔｜郑雨桐　统筹｜何川　视觉｜林一").authors).toEqual(["郑雨桐"]);
    expect(metadataLineKind("撰文者：林冠宇")).toBe("byline");
  });
  it("reads the name before a bar and 文 (宋雨｜文　李想｜编辑) as the writer", () => {
    expect(byline("宋雨｜文　李想｜编辑").authors).toEqual(["宋雨"]);
    expect(metadataLineKind("宋雨｜文　李想｜编辑")).toBe("byline");
  });
  it("reads the writer of an outlet's own-piece sentence, up to the sentence's end", () => {
    const line = "本文系《智算前沿》原创稿件，作者：周宁。转载请注明出处。";
    expect(isBylineShaped(line)).toBe(true);
    expect(byline(line).authors).toEqual(["周宁"]);
  });
  it("reads 刊发于《X》, 本文获「X」授权转载 and 发布单位：X as credits", () => {
    expect(originalPublisher("（本文刊发于《数字经济周刊》第48期）")).toBe("数字经济周刊");
    expect(originalPublisher("相关论文近日刊发于国际期刊《自然》。")).toBeNull();
    expect(originalPublisher("本文獲「數位時代前線」授權轉載，原文請見此。")).toBe("數位時代前線");
    expect(metadataLineKind("本文获「数位时代前线」授权转载，原文请见此。")).toBe("origin");
    expect(siteClaim("發布單位：數位產業署")?.name).toBe("數位產業署");
    expect(metadataLineKind("发布单位：数位产业署")).toBe("origin");
  });
});

describe("blind batch 27: a data report's chart captions and data-source lines", () => {
  it("keeps 图1：<a month range>… and 数据来源：X as the report's lines, still reads 来源：X and 资料来源：X as an origin", () => {
    expect(metadataLineKind("图1：2025年7-9月大模型中标项目数量及金额")).toBeNull();
    expect(metadataLineKind("表2：2025年三季度各行业中标金额")).toBeNull();
    expect(metadataLineKind("数据来源：公开招标平台，数观研究整理")).toBeNull();
    expect(metadataLineKind("（资料来源：参考消息、海外网等）")).toBe("origin");
    expect(metadataLineKind("来源：示例日报")).toBe("origin");
    expect(metadataLineKind("2025年7月9日 来源：示例日报")).toBe("origin");
  });
});

describe("blind metadata batch 34: LLM-industry excerpts", () => {
  it("reads no publisher from an aggregator's disclaimer that credits its partners in general (本文转载自合作媒体)", () => {
    expect(originalPublisher("免责声明：本文转载自合作媒体，仅代表作者个人观点，不代表本站立场。")).toBeNull();
    expect(originalPublisher("本文转载自第三方平台，如有侵权请联系删除")).toBeNull();
    expect(originalPublisher("本文转载自示例财经，作者：刘晓洁")).toBe("示例财经");
  });
  it("reads the outlet whose own piece a relay reposted (*本文系「X」原创，Y经授权转载) as the original publisher, and the line as no body", () => {
    expect(originalPublisher("*本文系「深网前哨」原创，AI示例前线经授权转载。")).toBe("深网前哨");
    expect(metadataLineKind("*本文系「深网前哨」原创，AI示例前线经授权转载。")).toBe("origin");
    // the outlet's own piece without a relay credits no other outlet here (own-original rules read it)
    expect(originalPublisher("本文为机器之心原创，转载请联系本公众号获得授权。")).toBeNull();
  });
});

describe("blind metadata batch 34: bylines", () => {
  it("splits a colon field's names apart by bars (作者：陆远｜沈星禾), not a bar label's fields (作者｜X｜Y)", () => {
    expect(byline("作者：陆远｜沈星禾 2025年3月4日").authors).toEqual(["陆远", "沈星禾"]);
    expect(byline("作者｜李明｜智东西").authors).toEqual([]);
  });
  it("reads an English byline's list of Latin names (By A, B and C), not a title or an agency after a comma", () => {
    const line = "By Chen Jing, Liu Yang and Marcus Webb | Updated: 2025-03-04 18:20 |";
    expect(isBylineShaped(line)).toBe(true);
    expect(byline(line).authors).toEqual(["Chen Jing", "Liu Yang", "Marcus Webb"]);
    expect(byline("By John Smith, Reuters").authors).toEqual(["John Smith"]);
  });
  it("reads a row of three or more labelled fields apart by wide spaces as byline-shaped however long", () => {
    expect(isBylineShaped("更新时间：2025-07-29 10:02  发布时间：2025-07-28 21:40  来源：示例数智网  作者：记者 冯嘉 实习生 欧阳晓晓")).toBe(true);
    expect(isBylineShaped("时间：上午  地点：会议室  议题：讨论新模型发布后作者和编辑如何分工，以及后续宣传计划中每个环节由谁负责、何时完成以及如何验收")).toBe(false);
  });
});

describe("blind metadata batch 34: times", () => {
  it("reads the time after the weekday (2025-03-04 周二 14:05) and a 12-hour clock's 上午/下午", () => {
    expect(findDates("2025-03-04 周二 14:05")[0]?.iso).toBe("2025-03-04T14:05:00+08:00");
    expect(findDates("发布于 2025年3月4日 上午 9:30")[0]?.iso).toBe("2025-03-04T09:30:00+08:00");
    expect(findDates("2025年3月4日 下午 3:30")[0]?.iso).toBe("2025-03-04T15:30:00+08:00");
    expect(findDates("2025年3月4日 下午 13:30")[0]?.iso).toBe("2025-03-04T13:30:00+08:00");
    expect(findDates("2025年03月04日 星期二 来源：示例日报")[0]).toMatchObject({ iso: "2025-03-04T00:00:00+08:00", dateOnly: true });
  });
});

describe("blind batch 36: a table's data credit names who compiled the figures", () => {
  it("reads 数据来源：…，X记者整理 as the table's own line, not a byline", () => {
    expect(metadataLineKind("数据来源：公司公告，东方投资报记者整理")).toBeNull();
    expect(metadataLineKind("记者 王明")).toBe("byline");
  });
});
