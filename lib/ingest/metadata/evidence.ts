/**
 * Everything the metadata resolvers may read, gathered once per article and grouped by kind of
 * evidence, strongest first: structured data and meta tags (from the HTML front end), the lines
 * around the headline and under the body (whatever the classifier made of them: a byline is
 * often taken for navigation), the first and last paragraph (agency datelines, a writer's name
 * in brackets), the page's URL, and the rest of the page text (neighbouring articles' dates).
 * Lines far from the article never count, so names and dates in site chrome do not leak in.
 */
import { dumpReferenceYear, dumpSelfAddress } from "./dump-self-address";
import type { Block, Byline, RemovalKind } from "../types";
import { isBylineShaped, parseByline } from "./byline";
import type { Classification } from "../classify/classify-blocks";
import type { PageEvidence } from "../html/page-hints";
import { looksLikeOutlet } from "./names";

const HEADER_SLACK = 3;
const TAIL_SLACK = 6;
const HEADER_LINES = 8;
const LINE_MAX = 150;
const EDGE = 120;
const OTHER_ARTICLES = new Set<RemovalKind>(["prev-next", "related", "link-list", "comment"]);
const ABOVE_TITLE = 2;
/**
 * The header a post copied from a WeChat account prints above its headline when scraped as text
 * (原创 作者 账号 日期; 作者 发自 地点; 账号 | 公众号 ID): read as the header is, wherever it stands.
 */
const POST_HEADER = /^\s*原创\s+\S|^\s*\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4}){0,2}\s+发自\s*\S+\s*$|[|｜丨]\s*(?:微信)?公众号/u;
const POST_HEADER_REACH = 4;
const POST_LINE_MAX = 60;
/**
 * A dump prints the header block where the page laid it out, sometimes above the headline
 * (每经记者：X 每经编辑：Y; 21世纪经济报道记者 X 北京报道; 作者 | X over the title): credit lines
 * this close above the title are the header's too.
 */
const CREDITS_ABOVE = 3;
/** A source field with a bar, one name: 来源 | 第一财经. */
const BAR_SOURCE = /^\s*(?:来源|稿源|出处)\s*[|｜丨]\s*[^\s|｜丨、，,]{2,30}\s*$/u;
// A banner's greeting with today's date (今天是2024年3月5日) is the visit's day, not the article's.
const TODAY = /今天|今日|欢迎|天气/;
const NEIGHBOUR_LINE = /^\s*(上一篇|下一篇|上一条|下一条|前一篇|后一篇|相关)/;

/** What the HTML front end learnt from the page (absent for text dumps). */
export interface HtmlHints {
  title?: string | null;
  publishedAt?: string | null;
  author?: string | null;
  source?: string | null;
  description?: string | null;
  siteName?: string | null;
  evidence?: PageEvidence;
}

export interface MetadataEvidence {
  html: PageEvidence | null;
  siteName: string | null;
  /** Lines from the title down to just inside the body, in page order (HTML header lines first). */
  header: string[];
  /** Lines just under the body. */
  trailer: string[];
  /** Closing notes about the author: "(作者系…)". */
  notes: string[];
  /** Short lines under the body naming an outlet (…新闻, …日报), found by the classifier. */
  outlets: string[];
  /** The first and last characters of the body (EDGE of them). */
  lead: string | null;
  /** A text dump's headline linked to an address (its own page's, as a blog links its headline). */
  headlineUrl: string | null;
  /** Text dumps: the page's own address from its reference list (dump-self-address.ts). */
  selfAddress: string | null;
  /** Text dumps: the one year every dated address of the reference list files its page under. */
  referenceYear: number | null;
  /**
   * The openings of the first few paragraphs: a caption or a subtitle kept above the lead pushes
   * the agency dateline (湖南日报12月15日讯（记者X）) into the second or third.
   */
  openings: string[];
  /** The openings of the last few paragraphs: a release's 关于X boilerplate stays in its body (about-issuer.ts). */
  closings: string[];
  tail: string | null;
  /** Texts of the neighbouring-article links (上一篇/下一篇). */
  neighbours: string[];
  /** Every name the byline-shaped header and trailer lines credit, by role (read once). */
  bylines: Byline;
  /** Outlets a writer's field names before the writers (文｜财新 X Y): a publisher, no author. */
  bylineOutlets: string[];
  /**
   * Names credited by byline lines inside the body's span, which the classifier cut from the body
   * (a credit under a summary box, 采写：… above a related-article block): weaker than the header's.
   */
  innerBylines: Byline;
  /**
   * Date lines just above the headline (a dump that prints the date first): weaker than the
   * header's, since a portal's banner prints today's date up there too.
   */
  aboveTitle: string[];
  /** Lines anywhere on the page that give the original headline of a reprint (原标题：…). */
  originalTitles: string[];
}

