/**
 * Entry of the V8 start-up snapshot behind `npm run extract` (scripts/bundled.mjs builds it with
 * lib/build/fresh-snapshot.mjs). Building it evaluates every module and runs the pipeline once
 * on a small made-up page in each form (HTML, text dump, traditional script, GB18030 bytes), so
 * the tables built at first use (OpenCC dictionaries, the entity index, decoder tables) are
 * already in the snapshot; a started process then only runs extractCli on its arguments.
 * Those tables are caches of fixed data: the output does not depend on whether they were built
 * here or at the first page.
 */
import v8 from "node:v8";
import iconv from "iconv-lite";
import { extractFile } from "../lib/ingest/extract-file";
import { extractEntities } from "../lib/ingest/entities/extract-entities";
import { entityInputFromArticle } from "../lib/ingest/entities/from-article";
import { extractCli } from "./extract-cli";

const paragraph = "2026年12月4日，北京——一家人工智能公司今天发布了新一代大模型，公司首席执行官在发布会上介绍了模型的推理能力与应用场景。";
const traditional = "據報導，這家人工智慧公司於今日發表新一代大型語言模型，執行長表示將開放更多應用。";
const html = `<!doctype html><html><head><meta charset="utf-8"><title>人工智能公司发布新模型</title><meta name="author" content="张明"></head><body><nav><a href="/">首页</a> <a href="/tech">科技</a></nav><article><h1>人工智能公司发布新模型</h1><p>来源：科技日报 作者：张明</p><p>${paragraph}</p><p>${traditional}</p></article><footer>关于我们 联系我们</footer></body></html>`;
const text = `人工智能公司发布新模型\n来源：科技日报  发布时间：2026-12-04 10:00\n\n${paragraph}\n\n${traditional}\n`;

for (const [name, bytes] of [
  ["warm.html", Buffer.from(html)],
  ["warm.txt", Buffer.from(text)],
  ["warm-gbk.txt", iconv.encode(text, "gb18030")],
] as const) {
  const { article } = extractFile(bytes, name);
  extractEntities(entityInputFromArticle(article));
}

v8.startupSnapshot.setDeserializeMainFunction(() => {
  process.exit(extractCli(process.argv.slice(2)));
});
