/** decodeBytes: BOMs, declared charsets checked against the bytes, detection, and typed refusals. */
import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeBytes } from "@/lib/ingest/decode/decode-bytes";
import { DecodeError, IngestInputError } from "@/lib/ingest/decode/errors";

const SIMPLIFIED = "人工智能大模型正在改变世界，百度、阿里巴巴和腾讯都在加大投入。记者从发布会上了解到，新产品将于下月上线。";
const TRADITIONAL = "人工智慧大模型正在改變世界，百度、阿里巴巴和騰訊都在加大投入。記者從發布會上了解到，新產品將於下月上線。";

const page = (charset: string | null, body: string) =>
  `<!DOCTYPE html><html><head>${charset ? `<meta http-equiv="Content-Type" content="text/html; charset=${charset}">` : ""}<title>测试</title></head><body><p>${body}</p></body></html>`;

function refusal(fn: () => unknown): IngestInputError {
  try {
    fn();
  } catch (err) {
    if (err instanceof IngestInputError) return err;
    throw err;
  }
  throw new Error("expected an IngestInputError");
}

describe("decodeBytes", () => {
  it("reads a GBK page that declares gb2312 as GB18030", () => {
    const d = decodeBytes(iconv.encode(page("gb2312", SIMPLIFIED), "gbk"), "a.html");
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toContain(SIMPLIFIED);
    expect(d.encodingReason).toContain("gb2312");
    expect(d.format).toBe("html");
  });

  it("detects an undeclared GBK page", () => {
    const d = decodeBytes(iconv.encode(page(null, SIMPLIFIED), "gbk"), "a.htm");
    expect(d.encoding).toBe("gb18030");
    expect(d.text).toContain(SIMPLIFIED);
    expect(d.encodingReason).toMatch(/^detected GB18030/);
  });

  it("detects an undeclared Big5 page", () => {
    const d = decodeBytes(iconv.encode(page(null, TRADITIONAL), "big5"), "a.html");
    expect(d.encoding).toBe("big5");
    expect(d.text).toContain(TRADITIONAL);
    expect(d.encodingReason).toMatch(/^detected Big5/);
  });

  it("trusts the bytes over a wrong declaration: Big5 bytes declared gb2312", () => {
    const d = decodeBytes(iconv.encode(page("gb2312", TRADITIONAL), "big5"), "a.html");
    expect(d.encoding).toBe("big5");
    expect(d.text).toContain(TRADITIONAL);
    expect(d.encodingReason).toContain("declared gb2312 but bytes read better as Big5");
  });

  it("reads a page declaring gb2312 whose bytes are UTF-8 as UTF-8", () => {
    const d = decodeBytes(Buffer.from(page("gb2312", SIMPLIFIED), "utf8"), "a.html");
    expect(d.encoding).toBe("utf-8");
    expect(d.text).toContain(SIMPLIFIED);
    expect(d.encodingReason).toBe("declared gb2312 but bytes are valid UTF-8");
  });

  it("does the same on the real dev page that declares GB2312", () => {
    const file = path.resolve(import.meta.dirname, "../fixtures/pages/people_1/source.html");
    const d = decodeBytes(fs.readFileSync(file), "people_1.html");
    expect(d.encoding).toBe("utf-8");
    expect(d.encodingReason).toBe("declared gb2312 but bytes are valid UTF-8");
  });

  it("honours UTF-16 byte-order marks, both orders, and the UTF-8 BOM", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(SIMPLIFIED, "utf16-le")]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(SIMPLIFIED, "utf16-be")]);
    const u8 = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(SIMPLIFIED, "utf8")]);
    expect(decodeBytes(le, "a.txt")).toMatchObject({ encoding: "utf-16le", text: SIMPLIFIED, format: "text", encodingReason: "byte-order mark (UTF-16LE)" });
    expect(decodeBytes(be, "a.txt")).toMatchObject({ encoding: "utf-16be", text: SIMPLIFIED });
    expect(decodeBytes(u8, "a.txt")).toMatchObject({ encoding: "utf-8", text: SIMPLIFIED });
  });

  it("recognises HTML by its start when the name says nothing", () => {
    expect(decodeBytes(Buffer.from(`<!-- saved -->\n${page(null, SIMPLIFIED)}`), "dump.txt").format).toBe("html");
    expect(decodeBytes(Buffer.from(`<meta charset="utf-8"><p>${SIMPLIFIED}</p>`), "x").format).toBe("html");
    expect(decodeBytes(Buffer.from(`标题\n${SIMPLIFIED}\n<p>不是网页</p>`), "x.txt").format).toBe("text");
  });

  it("refuses empty input with code empty", () => {
    expect(refusal(() => decodeBytes(new Uint8Array(0), "a.txt")).code).toBe("empty");
    expect(refusal(() => decodeBytes(Buffer.from(" \n\t "), "a.txt")).code).toBe("empty");
    expect(refusal(() => decodeBytes(Buffer.from([0xef, 0xbb, 0xbf]), "a.txt")).code).toBe("empty");
  });

  it("refuses binary input with code binary and says why", () => {
    const png = refusal(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), "a.html"));
    expect(png.code).toBe("binary");
    expect(png.message).toContain("PNG");
    const nul = refusal(() => decodeBytes(Buffer.from("abc\u0000def"), "a.txt"));
    expect(nul.code).toBe("binary");
    expect(nul.message).toContain("NUL");
    const control = refusal(() => decodeBytes(Buffer.from(Array.from({ length: 200 }, (_, i) => (i % 3 === 0 ? 0x01 : 0x41))), "a.txt"));
    expect(control.code).toBe("binary");
  });

  it("refuses bytes that no candidate decodes instead of returning U+FFFD soup", () => {
    const noise = Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 | ((i * 7919) % 128)));
    const err = refusal(() => decodeBytes(noise, "a.txt"));
    expect(err).toBeInstanceOf(DecodeError);
    expect(err.code).toBe("undecodable");
    expect(err.message).toMatch(/unmappable/);
  });

  it("keeps a GBK text with one damaged byte rather than refusing it", () => {
    const bytes = Buffer.concat([iconv.encode(SIMPLIFIED.repeat(3), "gbk"), Buffer.from([0xff])]);
    const d = decodeBytes(bytes, "a.txt");
    expect(d.encoding).toBe("gb18030");
    expect(d.text.startsWith(SIMPLIFIED)).toBe(true);
  });
});
