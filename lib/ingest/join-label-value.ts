/**
 * A page may set a field's label and its value apart: <dt>作者</dt><dd>李娜</dd>, a table's label
 * cell before its value cell, a dump's 来源： line over the name. Read line by line, the label names
 * no one and the value looks like a stray word. Joined into one line (作者：李娜), the field is read
 * as the same field written on one line is.
 */
import type { Block } from "./types";

const NAME_LABEL = "作者|来源|稿源|出处|记者|通讯员|编辑|责任编辑|责编|文|撰文|撰稿|编译|出品";
const DATE_LABEL = "发布时间|发布日期|发表时间|更新时间|时间|日期";
const FIELD_LABEL = `${NAME_LABEL}|${DATE_LABEL}`;
// A label with its colon (作者：), or a definition term or header cell holding only the label (<dt>编译</dt>, <th>作者</th>).
const LABEL_WITH_COLON = new RegExp(`^\\s*(?:${FIELD_LABEL})\\s*[:：]\\s*$`, "u");
const LABEL_ALONE = new RegExp(`^\\s*(?:${FIELD_LABEL})\\s*$`, "u");
const DATE_LABEL_RE = new RegExp(`^\\s*(?:${DATE_LABEL})\\s*[:：]?\\s*$`, "u");
const NAME_MAX = 24;
const DATE_MAX = 40;

// A definition term or a table's header cell is a label by its element, with no colon needed.
const isLabel = (b: Block) => LABEL_WITH_COLON.test(b.text) || (/>(?:dt|th)(?:\.[^>]*)?$/.test(b.path) && LABEL_ALONE.test(b.text));

/**
 * The value a label may take: a date's has a digit; a name's is short and holds no field of its own
 * (an empty 作者： over the date, 责任编辑： over the next headline 标题：副题, stay apart).
 */
function fits(label: Block, value: Block | undefined): boolean {
  if (!value || isLabel(value)) return false;
  const v = value.text.trim();
  if (v.length === 0 || /[。！？]/.test(v)) return false;
  if (DATE_LABEL_RE.test(label.text)) return v.length <= DATE_MAX && /\d/.test(v);
  return v.length <= NAME_MAX && !/[:：]/.test(v) && !/^\d/.test(v);
}

export function joinLabelValues(blocks: Block[]): Block[] {
  if (!blocks.some(isLabel)) return blocks;
  const out: Block[] = [];
  for (let i = 0; i < blocks.length; i++) {
    const b = blocks[i]!;
    const next = blocks[i + 1];
    const value = isLabel(b) && fits(b, next) ? next! : null;
    if (!value) {
      out.push({ ...b, index: out.length });
      continue;
    }
    const label = b.text.trim().replace(/[:：]$/, "").trim();
    out.push({ ...b, index: out.length, text: `${label}：${value.text.trim()}`, linkDensity: value.linkDensity, core: b.core || value.core });
    i++;
  }
  return out;
}
