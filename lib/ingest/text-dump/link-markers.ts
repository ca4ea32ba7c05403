/**
 * Link and form markers of text-mode browser dumps: lynx and w3m number every link ("[12]新闻"),
 * show images and form fields as "[IMG]", "[    ]", "(BUTTON)" or an image's file name
 * ("[icon_4]", "[2012011718]"), html2text an image as its address in brackets. The markers are not text; the
 * links they number are what HTML link density measures, so their share of a line is kept as
 * the line's link density (a line of links is a menu, a paragraph with one link is prose).
 */

const LINK_MARKER = /\[\d{1,5}\]/g;
const WIDGET = /\[(?:IMG|INLINE|LINK|image|img|BUTTON|X|x|\*| ?)\]|\[[^\]\n]{0,24}? {6,}\]|\((?:BUTTON|submit|reset)\)|\[[^\]\s]*(?:\/\/|\.(?:png|jpe?g|gif|svg|webp|bmp)\b)[^\]]*\]|\[[\w.:-]*\$[\w$.:-]*\]|\[BUTTON[^\]]*\]|\(not implemented\)|_{4,}|\[(?:\d{6,}|(?=[^\]]*[A-Za-z_])[A-Za-z0-9_.@+-]{2,40})\]/g;
// A link's text ends at the next marker, space or clause punctuation, and is rarely longer than this.
const LINK_TEXT = /^[^\s\[\]，。！？；：、,!?;:（）()「」“”]{1,16}/u;

// Input fields, buttons and checkboxes as the dumpers draw them: the line is part of a form.
const FORM_CONTROL = /\[[^\]\n]{0,24}? {6,}\]|\((?:BUTTON|submit|reset)\)|\[BUTTON[^\]]*\]|_{4,}|\[(?:Submit|submit|X| )\]|(?:^|\s)Submit(?:\s|$)/;

export function hasFormControl(line: string): boolean {
  return FORM_CONTROL.test(line);
}

export interface MarkedLine {
  text: string;
  /** Share of the line's visible characters that sit in numbered links. */
  linkDensity: number;
  links: number;
}

export function stripLinkMarkers(line: string): MarkedLine {
  const withoutWidgets = line.replace(WIDGET, " ");
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
