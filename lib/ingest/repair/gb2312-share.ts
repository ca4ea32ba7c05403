/**
 * How much of a GBK/GB18030 byte string lies in GB2312's own region (both bytes 0xA1–0xFE).
 * A simplified-Chinese page saved as GBK is almost all GB2312: GBK's extension (a lead or trail
 * byte below 0xA1) holds traditional and rare characters. GB18030 reads almost any pair of high
 * bytes as some Han character, and a run of accented letters and cp1252 symbols (×éè°™…’ñ)
 * re-reads as plausible-looking traditional Han (檯採) through that extension, so a re-reading
 * whose characters come from it is not a simplified page's text.
 */
export function gb2312Share(bytes: ArrayLike<number>): number {
  let multibyte = 0;
  let gb2312 = 0;
  for (let i = 0; i < bytes.length; ) {
    const lead = bytes[i]!;
    if (lead < 0x81 || lead > 0xfe || i + 1 >= bytes.length) {
      i++;
      continue;
    }
    const trail = bytes[i + 1]!;
    multibyte++;
    // A digit after the lead starts one of GB18030's four-byte sequences: outside GB2312.
    if (trail >= 0x30 && trail <= 0x39) {
      i += 4;
      continue;
    }
    if (lead >= 0xa1 && trail >= 0xa1 && trail <= 0xfe) gb2312++;
    i += 2;
  }
  return multibyte === 0 ? 0 : gb2312 / multibyte;
}

/**
 * Least GB2312 share of a damaged phrase's GBK re-reading: a short run has no other evidence, so
 * it must be all but wholly GB2312. (A whole garbled page is judged on far more characters, and
 * may be a traditional text that GBK encodes through its extension, so it is not held to this.)
 */
export const MIN_GB2312_SHARE = 0.9;