/** Paragraphs whose openings are read for a dateline when the lead has none. */
const OPENINGS = 3;
/** Last paragraphs read for a release's issuer boilerplate (关于X, a description, a contact). */
const CLOSINGS = 4;
/** Shorter than this, a body line is not where a dateline (新华社…电（记者X）) would be. */
const LEAD_MIN_CHARS = 20;

const short = (t: string) => t.trim().length > 0 && t.length <= LINE_MAX;

function unique(lines: string[]): string[] {
  return [...new Set(lines.map((l) => l.trim()))].filter(short);
}

/**
 * Indices of every line the classifier filed as another article's. A removal record names only
 * the first line of its run, and a run goes on to the next record, the title or the body: a
 * second report under the article is a run whose reporter's line is several lines down.
 */
function otherArticleLines(count: number, cls: Classification): Set<number> {
  const kept = new Set(cls.body);
  if (cls.titleIndex !== null) kept.add(cls.titleIndex);
  const starts = cls.removed.filter((r) => r.index >= 0).map((r) => r.index).sort((a, b) => a - b);
  const out = new Set<number>();
  for (const r of cls.removed) {
    if (r.index < 0 || !OTHER_ARTICLES.has(r.kind)) continue;
    const next = starts.find((s) => s > r.index) ?? count;
    for (let i = r.index; i < next && !kept.has(i); i++) out.add(i);
  }
  return out;
}

