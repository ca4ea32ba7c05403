/**
 * Issue 15 (helper e3): 于 as a preposition names nobody (记者于昨日致电), a government
 * followed by a time word and an act, and employers named after 任职于/就职于/在X从事.
 */
import { describe, expect, it } from "vitest";
import { extractEntities } from "@/lib/ingest/entities/extract-entities";
import { chineseNameAt } from "@/lib/ingest/entities/names";

const ex = (title: string, paragraphs: string[]) => extractEntities({ title, paragraphs });
const people = (r: ReturnType<typeof ex>) => r.people.map((p) => p.name).sort();

describe("于 before a time, a place or a scene is the preposition", () => {
  it("a time word after 于 is no given name", () => {
    for (const s of ["记者于昨日致电该公司，工作人员告诉记者不便回应。", "记者于近日走访了多家企业。", "记者于日前获悉，这项计划已经启动。", "记者于本月初前往深圳调查。", "记者于次日获悉，合作已经达成。", "记者于三月致电该公司。"]) {
      expect(people(ex("新闻", [s])), s).toEqual([]);
    }
  });
  it("a scene or a place after 于, or a place before an event verb, is where", () => {
    expect(people(ex("新闻", ["记者于现场看到，展台前排起长队。"]))).toEqual([]);
    expect(chineseNameAt("大会于北京举行。", 2)).toBeNull();
    expect(chineseNameAt("论坛于体育中心开幕。", 2)).toBeNull();
  });
  it("于 as a surname still names people, before a verb or after a title", () => {
    expect(people(ex("新闻", ["峰会于深圳开幕，腾讯副总裁于涛表示，公司将继续投入。"]))).toEqual(["于涛"]);
    expect(people(ex("新闻", ["公司于当天宣布完成融资，CEO于明表示满意。"]))).toEqual(["于明"]);
    expect(chineseNameAt("于涛表示将举行发布会。", 0)?.name).toBe("于涛");
    expect(chineseNameAt("董事长于振海表示，业绩稳定。", 3)?.name).toBe("于振海");
  });
});
