/**
 * The whole cleaning pipeline for one decoded page: parse → repair → classify → metadata,
 * plus script detection, simplified forms and the spun-text check. Pure: no I/O.
 */
import type { Block, Decoded, ExtractedArticle, Flag, RemovedBlock } from "./types";
import { parseText } from "./parse-text";
import { splitGluedCredits } from "./split-glued-credit";
import { stripEntryTimeNames } from "./entry-time-names";
import { joinSpacedLabels, normaliseLabelColons } from "./label-colons";
import { splitDatedHeadline } from "./dated-headline";
import { BODY_LABEL } from "./classify/classify-blocks";
import { normaliseBracketLabels } from "./bracket-labels";
import { joinLabelValues } from "./join-label-value";
import { stripGalleryCounters } from "./gallery-counters";
import { repairBlocks } from "./repair/repair-blocks";
import { repairMojibake } from "./repair/mojibake";
import { classifyBlocks } from "./classify/classify-blocks";
import { extractMetadata, type HtmlHints } from "./metadata/extract-metadata";
import { analyseSpun, restoreSpun } from "./repair/spun-text";
import { detectScript, toSimplified } from "../text/script";
import { forgetPageLines } from "./classify/features";

/** What an HTML front end hands over: the main-content blocks and what it learnt from the page. */
export interface PreparedHtml {
  blocks: Block[];
  removedOutside: RemovedBlock[];
  hints: HtmlHints;
  /** Which stage of the HTML cascade chose the content. */
  stage: string;
}

const SHORT_BODY = 200;

const HINT_TEXTS = ["title", "author", "source", "description", "siteName"] as const;

/**
 * The head's texts (<title>, <meta>) repaired as the blocks are: a page whose body is clean may
 * carry a title garbled on its own (GBK shown as Latin-1, from a template saved apart), which
 * the whole-text reversal leaves alone since the clean body is no mojibake.
 */
function repairHints(hints: HtmlHints): HtmlHints {
  let out = hints;
  for (const key of HINT_TEXTS) {
    const text = hints[key];
    if (!text) continue;
    const fixed = repairMojibake(text, -1).text;
    if (fixed !== text) out = { ...out, [key]: fixed };
  }
  return out;
}

export function extractFromDecoded(decoded: Decoded, file: string, html?: PreparedHtml): ExtractedArticle {
  forgetPageLines();
  const parsed = stripEntryTimeNames(stripGalleryCounters(joinLabelValues(splitGluedCredits(normaliseBracketLabels(joinSpacedLabels(normaliseLabelColons(html ? html.blocks : splitDatedHeadline(parseText(decoded.text)))))))));
  const { blocks, repairs } = repairBlocks(parsed);
  const hints = html && repairHints(html.hints);
  const cls = classifyBlocks(blocks, { titleHint: hints?.title ?? null });
  // 正文：… opening the text (an excerpt saved as labelled fields) labels it; the label is no word of it
  const paragraphs = cls.body.map((i, k) => (k === 0 && BODY_LABEL.test(blocks[i]!.text) ? blocks[i]!.text.replace(BODY_LABEL, "") : blocks[i]!.text));
  const meta = extractMetadata(blocks, cls, paragraphs, hints ?? undefined);
  const body = paragraphs.join("\n\n");
  const title = meta.title;
  const script = detectScript(`${title}\n${body}`);
  const titleSimplified = toSimplified(title);
  const bodySimplified = toSimplified(body);
  const spun = analyseSpun(`${titleSimplified}\n${bodySimplified}`);

  const flags: Flag[] = [];
  if (script === "traditional") flags.push("traditional-script");
  if (spun.spun) flags.push("spun-text");
  if (repairs.some((r) => r.kind === "lost-bytes")) flags.push("lost-bytes");
  if (meta.dateInferred) flags.push("date-inferred");
  if (!meta.publishedAt) flags.push("no-date");
  if (body.replace(/\s/g, "").length < SHORT_BODY) flags.push("short-body");
  if (!title) flags.push("no-title");

  return {
    ...meta,
    file,
    encoding: decoded.encoding,
    encodingReason: decoded.encodingReason,
    format: decoded.format,
    script,
    paragraphs,
    body,
    titleSimplified,
    bodySimplified,
    restoredTitle: spun.spun ? restoreSpun(titleSimplified) : null,
    restoredBody: spun.spun ? restoreSpun(bodySimplified) : null,
    repairs: [
      ...repairs,
      ...(spun.spun
        ? spun.hits.map((h) => ({ kind: "spun-text" as const, block: -1, offset: -1, from: h.spun, to: h.original, applied: false }))
        : []),
    ],
    removed: [...(html?.removedOutside ?? []), ...cls.removed],
    flags,
    contentStage: html?.stage ?? null,
  };
}
