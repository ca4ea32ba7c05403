/**
 * An invented news page for the cleaner's unit tests: four paragraphs of an article, a page around
 * them (nav, headline, info row, content, footer links), and short ways to read back what the
 * pipeline made of it, a byline's names or a line's vocabulary hit.
 */
import { extractFile } from "@/lib/ingest/extract-file";
import { parseByline } from "@/lib/ingest/metadata/byline";
import { vocabularyHit } from "@/lib/ingest/classify/vocabulary";
import { foldLine } from "@/lib/text/fold";

export const PARAS = [
  "十一月以来，多家大模型公司陆续下调了旗舰模型的接口价格，降幅从两成到五成不等，中小开发者的调用成本明显下降。",
  "一位做智能客服的创业者说，价格下降后，他们把原本只在夜间运行的批量任务改到了白天，客户的等待时间缩短了一半。",
  "不过也有开发者担心，价格战会让部分厂商压缩研发投入，长期来看未必是好事，行业需要找到更健康的盈利方式。",
  "业内人士预计，明年的竞争焦点将从价格转向服务质量，包括稳定性、响应速度和对企业私有数据的保护能力。",
];

/** The page with `info` as its info row and `content` (HTML) as the article's box. */
export const page = (info: string, content: string, title = "大模型接口降价之后") =>
  `<!DOCTYPE html><html><head><meta charset="utf-8"><title>${title} - 某科技站</title></head><body>
<div class="nav"><a href="/">首页</a> <a href="/ai">AI</a> <a href="/cloud">云计算</a></div>
<div class="main"><h1>${title}</h1><div class="info">${info}</div><div class="content">${content}</div></div>
<div class="foot"><a href="/about">关于我们</a> | <a href="/jobs">加入我们</a></div></body></html>`;

export const paras = (list: string[]) => list.map((p) => `<p>${p}</p>`).join("");

export const extract = (html: string) => extractFile(Buffer.from(html), "page.html").article;

/** The names parseByline reads from one line. */
export const names = (line: string) => {
  const into = { authors: [] as string[], reporters: [] as string[], editors: [] as string[] };
  parseByline(line, into);
  return into;
};

export const hit = (line: string) => vocabularyHit(foldLine(line));
