// The rules blind metadata batch 43 asked for (tests/fixtures/pages/meta-b43-*), each on text of its
// own shape (other names, other wording than the fixtures'), with what it must leave alone.
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { findDates } from "@/lib/ingest/metadata/dates";
import { metadataLineKind } from "@/lib/ingest/metadata/metadata-line";
import { isWriterNameLine } from "@/lib/ingest/metadata/writer-line";
import { isBylineShaped } from "@/lib/ingest/metadata/byline";
import { foldLine } from "@/lib/text/fold";

const BODY = [
  "据了解，新一代语音大模型在多项评测中取得领先成绩，研发团队表示将于下月开放接口，供企业和开发者申请试用。",
  "业内人士认为，这一进展将推动大模型在客服、教育等行业的落地应用，降低企业的使用门槛，也会加剧行业竞争。",
  "研发团队同时提醒，模型在专业领域仍可能出现事实错误，使用者需要对关键结论进行人工复核。",
];
const EN_BODY = [
  "The company said the new model would be offered to developers next month, and that prices for its older models would be cut by half.",
  "Analysts said the move would put pressure on rivals that have been slower to cut prices for their own models this year.",
  "The company did not give details of how the model was trained, or of the chips it used to train it.",
];
/** Header lines one a line, then the body's paragraphs. */
const text = (header: string[], body = BODY, trailer: string[] = []) =>
  extractFile(Buffer.from([header.join("\n"), ...body, ...trailer].join("\n\n")), "excerpt.txt").article;
const people = (a: { authors: string[]; reporters: string[] }) => [...a.authors, ...a.reporters];

describe("credits of an interview and a forum thread", () => {
  it("访谈｜X credits the interviewer; 嘉宾｜Y is neither the headline nor a writer", () => {
    const a = text(["对话语音模型创业者：下一代交互是什么", "访谈｜唐宁", "嘉宾｜林卓，某语音公司创始人", "2026-08-11"]);
    expect(a.title).toBe("对话语音模型创业者：下一代交互是什么");
    expect(people(a)).toEqual(["唐宁"]);
  });
  it("楼主：X names the thread's poster, a nickname as much as a name, and no source", () => {
    const a = text(["[求助] 本地部署语音模型，显卡该怎么选？", "楼主：夜跑的猫", "发表于 2026-09-02 21:13"]);
    expect(people(a)).toEqual(["夜跑的猫"]);
    expect(a.source).toBeNull();
  });
});

describe("a WeChat 原创 | account line and a newsroom learning", () => {
  it("原创 | X over the headline names the account", () => {
    expect(text(["原创 | 语音前沿", "语音大模型开放接口", "作者：韩青", "2026-08-11 09:12 发表于上海"]).source).toBe("语音前沿");
  });
  it("a lead's X获悉 names a newsroom of three or four characters without a surname of the table; two characters are not enough", () => {
    const lead = (who: string) => text(["语音大模型开放接口", "2026-08-11 09:30"], [`${who}获悉，某语音公司近日完成新一轮融资，由多家产业资本联合投资，本轮资金将用于研发。`, ...BODY.slice(1)]).source;
    expect(lead("声东西")).toBe("声东西");
    expect(lead("晚间")).toBeNull();
  });
});

describe("headlines", () => {
  it("a first line closing with （来源：X） is the headline without it, and X the source", () => {
    const a = text(["某语音公司再次下调接口价格，降幅达七成（来源：上海证券报）"]);
    expect(a.title).toBe("某语音公司再次下调接口价格，降幅达七成");
    expect(a.source).toBe("上海证券报");
  });
  it("an agency feature's dateline with 题： is no headline; the agency is the source", () => {
    const a = text(["语音大模型走进千家万户", "新华社杭州8月11日电　题：从“能听”到“会聊”——语音大模型走进千家万户", "新华社记者韩青 林卓"]);
    expect(a.title).toBe("语音大模型走进千家万户");
    expect(a.source).toBe("新华社");
  });
  it("the line under a writer's bare name below a headline is the bio; N 人赞同了该回答 is a counter", () => {
    const a = text(["如何看待语音大模型开放接口？", "周一舟", "某语音公司算法工程师", "356 人赞同了该回答"], BODY, ["发布于 2026-08-11 10:21・IP 属地上海"]);
    expect(a.title).toBe("如何看待语音大模型开放接口？");
    expect(people(a)).toEqual(["周一舟"]);
    expect(metadataLineKind(foldLine("1,234 人赞同了该回答"))).toBe("counter");
    expect(isWriterNameLine("周一舟")).toBe(true);
    expect(isWriterNameLine("周末")).toBe(false);
  });
});

