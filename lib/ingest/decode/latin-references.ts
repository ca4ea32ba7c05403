/**
 * Mojibake an HTML writer escaped: after UTF-8 (or GBK) bytes were shown as Latin-1/cp1252, a
 * CMS or serializer that escapes every non-ASCII character wrote each one as a character
 * reference (å¤§ as &aring;&curren;&sect;, or &#229;&#164;&#167;), and one that escapes only
 * the no-break space wrote the byte 0xA0 as &nbsp; in the middle of a character's bytes. The
 * raw text then holds no Latin-1 character for the whole-text reversal to see, and after parsing
 * each block is garbage the region choice throws away. Such references are resolved to the
 * characters they name (the same HTML, written otherwise) so the reversal can read the bytes;
 * references to ASCII (&lt; &amp; &quot;) are markup and are never touched.
 */

/** Latin-1's upper half from U+00A0, by HTML entity name. */
const LATIN1_NAMES =
  "nbsp iexcl cent pound curren yen brvbar sect uml copy ordf laquo not shy reg macr deg plusmn sup2 sup3 acute micro para middot cedil sup1 ordm raquo frac14 frac12 frac34 iquest " +
  "Agrave Aacute Acirc Atilde Auml Aring AElig Ccedil Egrave Eacute Ecirc Euml Igrave Iacute Icirc Iuml ETH Ntilde Ograve Oacute Ocirc Otilde Ouml times Oslash Ugrave Uacute Ucirc Uuml Yacute THORN szlig " +
  "agrave aacute acirc atilde auml aring aelig ccedil egrave eacute ecirc euml igrave iacute icirc iuml eth ntilde ograve oacute ocirc otilde ouml divide oslash ugrave uacute ucirc uuml yacute thorn yuml";
/** cp1252's symbols for 0x80–0x9F, by HTML entity name. */
const CP1252_NAMES: Record<string, string> = {
  euro: "€", sbquo: "‚", fnof: "ƒ", bdquo: "„", hellip: "…", dagger: "†", Dagger: "‡", circ: "ˆ", permil: "‰", Scaron: "Š", lsaquo: "‹", OElig: "Œ",
  Zcaron: "Ž", lsquo: "‘", rsquo: "’", ldquo: "“", rdquo: "”", bull: "•", ndash: "–", mdash: "—", tilde: "˜", trade: "™", scaron: "š", rsaquo: "›",
  oelig: "œ", zcaron: "ž", Yuml: "Ÿ",
};
const NAMED = new Map<string, string>([...LATIN1_NAMES.split(" ").map((n, i) => [n, String.fromCharCode(0xa0 + i)] as const), ...Object.entries(CP1252_NAMES)]);
const CP1252_SYMBOLS = new Set(Object.values(CP1252_NAMES));

const REFERENCE = /&(?:#(\d{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{1,7}));/g;

/** A character of a Latin-1/cp1252 reading a reference names, or null for any other reference. */
function byteCharacter(dec: string | undefined, hex: string | undefined, name: string | undefined): string | null {
  if (name !== undefined) return NAMED.get(name) ?? null;
  const code = dec !== undefined ? Number(dec) : parseInt(hex!, 16);
  if (code >= 0x80 && code <= 0xff) return String.fromCharCode(code);
  const ch = code <= 0x10ffff ? String.fromCodePoint(code) : "";
  return CP1252_SYMBOLS.has(ch) ? ch : null;
}

/**
 * The HTML with its references to Latin-1/cp1252 characters resolved, or null when it has none.
 * Resolving changes nothing a parser sees; the caller keeps the result only when it reverses.
 */
export function resolveLatinReferences(html: string): string | null {
  if (!html.includes("&")) return null;
  let found = 0;
  const out = html.replace(REFERENCE, (ref: string, dec?: string, hex?: string, name?: string) => {
    const ch = byteCharacter(dec, hex, name);
    if (ch === null) return ref;
    found++;
    return ch;
  });
  return found > 0 ? out : null;
}

/** REFERENCE at one position (sticky): each "&" of a page is tried once, with no scan between them. */
const REFERENCE_AT = new RegExp(REFERENCE.source, "y");

/**
 * How many references the HTML holds to a character of UTF-8's lead bytes read as Latin-1
 * (U+00C2–U+00F4), counted up to `limit`, without building the resolved text (which costs a copy
 * of the page for every page with an &amp; or an &nbsp;). With the lead characters the HTML holds
 * as they are, that is how many resolveLatinReferences would leave: a reference is ASCII, so no
 * lead character is inside one, and each "&" is where REFERENCE's scan would try one. Searching
 * for "&" alone (indexOf) spares a regular expression's scan of the whole page for either.
 */
export function referenceLeads(html: string, limit: number): number {
  let n = 0;
  for (let at = html.indexOf("&"); at !== -1 && n < limit; ) {
    REFERENCE_AT.lastIndex = at;
    const m = REFERENCE_AT.exec(html);
    if (m) {
      const ch = byteCharacter(m[1], m[2], m[3]);
      if (ch !== null && ch >= "\u00c2" && ch <= "\u00f4") n++;
      at = html.indexOf("&", REFERENCE_AT.lastIndex);
    } else at = html.indexOf("&", at + 1);
  }
  return n;
}
