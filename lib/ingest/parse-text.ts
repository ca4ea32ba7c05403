/** Splits a plain-text dump into line blocks, keeping indentation and bullets as structure hints. */
import type { Block } from "./types";

const BULLET = /^[•·●▪◆◇■□►▶\-*]\s+/;

export function parseText(text: string): Block[] {
  const blocks: Block[] = [];
  const lines = text.replace(/\r\n?/g, "\n").split("\n");
  for (const raw of lines) {
    const expanded = raw.replace(/\t/g, "    ").replace(/\u3000/g, "  ");
    const trimmed = expanded.trim();
    if (trimmed === "") continue;
    const indent = expanded.length - expanded.trimStart().length;
    const listItem = BULLET.test(trimmed) && !/^■\s*\p{Script=Han}{2,4}$/u.test(trimmed);
    blocks.push({
      index: blocks.length,
      text: listItem ? trimmed.replace(BULLET, "") : trimmed,
      path: "line",
      linkDensity: 0,
      indent,
      heading: false,
      listItem,
    });
  }
  return blocks;
}