describe("a newsletter's mail header", () => {
  it("发件人 names the source, 主题 the headline, 收件人 nothing; the unsubscribe line goes", () => {
    const a = text(["发件人：语音周刊 <news@example.org>", "发送时间：2026年8月11日 星期二 08:00", "收件人：someone@example.org", "主题：语音大模型开放接口，行业竞争加剧"], BODY, ["如不想再收到此类邮件，请点击退订。"]);
    expect(a.title).toBe("语音大模型开放接口，行业竞争加剧");
    expect(a.source).toBe("语音周刊");
    expect(a.body).not.toContain("退订");
  });
});

describe("press releases", () => {
  it("【X新闻稿】date，place—— gives the issuer and the date", () => {
    const a = text(["某语音公司发布新一代语音大模型"], [`【某语音公司新闻稿】2026年8月11日，杭州——${BODY[0]}`, ...BODY.slice(1)]);
    expect(a.source).toBe("某语音公司");
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-08-11");
  });
  it("an English wire release: PLACE, Mon. D, YYYY /wire/ -- and the closing SOURCE line", () => {
    const a = text(["VoiceCo Launches Open Speech Model"], [`HANGZHOU, Aug. 11, 2026 /PRNewswire/ -- ${EN_BODY[0]}`, ...EN_BODY.slice(1)], ["SOURCE VoiceCo"]);
    expect(a.source).toBe("VoiceCo");
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-08-11");
  });
});

describe("English bylines with fields", () => {
  it("By A and B / date / section credits both; By X | Outlet | Updated names the outlet", () => {
    expect(isBylineShaped("By Li Hua and Wang Fang / Aug 11, 2026 06:55 PM / Business & Tech")).toBe(true);
    expect(people(text(["VoiceCo raises $200 million as demand for open speech models grows", "By Li Hua and Wang Fang / Aug 11, 2026 06:55 PM / Business & Tech"], EN_BODY))).toEqual(["Li Hua", "Wang Fang"]);
    expect(text(["VoiceCo unveils open speech model", "By LI HUA | Shanghai Daily | Updated: 2026-08-11 09:21"], EN_BODY).source).toBe("Shanghai Daily");
  });
});

describe("dates", () => {
  it("eight digits after a date's label are the date; eight digits elsewhere are not", () => {
    expect(findDates("发布日期：20260811")[0]?.iso.slice(0, 10)).toBe("2026-08-11");
    expect(findDates("编号20260811")).toEqual([]);
  });
  it("an agency's editor credit glued to the last sentence is split off, its release code dates the story", () => {
    const a = text(["語音大模型開放介面 明年量產"], [`（中央社記者林卓台北11日電）${BODY[0]}`, BODY[1]!, `${BODY[2]}（編輯：韓青）1150811`]);
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-08-11");
    expect(a.body).toContain("使用者需要对关键结论进行人工复核。");
    expect(a.body).not.toContain("1150811");
  });
});

describe("the body", () => {
  it("a one-line follow pitch between paragraphs is cut without cutting the short paragraphs after it", () => {
    const a = text(["语音大模型开放接口", "语音前沿 2026-08-11 18:30"], [BODY[0]!, "▲点击关注，每天推送语音前沿资讯", "据介绍，新模型在嘈杂环境中的识别准确率提升超过两成。", "公司表示，接口即日起开放申请。"]);
    expect(a.body).not.toContain("点击关注");
    expect(a.body).toContain("公司表示，接口即日起开放申请。");
  });
  it("a research note's field lines are not joined to the headline; 分析师 are its writers", () => {
    const a = text(["语音行业深度报告：语音大模型进入商业化元年", "证券研究报告 | 行业深度 | 2026年8月11日", "分析师：韩青　执业证书编号：S0100520110009", "分析师：林卓　执业证书编号：S0100522080008"]);
    expect(a.title).toBe("语音行业深度报告：语音大模型进入商业化元年");
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-08-11");
    expect(people(a)).toEqual(["韩青", "林卓"]);
  });
});
