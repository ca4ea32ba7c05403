/**
 * Issue 15, dev-page miss: filings name a company's officers' assistants the way they name the
 * officers (公司总裁助理X、Y增持), so the assistant titles introduce a list of unknown names as
 * 总裁 does. Names are made up.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";

const people = (text: string) => extractEntities({ title: "", paragraphs: [text] }).people.filter((p) => !p.author).map((p) => p.name);

describe("an officer's assistant title introduces a list of names", () => {
  it.each([
    ["岚青药业：25日获公司总裁助理邵泉、贾明澈增持。", ["邵泉", "贾明澈"]],
    ["公司总经理助理邵泉、贾明澈近日增持公司股份。", ["邵泉", "贾明澈"]],
    ["公司董事长助理邵泉、贾明澈出席了签约仪式。", ["邵泉", "贾明澈"]],
  ])("%s", (text, names) => {
    expect(people(text)).toEqual(expect.arrayContaining(names));
  });
  it("the title with a post word after it names no one (总裁助理一职)", () => {
    expect(people("他曾任总裁助理一职。")).toEqual([]);
  });
});
