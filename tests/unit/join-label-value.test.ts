import { describe, expect, it } from "vitest";
import { joinLabelValues } from "@/lib/ingest/join-label-value";
import type { Block } from "@/lib/ingest/types";

const block = (index: number, text: string, path = "line"): Block => ({ index, text, path, linkDensity: 0, indent: 0, heading: false, listItem: false });

describe("joinLabelValues", () => {
  it("joins a <dt> label, or a label with its colon, to the value after it (blind batches 21, 23)", () => {
    const dl = [block(0, "标题", "body>h1"), block(1, "来源：", "body>dl>dt"), block(2, "大众日报", "body>dl>dd"), block(3, "编译", "body>dl>dt"), block(4, "刘 畅 王建国", "body>dl>dd"), block(5, "正文第一段，很长的一句话。", "body>div>p")];
    const out = joinLabelValues(dl);
    expect(out.map((b) => b.text)).toEqual(["标题", "来源：大众日报", "编译：刘 畅 王建国", "正文第一段，很长的一句话。"]);
    expect(out.map((b) => b.index)).toEqual([0, 1, 2, 3]);
  });
  it("joins a table's <th> label without a colon to its <td> value (blind batch 24)", () => {
    const row = [block(0, "来源", "body>table>tr>th"), block(1, "河南日报", "body>table>tr>td"), block(2, "作者", "body>table>tr>th.k"), block(3, "赵振宇", "body>table>tr>td")];
    expect(joinLabelValues(row).map((b) => b.text)).toEqual(["来源：河南日报", "作者：赵振宇"]);
  });
  it("leaves a colon-less label outside a <dt>, a label before prose, two labels in a row, and a name's label before a date or a field", () => {
    const lines = [block(0, "编辑"), block(1, "王涛"), block(2, "作者："), block(3, "他说，这是今年最重要的一次发布。"), block(4, "来源："), block(5, "作者："), block(6, "李娜"), block(7, "作者："), block(8, "2023-12-01 14:43"), block(9, "责任编辑："), block(10, "香港警方：示威行动未发生致命事件"), block(11, "发布时间："), block(12, "2025-07-03 06:50")];
    expect(joinLabelValues(lines).map((b) => b.text)).toEqual(["编辑", "王涛", "作者：", "他说，这是今年最重要的一次发布。", "来源：", "作者：李娜", "作者：", "2023-12-01 14:43", "责任编辑：", "香港警方：示威行动未发生致命事件", "发布时间：2025-07-03 06:50"]);
  });
});