export function gatherEvidence(blocks: Block[], cls: Classification, paragraphs: string[], hints: HtmlHints): MetadataEvidence {
  const bodyStart = cls.body[0] ?? blocks.length;
  const bodyEnd = cls.body[cls.body.length - 1] ?? bodyStart;
  const from = cls.titleIndex !== null && cls.titleIndex < bodyStart ? cls.titleIndex + 1 : Math.max(0, bodyStart - 3);
  // Lines the classifier filed as other articles (上一篇/下一篇, related lists) are not this one's.
  const others = otherArticleLines(blocks.length, cls);
  const own = (b: Block) => !others.has(b.index) && !NEIGHBOUR_LINE.test(b.text);
  // a summary box cut from the body's opening widens the window by its lines: the byline stands above the box
  const headerBlocks = blocks.slice(Math.max(from, bodyStart - HEADER_LINES - (cls.boxAbove ?? 0)), bodyStart).filter(own).map((b) => b.text);
  const metaIn = (lo: number, hi: number) => cls.metadata.filter((m) => m.index >= lo && m.index <= hi && m.kind !== "note" && m.kind !== "outlet");
  const headerMeta = metaIn(from - 1, bodyStart + HEADER_SLACK).map((m) => m.text);
  // The trailer ends where another article begins under the body: the byline further down is that article's.
  const tailEnd = Math.min(bodyEnd + TAIL_SLACK, ...[...others].filter((i) => i > bodyEnd).map((i) => i - 1));
  const trailerMeta = metaIn(Math.max(bodyStart + HEADER_SLACK + 1, bodyEnd - 1), tailEnd).map((m) => m.text);
  const trailerBlocks = blocks.slice(bodyEnd + 1, tailEnd + 1).filter(own).map((b) => b.text);
  const near = (m: { index: number }) => (m.index >= from - 1 && m.index <= bodyStart + HEADER_SLACK) || (m.index >= bodyEnd - 1 && m.index <= tailEnd);
  const postLines = cls.titleIndex === null || hints.evidence
    ? []
    : blocks.slice(Math.max(0, cls.titleIndex - POST_HEADER_REACH), cls.titleIndex).map((b) => b.text).filter((t) => t.length <= POST_LINE_MAX && POST_HEADER.test(t));
  const creditsAbove = cls.titleIndex === null || hints.evidence
    ? []
    : cls.metadata
        .filter((m) => m.index < cls.titleIndex! && m.index >= cls.titleIndex! - CREDITS_ABOVE)
        // a date line there is one only when it credits someone too (第一财经 2025-04-09 作者：X)
        .filter((m) => m.kind === "byline" || m.kind === "origin" || (m.kind === "dateline" && isBylineShaped(m.text) && !TODAY.test(m.text)))
        .map((m) => m.text);
  // "来源 | 第一财经" among the fields over a text's headline: a source field with a bar, which the
  // line classifier does not take for a credit anywhere else (under a body it is often the body's).
  const barSourceAbove = cls.titleIndex === null || hints.evidence
    ? []
    : blocks.slice(Math.max(0, cls.titleIndex - CREDITS_ABOVE), cls.titleIndex).map((b) => b.text).filter((t) => BAR_SOURCE.test(t));
  const header = unique([...(hints.evidence?.headerLines ?? []), ...headerBlocks, ...headerMeta, ...postLines, ...creditsAbove, ...barSourceAbove]);
  const trailer = unique([...trailerMeta, ...trailerBlocks, ...(hints.evidence?.trailerLines ?? [])]);
  const bylines: Byline = { authors: [], reporters: [], editors: [] };
  const bylineOutlets: string[] = [];
  for (const line of [...header, ...trailer]) if (isBylineShaped(line)) parseByline(line, bylines, bylineOutlets);
  const innerBylines: Byline = { authors: [], reporters: [], editors: [] };
  for (const m of cls.metadata) {
    if (m.kind === "byline" && m.index > bodyStart + HEADER_SLACK && m.index < bodyEnd - 1 && isBylineShaped(m.text)) parseByline(m.text, innerBylines);
  }
  // "2025.11.21 周五 / 来源 | X / 作者 | Y / headline": a date line heading a block of fields that
  // runs without a break down to the headline is the header's, however many fields it has.
  const metaAt = new Set(cls.metadata.map((m) => m.index));
  const fieldsUpTo = (from: number) => {
    if (cls.titleIndex === null || cls.titleIndex - from > CREDITS_ABOVE + 1) return false;
    for (let i = from + 1; i < cls.titleIndex; i++) if (!metaAt.has(i) && !BAR_SOURCE.test(blocks[i]!.text)) return false;
    return true;
  };
  return {
    bylines,
    bylineOutlets,
    innerBylines,
    html: hints.evidence ?? null,
    siteName: hints.siteName ?? null,
    header,
    trailer: trailer.filter((l) => !NEIGHBOUR_LINE.test(l)),
    notes: cls.metadata.filter((m) => m.kind === "note" && near(m)).map((m) => m.text),
    // An outlet line is one name: not ",南方都市报" (the tail of something else), not a heading
    // such as "更多 今日總覽 新聞".
    outlets: cls.metadata
      .map((m) => m.text.trim())
      .filter((t, i) => cls.metadata[i]!.kind === "outlet" && /^[\p{L}\p{N}]/u.test(t) && !/\s/.test(t) && looksLikeOutlet(t)),
    // Datelines open a paragraph and credits close one: the ends are all that is read.
    // The lead is the first paragraph that reads as prose: a tab label or caption kept above it
    // (图集) carries no dateline.
    headlineUrl: cls.titleIndex !== null ? (blocks[cls.titleIndex]?.linkUrl ?? null) : null,
    selfAddress: hints.evidence ? null : dumpSelfAddress(blocks.map((b) => b.text)),
    referenceYear: hints.evidence ? null : dumpReferenceYear(blocks.map((b) => b.text)),
    lead: (paragraphs.find((p) => p.replace(/\s/g, "").length >= LEAD_MIN_CHARS) ?? paragraphs[0])?.slice(0, EDGE) ?? null,
    openings: paragraphs.slice(0, OPENINGS).map((p) => p.slice(0, EDGE)),
    closings: paragraphs.slice(-CLOSINGS).map((p) => p.slice(0, EDGE)),
    tail: paragraphs[paragraphs.length - 1]?.slice(-EDGE) ?? null,
    neighbours: cls.removed.filter((r) => r.kind === "prev-next").map((r) => r.text),
    aboveTitle: cls.titleIndex === null
      ? []
      : [
          ...cls.metadata.filter((m) => m.kind === "dateline" && m.index < cls.titleIndex! && (m.index >= cls.titleIndex! - ABOVE_TITLE || fieldsUpTo(m.index)) && !TODAY.test(m.text)).map((m) => m.text),
          ...postLines,
        ],
    originalTitles: [
      ...(hints.evidence?.originalTitles ?? []),
      ...blocks.map((b) => b.text).filter((t) => t.length <= LINE_MAX && t.includes("标题") && /原标题\s*[:：]/.test(t)),
    ],
  };
}
