/** Whether a file is an HTML page or a plain-text dump: by its name, else by how it starts. */

const HTML_NAME = /\.(?:html?|xhtml|shtml)$/i;
// Optional XML prolog and comments, then a tag only an HTML document starts with.
const HTML_START = /^\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html|head|meta|body|title|link|base)\b/i;
const SNIFF_CHARS = 4_096;

export function looksLikeHtml(fileName: string, start: string): boolean {
  return HTML_NAME.test(fileName) || HTML_START.test(start.slice(0, SNIFF_CHARS).replace(/^\uFEFF/, ""));
}
