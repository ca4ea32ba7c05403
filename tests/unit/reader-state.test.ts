/** The browser-kept reading state (issue 19): parsing hostile storage, read, saved, new, mark all read. */
import { describe, expect, it } from "vitest";
import {
  EMPTY_STATE, MAX_READ, beginVisit, isNew, isRead, isSaved, markAllRead, markRead, parseReaderState, toggleSaved,
} from "@/lib/reader/reader-state";

describe("parseReaderState", () => {
  it.each([
    null,
    "",
    "not json",
    "[]",
    '{"v":2,"read":[],"saved":[],"allReadAt":null,"lastVisit":null}',
    '{"v":1,"read":["1"],"saved":[],"allReadAt":null,"lastVisit":null}',
    '{"v":1,"read":[-3],"saved":[],"allReadAt":null,"lastVisit":null}',
    '{"v":1,"read":[],"saved":[{"id":1,"title":"x","savedAt":"yesterday-ish"}],"allReadAt":null,"lastVisit":null}',
    '{"v":1,"read":[],"saved":[],"allReadAt":"<script>","lastVisit":null}',
    '{"__proto__":{"v":1},"read":[]}',
  ])("turns %s into the empty state", (raw) => expect(parseReaderState(raw)).toEqual(EMPTY_STATE));

  it("round-trips a real state", () => {
    let s = markRead(EMPTY_STATE, 3);
    s = toggleSaved(s, { id: 5, title: "标题" }, new Date("2024-11-18T08:00:00Z"));
    expect(parseReaderState(JSON.stringify(s))).toEqual(s);
  });
});

describe("read, saved and new", () => {
  const added = (iso: string) => iso;
  it("marks read once, and bounds the list", () => {
    const s = markRead(markRead(EMPTY_STATE, 7), 7);
    expect(s.read).toEqual([7]);
    expect(isRead(s, 7, null)).toBe(true);
    let big = EMPTY_STATE;
    for (let i = 1; i <= MAX_READ + 10; i++) big = { ...big, read: [...big.read, i] };
    expect(markRead(big, 999_999).read).toHaveLength(MAX_READ);
  });

  it("mark all read covers every article imported up to then, not later ones", () => {
    const s = markAllRead(markRead(EMPTY_STATE, 1), new Date("2024-11-18T10:00:00Z"));
    expect(s.read).toEqual([]);
    expect(isRead(s, 2, added("2024-11-18T09:59:59Z"))).toBe(true);
    expect(isRead(s, 3, added("2024-11-18T10:00:01Z"))).toBe(false);
    expect(isRead(s, 4, null)).toBe(false);
  });

  it("saves and unsaves with the title, newest last", () => {
    const now = new Date("2024-11-18T08:00:00Z");
    let s = toggleSaved(EMPTY_STATE, { id: 1, title: "一" }, now);
    s = toggleSaved(s, { id: 2, title: "二".repeat(400) }, now);
    expect(s.saved.map((a) => a.id)).toEqual([1, 2]);
    expect(s.saved[1]!.title).toHaveLength(300);
    expect(isSaved(s, 1)).toBe(true);
    s = toggleSaved(s, { id: 1, title: "一" }, now);
    expect(isSaved(s, 1)).toBe(false);
  });

  it("counts new from the start of the previous visit, for the whole of this one", () => {
    const first = beginVisit(EMPTY_STATE, new Date("2024-11-18T08:00:00Z"));
    expect(first.baseline).toBeNull();
    expect(isNew(first.state, first.baseline, 1, "2024-11-18T09:00:00Z")).toBe(false);
    const second = beginVisit(first.state, new Date("2024-11-19T08:00:00Z"));
    expect(second.baseline).toBe("2024-11-18T08:00:00.000Z");
    expect(isNew(second.state, second.baseline, 1, "2024-11-18T09:00:00Z")).toBe(true);
    expect(isNew(second.state, second.baseline, 2, "2024-11-18T07:00:00Z")).toBe(false);
    expect(isNew(markRead(second.state, 1), second.baseline, 1, "2024-11-18T09:00:00Z")).toBe(false);
  });
});
