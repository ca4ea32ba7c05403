// The rules blind metadata batch 32 asked for, each on a line of its own shape (the fixture cases
// are tests/fixtures/pages/*, named in each test).
import { describe, expect, it } from "vitest";
import { extractFile } from "@/lib/ingest/extract-file";
import { findDates } from "@/lib/ingest/metadata/dates";
import { originalPublisher } from "@/lib/ingest/metadata/source";
import { rewrap } from "@/lib/ingest/text-dump/rewrap";

const BODY = [
  "据了解，新一代中文大模型在多项评测中取得领先成绩，研发团队表示将于下月开放接口，供企业和开发者申请试用。",
  "业内人士认为，这一进展将推动大模型在政务、金融等行业的落地应用，降低企业的使用门槛，也会加剧行业竞争。",
  "研发团队同时提醒，模型在专业领域仍可能出现事实错误，使用者需要对关键结论进行人工复核。",
];
const text = (lines: string[]) => extractFile(Buffer.from(lines.join("\n")), "dump.txt").article;

describe("a repost chain credits the first printer (meta-txt-html2text-repost-chain-zhuanzai-gongzhonghao-yuanzai-magazine)", () => {
  it("reads 原载于 before 转载自 on one line", () => {
    expect(originalPublisher("本文转载自微信公众号「AI前哨站」，原载于《未来科技》杂志2026年第23期。")).toBe("未来科技");
    expect(originalPublisher("本文转载自X科技，首发于《南方周末》")).toBe("南方周末");
  });
  it("keeps a lone hand-off as before", () => {
    expect(originalPublisher("本文转载自微信公众号「AI前哨站」。")).toBe("AI前哨站");
  });
});

describe("a two-digit year with slashes and a time (meta-txt-lynx-two-digit-year-slash-date-zuozhe-weizhi)", () => {
  it("reads yy/mm/dd hh:mm", () => {
    expect(findDates("26/12/05 08:12  来源：海川网")[0]?.iso).toBe("2026-12-05T08:12:00+08:00");
  });
  it("needs one separator throughout and a time", () => {
    expect(findDates("26/12-05 08:12")).toEqual([]);
    expect(findDates("比分 26/12/05")).toEqual([]);
  });
  it("dates a dump by its fields line", () => {
    const a = text(["海川市人工智能产业园开园", "", "   26/12/05 08:12  来源：海川网  作者：未知", "", ...BODY.flatMap((p) => [p, ""])]);
    expect(a.publishedAt?.slice(0, 10)).toBe("2026-12-05");
  });
});

describe("a centred headline over two lines (meta-txt-lynx-slogan-first-line-title-wrapped-two-lines)", () => {
  const line = (t: string, indent: number) => ({ text: t, indent });
  it("joins the centred tail cut between two Han characters", () => {
    const out = rewrap([line("第三届长三角人工智能产业大会闭幕 区域生成式人工智能服务备", 11), line("案数达八十七款", 30), line("", 0), line(BODY[0]!, 0)]);
    expect(out[0]!.text).toBe("第三届长三角人工智能产业大会闭幕 区域生成式人工智能服务备案数达八十七款");
  });
  it("leaves lines that are not centred on one middle, or not indented", () => {
    const apart = [line("第三届长三角人工智能产业大会闭幕 区域生成式人工智能服务备", 11), line("案数达八十七款", 60), line("", 0)];
    expect(rewrap(apart)).toHaveLength(3);
    const flush = [line("新一代中文大模型发布", 0), line("多项评测成绩领先", 0), line("", 0)];
    expect(rewrap(flush)).toHaveLength(3);
  });
});

describe("a centred headline over a centred deck that each fitted (dump-w3m-no-site-name-benbaoxun-tongxunyuan)", () => {
  it("keeps the deck apart", () => {
    const out = rewrap([{ text: "全市首个工业大模型应用中心在高新区揭牌", indent: 13 }, { text: "首批23家企业入驻", indent: 22 }, { text: "", indent: 0 }]);
    expect(out).toHaveLength(3);
  });
});
