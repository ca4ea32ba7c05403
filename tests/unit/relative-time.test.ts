/** Relative times and day headings (issue 19): pure functions of the written time and "now". */
import { describe, expect, it } from "vitest";
import { absoluteDayHeading, dayHeading, exactLabel, parseLocalTime, relativeLabel } from "@/lib/text/relative-time";

const at = (iso: string) => Date.parse(iso);

describe("relativeLabel", () => {
  const now = at("2024-11-18T15:30:00+08:00");
  it.each([
    ["2024-11-18T15:29:40+08:00", "刚刚"],
    ["2024-11-18T15:32:00+08:00", "刚刚"],
    ["2024-11-18T15:05:00+08:00", "25 分钟前"],
    ["2024-11-18T12:29:00+08:00", "3 小时前"],
    ["2024-11-18T00:10:00+08:00", "15 小时前"],
    ["2024-11-17T23:50:00+08:00", "昨天 23:50"],
    ["2024-11-17T08:05:00+08:00", "昨天 08:05"],
    ["2024-11-18T00:00:00+08:00", "今天"],
    ["2024-11-17T00:00:00+08:00", "昨天"],
  ])("%s → %s", (iso, label) => expect(relativeLabel(iso, now)).toBe(label));

  it.each([
    "2024-11-16T22:00:00+08:00",
    "2024-11-16T00:00:00+08:00",
    "2023-05-20T13:21:01+08:00",
    "2024-11-18T16:30:00+08:00",
    "2024-11-19T00:00:00+08:00",
    "not a date",
    "2024-11-18",
  ])("keeps the date for %s", (iso) => expect(relativeLabel(iso, now)).toBeNull());

  it("counts days in the article's own offset: 00:30 in Shanghai is today there, though yesterday in UTC", () => {
    expect(relativeLabel("2024-11-18T00:30:00+08:00", at("2024-11-18T01:30:00+08:00"))).toBe("1 小时前");
    expect(relativeLabel("2024-11-17T23:30:00+08:00", at("2024-11-18T00:20:00+08:00"))).toBe("50 分钟前");
    expect(relativeLabel("2024-11-17T22:50:00+08:00", at("2024-11-18T00:20:00+08:00"))).toBe("昨天 22:50");
  });
});

describe("day headings and exact times", () => {
  const now = at("2024-12-02T09:00:00+08:00");
  it.each([
    ["2024-12-02", "今天"],
    ["2024-12-01", "昨天"],
    ["2024-11-30", "11月30日"],
    ["2023-12-02", "2023年12月2日"],
  ])("%s → %s", (day, label) => expect(dayHeading(day, now)).toBe(label));

  it("a new year's first day calls the last one 昨天", () => {
    expect(dayHeading("2024-12-31", at("2025-01-01T08:00:00+08:00"))).toBe("昨天");
    expect(dayHeading("2024-12-30", at("2025-01-01T08:00:00+08:00"))).toBe("2024年12月30日");
  });

  it("gives the server's heading and the tooltip without a 'now'", () => {
    expect(absoluteDayHeading("2024-03-05")).toBe("2024年3月5日");
    expect(exactLabel("2023-05-20T13:21:01+08:00")).toBe("2023年5月20日 13:21（北京时间）");
    expect(exactLabel("2024-03-15T00:00:00+08:00")).toBe("2024年3月15日");
    expect(exactLabel("2024-03-15T10:00:00-05:30")).toBe("2024年3月15日 10:00（UTC-05:30）");
    expect(exactLabel("garbage")).toBeNull();
  });

  it("reads the offset and marks date-only times", () => {
    expect(parseLocalTime("2024-06-01T00:30:00+08:00")).toMatchObject({ day: "2024-06-01", time: "00:30", offset: 480, dayOnly: false });
    expect(parseLocalTime("2024-06-01T00:00:00Z")).toMatchObject({ offset: 0, dayOnly: true });
  });
});
