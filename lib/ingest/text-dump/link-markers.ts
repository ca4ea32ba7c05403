/**
 * Link and form markers of text-mode browser dumps: lynx and w3m number every link ("[12]新闻"),
 * show images and form fields as "[IMG]", "[    ]", "(BUTTON)" or an image's file name
 * ("[icon_4]", "[2012011718]"), html2text an image as its address in brackets. The markers are not text; the
 * links they number are what HTML link density measures, so their share of a line is kept as
 * the line's link density (a line of links is a menu, a paragraph with one link is prose).
 * html2text writes Markdown instead: a link as [text](address), an image as ![alt](address)
 * (a linked logo as both, nested), bold as **text**; the text stays, the rest is markup.
 */

const LINK_MARKER = /\[\d{1,5}\]/g;
// lynx prints a <sup> as ^ before it: a citation's link (满分^[5][1]) is marked so; the caret is no text.
const SUPERSCRIPT_LINK = /\^(?=\[\d{1,5}\])/g;
const WIDGET = /\[(?:IMG|INLINE|LINK|image|img|BUTTON|X|x|\*| ?)\]|\[[^\]\n]{0,24}? {6,}\]|\((?:BUTTON|submit|reset)\)|\[[^\]\s]*(?:\/\/|\.(?:png|jpe?g|gif|svg|webp|bmp)\b)[^\]]*\]|\[[\w.:-]*\$[\w$.:-]*\]|\[BUTTON[^\]]*\]|\(not implemented\)|_{4,}|\[(?:\d{6,}|(?=[^\]]*[A-Za-z_])[A-Za-z0-9_.@+-]{2,40})\]/g;
// A link's text ends at the next marker, space or clause punctuation, and is rarely longer than this.
const LINK_TEXT = /^[^\s\[\]，。！？；：、,!?;:（）()「」“”]{1,16}/u;

// Input fields, buttons and checkboxes as the dumpers draw them: the line is part of a form.
const FORM_CONTROL = /\[[^\]\n]{0,24}? {6,}\]|\((?:BUTTON|submit|reset)\)|\[BUTTON[^\]]*\]|_{4,}|\[(?:Submit|submit|X| )\]|(?:^|\s)Submit(?:\s|$)/;

export function hasFormControl(line: string): boolean {
  return FORM_CONTROL.test(line);
}

// The address part must look like one, so that bracketed prose followed by a bracket stays text.
// html2text escapes an address's own brackets (javascript:void\(0\);): they do not close it.
const MD_ADDRESS = String.raw`\((?:https?:\/\/|\/|\.{1,2}\/|#|javascript:|mailto:)(?:\\[()]|[^)\s])*(?:\s+"[^"\n]*")?\)`;
const MD_IMAGE = new RegExp(String.raw`!\[[^\]\n]*\]` + MD_ADDRESS, "g");
const MD_LINK = new RegExp(String.raw`\[([^\[\]\n]*)\]` + MD_ADDRESS, "g");
// Only a pair that hugs its words: a row of stars is a frame or a rule.
const MD_BOLD = /(?<!\*)\*\*(?![\s*])([^*\n]+?)(?<![\s*])\*\*(?!\*)/g;
// html2text writes <em> as _text_ (a WeChat post's date and place: _2026年12月03日 08:30_ _北京_):
// only a pair with spaces or the line's ends around it, so that snake_case, a <title>'s 标题_频道_站名
// and a form's ____ stay.
const MD_EMPHASIS = /(?<=^|\s)_(?![\s_])([^_\n/]+?)(?<![\s_])_(?=\s|$)/gu;

// …and as *text* (a picture's caption in italics under it): a single star hugging its words, with
// spaces or the line's ends around it, so that a bullet ("* item") and a footnote's star stay.
const MD_ITALIC = /(?<=^|\s)\*(?![\s*])([^*\n]+?)(?<![\s*])\*(?=\s|$)/gu;
// A quoted block ("> 测试提示：…"): the marks before the line's text are no part of it.
const MD_QUOTE = /^\s*(?:>\s)+(?=[^\s>])/;

/** html2text's Markdown links as lynx-style numbered links, so that one measure serves both. */
function markdownAsMarkers(line: string): string {
  if (!line.includes("](") && !line.includes("*") && !line.includes("_") && !line.includes(">")) return line;
  let n = 0;
  return line
    .replace(MD_QUOTE, "")
    .replace(MD_IMAGE, " ")
    .replace(MD_LINK, (_, text: string) => (text.trim() === "" ? " " : `[${++n}]${text.trim()}`))
    .replace(MD_BOLD, "$1")
    .replace(MD_EMPHASIS, "$1")
    .replace(MD_ITALIC, "$1");
}

export interface MarkedLine {
  text: string;
  /** Share of the line's visible characters that sit in numbered links. */
  linkDensity: number;
  links: number;
}

export function stripLinkMarkers(line: string): MarkedLine {
  const withoutWidgets = markdownAsMarkers(line).replace(WIDGET, " ").replace(SUPERSCRIPT_LINK, "");
  let linked = 0;
  let links = 0;
  const parts = withoutWidgets.split(LINK_MARKER);
  if (parts.length === 1) return { text: withoutWidgets, linkDensity: 0, links: 0 };
  for (let i = 1; i < parts.length; i++) {
    links++;
    linked += LINK_TEXT.exec(parts[i]!)?.[0].length ?? 0;
  }
  const text = parts.join("");
  const visible = text.replace(/\s+/g, "").length;
  return { text, linkDensity: visible === 0 ? 1 : Math.min(1, linked / visible), links };
}
