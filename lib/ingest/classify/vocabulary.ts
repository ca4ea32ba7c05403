/**
 * Boilerplate recognised by general vocabulary and shape, one block at a time: copyright lines,
 * disclaimers, contact bars, ads, share bars, image credits, navigation bars and lists of short
 * tokens, and the markers that open "related"/link-list sections. Nothing here names a site.
 * Lines are matched on their simplified, width-folded form so traditional pages match too.
 */
import type { RemovalKind } from "../types";
import { CORRECTION_NOTICE } from "./correction-notice";

export interface VocabularyHit {
  kind: RemovalKind;
  reason: string;
  /** The block opens a section whose following blocks are boilerplate too (相关推荐, 友情链接). */
  opensSection?: boolean;
  /** Found by shape alone (short items set apart by spaces), no word of a menu's. */
  shape?: boolean;
}

const SECTION_MARKERS: { re: RegExp; kind: RemovalKind; reason: string }[] = [
  // 延伸阅读：<headline> with its one item after the colon on the same line is a single link set in
  // the text (the related-link rule below), not the heading of a list: the article goes on under it.
  {
    re: /^(编辑|小编)(精选|推荐)[\sa-z:：]*$|^(更多)?(相关|热门|精彩|最新|猜你|为你|大家都在|更多|延伸|推荐|热点|同类|往期|相似)的?(推荐|内容|阅读|文章|新闻|资讯|快讯|链接|报道|栏目|专题|喜欢|在看|看|文章推荐)?[\sa-z:：]*$|^(相关|推荐|延伸|热门)(推荐|阅读|文章|内容)(?![^:：>》]{0,4}[:：>》]\s*[^\s:：>》])|^(其他人|别人|网友|读者|很多人|更多人)(也|都)?在(看|读)[\sa-z:：]*$|^(你|您)(可能)?(还|也)(想|会|在)?(看|读|喜欢|感兴趣)[\sa-z:：]*$|^(图文|图片|视频)(推荐|精选)[\sa-z:：]*$/i,
    kind: "related",
    reason: "opens a list of other articles",
  },
  // A media site's pitch for its own event or course under the article (活动推荐, 大会推荐): a heading over an advert.
  { re: /^[【\[]?(活动|会议|大会|峰会|直播|课程)推荐[】\]]?[\s:：]*$/, kind: "ad", reason: "opens a pitch for an event or course" },
  // A Q&A page's list of other questions under the one it shows (该公司其他问答, 相关问答, 热门问答).
  { re: /^(该公司|该股|本公司|该用户|ta的)?(其他|其它|更多|相关|热门|最新|相似|类似)的?问答(推荐|列表)?[\sa-z:：]*$/i, kind: "related", reason: "opens a list of other questions" },
  // The same lists on Japanese pages, which the Chinese sets hold too (matched after folding: 記事 → 记事).
  {
    re: /^(この记事を(见た|読んだ)(人|方)に)?(おすすめ|オススメ)の?(记事|コンテンツ)?[\s:：]*$|^関连(する)?记事[\s:：]*$|^人気(の)?记事(ランキング)?[\s:：]*$|^(最近|最新)の(投稿|记事)[\s:：]*$|^(前回|前|次)の记事[\s:：]*$|^(あわせて|合わせて)読みたい/,
    kind: "related",
    reason: "opens a list of other articles",
  },
  // Links to the quote pages of the companies the article named (文中提及, 本文涉及个股): a finance site's widget after the text.
  { re: /^(文中|本文|文章)(提及|提到|涉及|相关)的?(股票|个股|公司|标的|上市公司)?[\s:：]*$/, kind: "related", reason: "opens links to the companies the article names" },
  // A language-learning page's word list under the text (重点词汇: word, part of speech, gloss): study apparatus, not the article.
  { re: /^[\[【(（]?(重点|核心|本文|今日|关键)?(词汇|单词|生词|词语)(表|积累|解析|注释|学习|速记)?[\]】)）]?[:：]?$/, kind: "link-list", reason: "opens a word list (重点词汇)" },
  { re: /^友情链接|^合作伙伴[:：]?$|^友链[:：]?/, kind: "link-list", reason: "link farm (友情链接)" },
  // A notice's own heading (免责声明, 版权声明) over its clauses: the clauses read like prose, each as
  // long as a paragraph, and not each names its kind (著作权…, 如涉及作品内容…), so the heading does.
  // A bare 声明 may head a company's statement itself, so only the notice's kinds count.
  { re: /^[(（【\[]?(免责声明|版权声明|版权与免责声明|版权及免责声明|免责条款|风险声明)[)）】\]]?[:：]?$/, kind: "disclaimer", reason: "opens a copyright or disclaimer notice" },
  // The works an article cites, listed under it (参考文献, 参考资料): apparatus pointing elsewhere,
  // not its text (meta-txt-bracketed-lead-label; site-explainer-footnote-marks-reference-list).
  { re: /^[\[【(（]?(参考文献|参考资料|参考链接|参考来源|引用文献|文献来源)[\]】)）]?[:：]?$/, kind: "link-list", reason: "opens the article's reference list" },
  // 跟帖 (跟贴) is the word some portals use for comments.
  // 评论列表: (a blog engine's list of comments), 共 86 条评论 (a count heading the list).
  { re: /^(网友)?(?:评论|跟帖|跟贴)(区|列表)?[\s(（\d)）:：]*$|^共?\s*\d+\s*条(?:评论|跟帖|回复)$|^(发表|写)(?:评论|跟帖|跟贴)|^全部(?:评论|跟帖|跟贴)|^热门(?:评论|跟帖|跟贴)|^最新(?:评论|跟帖|跟贴)/, kind: "comment", reason: "comment section" },
  // A release's contact card for journalists (媒体联系, 投资者及媒体垂询, Media contact): names, mail and phone, no text of the release.
  {
    re: /^(媒体|新闻|记者|投资者|投资者及媒体|投资者关系)(联系|联络|垂询|查询|咨询)(人|方式)?[\s:：]*$|^(media|press|investor)( relations)? (contacts?|inquiries)[\s:：]*$/i,
    kind: "contact",
    reason: "opens a release's contact card",
  },
];

const FOOTER_LINK_WORDS = /(关于我们|联系我们|网站地图|sitemap|隐私(政策|条款)|用户协议|法律声明|广告服务|加入我们|招聘信息|意见反馈|投稿须知)/i;
/**
 * "意见反馈截止时间为2012年2月10日。感谢您的参与…": a footer link's words run on into a sentence that
 * ends as one, with no bar between items: the notice's own line, not the site's links, which stand
 * apart (关于我们 | 联系我们) or end the line.
 */
const FOOTER_WORDS_IN_SENTENCE = new RegExp(`^[^|｜丨]*${FOOTER_LINK_WORDS.source}\\p{Script=Han}[^|｜丨]*[。！？]$`, "iu");
/**
 * "…，门口的屏幕上滚动着招聘信息：岗位甲、岗位乙，月薪若干。": the words sit in the
 * middle of a long sentence, a clause and its comma before them, with no bar on the line: the
 * article telling of a notice, not the site's links, which open or end their line and never
 * follow a comma of a sentence forty characters long. The words must have more of the sentence
 * after them (招聘信息：…, 意见反馈入口，…): a site's own sentence ends on its link (…，欢迎随时联系我们。).
 */
const FOOTER_WORDS_AFTER_CLAUSE = new RegExp(`^(?=[^|｜丨]{40,}$)[^|｜丨]*\\p{Script=Han}[，,；;][^|｜丨]*${FOOTER_LINK_WORDS.source}(?![。！？]$)[^|｜丨]*[。！？]$`, "iu");

const RULES: { re: RegExp; kind: RemovalKind; reason: string; maxLength?: number }[] = [
  // A Markdown table's rule row (|---|:---:|) left unrendered: no words, only the table's drawing.
  { re: /^\|?(?:\s*:?-{3,}:?\s*\|)+\s*(?::?-{3,}:?\s*\|?)?$/, kind: "empty", reason: "Markdown table rule row", maxLength: 200 },
  // An investor Q&A platform's 问/答 label glued to who asked (a masked handle, 用户8812****) or who
  // replied (X董秘, 证券事务代表): the pair's furniture, not its text.
  { re: /^[问答]\s*(?:投资者|网友|用户)?\s*\S{0,14}?(?:\*{3,}|董秘|董事会秘书|证券事务代表|董办)$/, kind: "metadata", reason: "Q&A label with the asker's or replier's name", maxLength: 24 },
  { re: /©|版权所有|all rights reserved|icp备|icp证|公网安备|增值电信业务/i, kind: "copyright", reason: "copyright / licence footer" },
  // "Copyright 2025 X", "Copyright: X", "Copyright (c) X": the word as a footer's label, at the line's start
  // or before a year, a colon or (c). In a sentence (…respect EU copyright law.) it is the article's subject.
  { re: /^\W*copyright\b|copyright\s*(?:\(c\)|[:：]|(?:19|20)\d{2})/i, kind: "copyright", reason: "copyright / licence footer" },
  // A short line naming copyright is a footer's or a notice's whatever its order (Site Name Copyright).
  { re: /copyright/i, kind: "copyright", reason: "copyright / licence footer", maxLength: 60 },
  // A blog's feed signs every item with its own name ("The post X appeared first on SITE."): the feed's footer, no text of the post.
  { re: /^the post .{2,200} appeared first on .{2,80}$/i, kind: "copyright", reason: "feed item footer", maxLength: 300 },
  // 侵权责任 followed by who bears it is a notice; 侵权责任法 is a law an article talks about. A finance
  // platform's risk notice ends 据此买卖，风险自负 (a trader acting on the text does so at their own risk). A page that
  // says its own content is for reference only (本文档内容仅供参考…), or that its owner may change
  // it (保留对本文档进行修改的权利), speaks about the page, not about the article's subject. The
  // permission a reprint needs may be qualified (未经本网事先书面许可, 未经本网协议授权): the notice is
  // the same, and a rights line under an article read as its last paragraph. 文章仅代表作者本人 is the
  // page's own word only where 文章 starts its clause: 涉事文章仅代表作者本人 retells a publisher's reply.
  {
    re: /^[(（【\[]?(版权声明|免责声明|声明|特别声明|郑重声明|广告声明)[)）】\]]?[:：]|^[(（【\[](版权声明|免责声明|特别声明|郑重声明)[)）】\]]|仅代表作者(本人|个人)?(的)?(观点|立场)|(?<![\u4e00-\u9fff])(本|以上|上述)?(文章|本文)(观点|内容)?仅代表(原)?作者(本人|个人)?|仅代表(本人|个人)的?(意见|观点|看法)|据此(买卖|操作|投资|入市)[,，]?\s*风险自负|不代表本(站|网|平台|号)|仅提供信息存储|如(有|发现|涉及)侵权|侵权(责任(?!法)|请|联系)|转载(此文|本文|该文)?请(注明|联系|于|在|保留|标明)|未经(本(网|站|报|刊|社))?(书面|协议|事先|正式)*(授权|允许|许可|同意)[,，]?(任何(单位|机构|媒体|网站|个人|人)(或|和|及|、)?(单位|机构|媒体|网站|个人|人)?)?(不得|禁止|严禁|请勿|谢绝)(任何)?(转载|复制|使用)|如对本稿件有异议|版权与免责声明|^(本文档|本文|本页面?|本网站|本站|本平台|以上|上述)(所载|所述|所列)?的?(内容|信息|数据|资料|价格)?均?仅供参考|保留(对本.{0,16}(修改|更改|变更|解释)|最终解释)的?权|(本|该)(网|站|报|刊)(未)?注明.{0,12}(来源|出处)|均为转载稿|转载(稿)?涉及版权|版权均(属|归)|(来电|来函)与本?(网|站)|^(notice|disclaimer|statement|copyright notice)\s*[:：]|provides? (only )?information storage services?|(does|do) not (necessarily )?(represent|reflect) the (views?|positions?|opinions?) of/,
    kind: "disclaimer",
    reason: "disclaimer / copyright notice",
  },
  {
    // 相关股票：X +3.41% Y -1.28%: a finance portal's row of quote chips for the stocks named, links to quote pages.
    re: /^[(（【\[]?(相关阅读|相关新闻|相关链接|相关文章|相关报道|延伸阅读|推荐阅读|更多阅读|此前报道|往期回顾|往期报道|相关股票|相关个股|涉及个股|相关基金)[)）】\]]?\s*[:：>》]/,
    kind: "related",
    reason: "link to another article (相关阅读：…) or quote (相关股票：…)",
    maxLength: 80,
  },
  {
    // 移动发KTDBW到10658333: an offer to subscribe by texting a code to a carrier's service number.
    re: /(欢迎|点击|免费)订阅|订阅.{0,12}(发送|回复|发)["“”]?[a-z0-9]|(移动|联通|电信)(用户)?(发送?|编辑短信)\s*["“]?[a-z0-9]{2,}["”]?\s*到\s*10\d{3,}|不构成(任何)?投资建议|转载.{0,16}不(表明|代表|意味着)/i,
    kind: "ad",
    reason: "subscription offer / reprint note",
    maxLength: 120,
  },
  // Two or more bracketed buttons are a toolbar, and so is one in square brackets ([点击浏览全文]);
  // one in 【】 only when it names a button's action: 【写在最后】 alone is a section heading.
  // A dump's share bar: the label, then each button as its image's name in brackets ([分享到新浪微博]).
  { re: /^(分享到|分享至)[:：]?(\s*[【\[][^】\]\n]{1,24}[】\]]){2,}\s*$|^(\s*[【\[][^】\]]{1,6}[】\]]){2,}\s*$|^\s*\[[^\]]{1,6}\]\s*$|^\s*【\s*(打印|关闭|关闭窗口|收藏|分享|纠错|举报|评论|返回|顶部|返回顶部|字号|大|中|小|推荐|复制|打印本页|关闭本页|我要评论|发表评论)\s*】\s*$/, kind: "share", reason: "toolbar buttons (【打印】【关闭】)" },
  {
    re: /(facebook|twitter|google\s*(plus|\+)|instagram|youtube|微博|微信|公众号)\s*(专页|page|粉丝页|频道|帐号|账号|公众号).{0,40}(关注|follow|加入|订阅|like|追踪)|(开设|登陆|登录|进驻).{0,6}(facebook|twitter|google\s*(plus|\+))/i,
    kind: "ad",
    reason: "social-media follow promotion",
    maxLength: 160,
  },
  {
    // The site asking to be followed, in the first person ("快到 Facebook LIKE 我们的专页"): however
    // long the pitch before it, an article does not ask its readers to follow "our page". The
    // network's name with the English verb says which ("Facebook LIKE 我们的" + any noun), so a
    // misspelt or mis-mended page word after it (专遠 for 专页) is still the pitch.
    re: /(like|关注|加入|追踪|订阅|follow)\s*(我们|本站|本台|本报)的?\s*(facebook|twitter|微博|微信|公众号|专页|粉丝页|page|账号|帐号|频道)|(facebook|twitter|instagram|youtube|微博)\s*(上|上面|上的)?\s*(like|follow)\s*(我们|本站|本台|本报)的/i,
    kind: "ad",
    reason: "social-media follow promotion",
    maxLength: 400,
  },
  {
    // A summary cut short with a link to the rest ("……[详情]", "...阅读全文>>"): a teaser of another page.
    re: /(\.{3,}|…+|。{2,})\s*[\[【(（<]?\s*(详情|详细|全文|更多|阅读全文|查看全文|查看详情|点击查看|more|read more)\s*[\]】)）>]?\s*(>>|»|>)?\s*$/i,
    kind: "teaser",
    reason: "summary cut short with a link to the rest",
  },
  // A docs or help page's feedback poll under the article ("此页内容是否有帮助？ 有帮助 没帮助"): it asks
  // about the page, so it is the site's widget, whatever words it follows.
  {
    re: /^(这篇|本篇|此篇|该篇|本|此|这|该)?(文章|页|页面|篇|内容|文档|回答|答案)?(内容)?(是否|对(你|您)|有没有)(有|有所)?(帮助|用)[吗么]?\s*[?？]?(\s*(是|否|有帮助|没帮助|没有帮助|有用|没用))*\s*$|^(was|is) this (page|article|answer|doc|document)( helpful| useful)\??/i,
    kind: "form",
    reason: "feedback poll (was this page helpful?)",
    maxLength: 40,
  },
  { re: /^https?:\/\/\S+$/i, kind: "link-list", reason: "bare link", maxLength: 200 },
  // $云算科技(SZ301234)$ $X(SH600000)$: an investment platform's cashtags, the stocks the post is filed under.
  { re: /^(?:\s*\$[^$\s]{1,24}?(?:\((?:[A-Z]{2})?\d{4,6}(?:\.[A-Z]{2})?\))?\$)+\s*$/i, kind: "link-list", reason: "stock tags ($name(code)$)", maxLength: 200 },
  // A forum poster's signature under each post (签名：只跑本地, 个性签名：…): the poster's motto, not the post.
  { re: /^(个性)?签名\s*[:：]/, kind: "metadata", reason: "a poster's signature (签名：…)", maxLength: 80 },
  // A slideshow's controls set in the article's flow: its previous/next picture buttons, the link
  // to the whole set (查看图集), its position in brackets ((/12) before its script fills the figure
  // in, (3/12)), a share button beside them. They say what to do with the pictures, never what
  // the article says, and no sentence is made of them alone. A bare 3/12 is left alone (a score).
  {
    re: /^(?:[\p{L}\s]{0,8}[|｜丨]\s*)?(?:(?:上一张|下一张|上一幅|下一幅|上一图|下一图|查看图集|查看原图|查看大图|浏览图集|全部图片|返回图集|[(（]\s*\d{0,3}\s*[/／]\s*\d{1,3}\s*[)）]|(?:分享|转发)到\p{Script=Han}{2,4})\s*[|｜丨]?\s*)+$/u,
    kind: "navigation",
    reason: "slideshow controls (上一张 下一张, 查看图集, (/12))",
    maxLength: 40,
  },
  // An embedded player's controls left as text where the player sits in the article (点击播放 时长 01:32):
  // a button and a clock, no words of the article.
  { re: /^(?:点击|立即)?(?:播放|观看)(?:视频)?(?:\s*时长\s*[:：]?)?\s*\d{1,2}:\d{2}(?::\d{2})?$|^(?:点击|立即)(?:播放|观看)(?:视频)?$/u, kind: "navigation", reason: "video player controls (点击播放 时长 01:32)", maxLength: 24 },
  // A few words and a dangling separator bar (图片中心 |): one item of a menu whose other items
  // sit in boxes of their own; no sentence or heading ends in a bar.
  { re: /^[\p{L}\p{N}][\p{L}\p{N}\s]{0,11}[|｜丨]$/u, kind: "navigation", reason: "menu item with a dangling separator", maxLength: 14 },
  // A paged article's pager after its text: the page numbers, then the next or last page (1 2 3 下一页).
  { re: /^(?:\d{1,3}\s+){1,20}(?:下一页|下页|尾页|末页)(?:\s*(?:尾页|末页))?$/, kind: "prev-next", reason: "page numbers of a paged article", maxLength: 80 },
  // A paged article printed whole marks where each later page began (（第2页）, 第 3 页): the page's
  // number, not the article's words; the text on either side is one article.
  { re: /^[(（【\[]?\s*第\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})\s*页\s*[)）】\]]?$/u, kind: "prev-next", reason: "page marker inside a paged article", maxLength: 12 },
  // Also as a heading over the next article's link ("/阅读下一篇/", "【查看上一篇】").
  { re: /^[\/\s<«【\[(（]*(阅读|查看|浏览)?(上一篇|下一篇|上一条|下一条|上一页|下一页|前一篇|后一篇|上篇|下篇|上一图集|下一图集|上一组图|下一组图)/, kind: "prev-next", reason: "previous/next article link" },
  // 【更正说明】本文于…更新：原文中…应为…: the desk's correction (correction-notice.ts).
  {
    re: CORRECTION_NOTICE,
    kind: "disclaimer",
    reason: "correction notice (更正：本文…)",
    maxLength: 200,
  },
  {
    re: FOOTER_LINK_WORDS,
    kind: "navigation",
    reason: "site footer links",
    maxLength: 160,
  },
  {
    re: /^[(（\[【]?(图片来源|图片来自|图源|图片|配图|题图|封面图|头图|摄影|图)[)）\]】]?\s*[:：|丨/]|(图片来源|图片来自|图片提供|图源)\s*[:：]|(视频|资料|网络|新闻|报道|网页)?截图[)）]?$|[(（][^()（）]{0,20}(摄|供图|资料照片?|资料图片?|档案照片?)[)）]$|^(?:[\p{L}\p{N}]{0,12}(?:记者|通讯员)\s*)?\p{Script=Han}{2,4}(?:\s+\p{Script=Han}{2,4}){0,2}\s*[/／]?\s*摄影?$/u,
    kind: "image-credit",
    reason: "image credit",
    maxLength: 60,
  },
  {
    re: /赞助本站|广告(服务|合作|投放)?$|^广告|^推广|扫码(关注|下载|加入)|扫一扫|长按(识别|二维码)|关注(我们|公众号|微信)|下载\s*app|立即(注册|下载|开户|领取|购买)|注册(即送|送|领)|交易所$|官网$|开户/i,
    kind: "ad",
    reason: "advertisement / promotion",
    maxLength: 40,
  },
  {
    // "欢迎关注X，星标公众号，第一时间获取…", "点个在看": a post's closing follow pitch; "—END—" the
    // ornament a post closes its text with before the pitches. "订阅X早报": a site's button for its
    // newsletter, as short as a heading of the article but naming the site's mailing.
    re: /^(?:欢迎|记得|请)?(?:关注|订阅).{0,24}(?:星标|置顶|公众号|视频号)|^(?:欢迎|立即|免费|点击)?订阅.{0,12}(?:早报|晚报|日报|周报|简报|快报|邮件通讯|newsletter)[!！»>→]*$|设为星标|星标(?:公众号|我们)|点(?:个|击)?[“"「]?在看|^[-—–_=·\s]*end[-—–_=·\s]*$/iu,
    kind: "ad",
    reason: "follow pitch or end mark of a post",
    maxLength: 80,
  },
  {
    // "抱歉，评论加载失败，请稍后刷新页面重试", "对不起，您访问的页面不存在": the site's own message
    // (an error or login box), which reads like prose: an apology that names the site's machinery.
    re: /^(?:很?抱歉|对不起|sorry)[，,！!：:\s]*(?=.{0,60}(?:页面|评论|加载|网络|服务器|登录|访问|刷新|浏览器|链接|账号|权限))(?=.{0,80}(?:失败|出错|错误|不存在|已(?:被)?删除|无法|找不到|未找到|尚未|没有权限|无权|请稍后|重试))/iu,
    kind: "form",
    reason: "site message (error or login box)",
    maxLength: 160,
  },
  {
    // "注：本文由X编辑部编译，仅供英语学习使用。", "（以上内容仅供学习交流之用）": the site's note on what its
    // copy may be used for, said of the text, not a line of it.
    re: /仅供\p{Script=Han}{0,4}?(?:学习|参考|交流|研究|欣赏)(?:和|与|及)?(?:交流|参考|研究)?(?:之用|使用)/u,
    kind: "disclaimer",
    reason: "disclaimer (use of the copy)",
    maxLength: 80,
  },
  {
    // "本文测试设备由厂商提供，不影响评测结论。": a review's sponsorship disclosure, the site's note on
    // how it tested, not a finding of the review.
    re: /(?:由|系)(?:厂商|厂家|品牌方?|官方|商家|赞助方).{0,6}提供.{0,16}不影响.{0,6}(?:评测|测评|测试|体验)?(?:结论|结果|观点|判断|立场)/u,
    kind: "disclaimer",
    reason: "review disclosure (sponsored test unit)",
    maxLength: 80,
  },
  {
    // "某公司创始人认证用户@founder_ai": an embedded post's account line, the name (and badge)
    // closed by the @handle; a sentence mentioning an account goes on past it or ends in a stop.
    re: /^[^。！？!?，,：:]{0,40}@[\w\u4e00-\u9fff-]{2,30}$/u,
    kind: "share",
    reason: "social account line (name @handle)",
    maxLength: 72,
  },
  {
    // "您的浏览器已禁用JavaScript，请启用后浏览本站": a <noscript> notice, now that a <noscript>
    // holding <p>s is read (a lazy page's paragraphs live there): the browser's state, no text.
    re: /(?:浏览器|browser).{0,12}(?:不支持|禁用|未启用|未开启|已关闭|disabled|does not support).{0,6}(?:javascript|js|脚本)|(?:请|需要|please\s*)(?:启用|开启|打开|允许|enable)\s*(?:浏览器的?)?\s*(?:javascript|js|脚本)/iu,
    kind: "form",
    reason: "site message (script disabled)",
    maxLength: 120,
  },
  {
    // "打开X APP，获取更多独家资讯…", "下载X客户端，第一时间…": an app's pitch under the article. Not a
    // how-to's step (打开支付宝APP，进入…): the pitch goes on to what the reader gets.
    re: /^(?:打开|下载|安装)[\p{L}\p{N}\s]{0,12}(?:app|客户端)[\s，,：:]*(?:获取|阅读|查看|了解|享受|订阅|第一时间|更多|看更多)/iu,
    kind: "ad",
    reason: "app-download pitch",
    maxLength: 80,
  },
  {
    // "海量资讯、精准解读，尽在X财经APP", "APP内查看高清大图及更多精彩评论", "打开X APP，阅读体验更佳":
    // a portal's app pitch set between an article's paragraphs; the app is where the reader is sent.
    re: /尽在[\p{L}\p{N}\s]{0,12}(?:app|客户端)[!！。]?$|^[\p{L}\p{N}\s]{0,8}(?:app|客户端)内(?:查看|阅读|打开|观看|看)|(?:app|客户端).{0,8}阅读体验更(?:佳|好)|^去\s*app\s*(?:看|查看|阅读)/iu,
    kind: "ad",
    reason: "app-download pitch",
    maxLength: 60,
  },
  {
    // "点击关注X官方微博，第一时间获取…", "X公众号" over "（微信搜索xyz或扫描左侧二维码关注）": a follow pitch
    // naming the channel; an article mentioning an account does not ask to be followed there.
    // "▲点击关注，每日获取…": the pitch between paragraphs, saying what the follower gets.
    re: /^(?:点击|欢迎|请|记得)关注[\p{L}\p{N}\s]{0,16}(?:官方)?(?:微博|微信|公众号|视频号|头条号|抖音号)|^[▲△▼↑↓☝\s]*(?:点击|戳)(?:上方|下方)?(?:蓝字)?[，,\s]*(?:一键)?关注(?:我们)?[，,\s]*(?:每天|每日|第一时间|获取|不错过|带你|持续)|扫描.{0,8}二维码.{0,4}关注|微信搜索\s*[a-z][\w-]{3,}|^(?![\p{L}\p{N}]*(?:如何|怎么|怎样|为何|为什么|运营|开通|注册|申请|的))[\p{L}\p{N}]{2,10}(?:官方)?(?:公众号|官方微博)$/iu,
    kind: "ad",
    reason: "social-media follow promotion",
    maxLength: 80,
  },
  {
    // "如不想再收到此类邮件，请点击退订", "取消订阅": a newsletter's unsubscribe line, the mail's footer.
    re: /^(?:如(?:果|您)?(?:不(?:想|愿|希望)|无需)再?(?:收到|接收|订阅)[^。！]{0,16}[，,]\s*)?(?:请)?(?:点击|点此|点这里)?\s*(?:退订|取消订阅)(?:本|此)?(?:邮件|周报|通讯|简报|订阅)?[。.!！]?$/u,
    kind: "form",
    reason: "newsletter unsubscribe line",
    maxLength: 60,
  },
  {
    // "王立群, 李佳. 大语言模型幻觉问题综述[J]. 中文信息学报, 2024, 38(5): 1-18.": a citation in the
    // GB/T 7714 form (its document-type code in brackets), an entry of a reference list.
    re: /\[(?:J|M|C|D|N|R|S|P|G|Z|A|EB|DB|CP|J\/OL|M\/OL|EB\/OL|N\/OL|C\/OL|DB\/OL)\](?:\/\/|[.．,，]).{0,120}(?:19|20)\d{2}/i,
    kind: "link-list",
    reason: "entry of a reference list (GB/T 7714 citation)",
    maxLength: 240,
  },
  {
    re: /(电话|热线|客服|手机|传真|联系方式|联系电话|qq|微信号?|邮箱|e-?mail)\s*[:：]|^\+?\d{2,4}[-\s]?\d{3,4}[-\s]?\d{3,4}$|\b1[3-9]\d[-\s]?\d{4}[-\s]?\d{4}\b|\b\d{3,4}-\d{7,8}\b/i,
    kind: "contact",
    reason: "contact details / phone number",
    maxLength: 80,
  },
  {
    // A "read on" link may point on with an arrow (查看原文 →, 阅读全文 »), as a digest's item links do;
    // the font-size control may list its sizes after its label (字体：小 中 大); an action bar's
    // buttons may run together with their counts (赞 326收藏, 点赞 1.2万 评论 38 分享), a finance
    // portal's vote buttons too (利好 326利空 41, 看多 12 看空 3); a lazy page's
    // loading tip (正在加载更多内容…, 加载中...) is the script's placeholder, not text; a platform's
    // report button may offer feedback too (举报/反馈); a WeChat page's reader prompts (预览时标签不可点,
    // 继续滑动看下一个, 轻触阅读原文) are the app's, printed under every article.
    re: /^(?:正在|努力)?加载(?:更多)?(?:内容|评论|数据)?中?[.。…·]*$|^(分享到|分享至|分享工具|分享|收藏|点赞|打印|举报(?:\s*[/／]\s*反馈)?|纠错|字号|返回顶部|回到顶部|打开app|阅读原文|阅读全文|查看原文|查看全文|查看详情|阅读更多|了解更多|展开全文|展开|收起|加载更多|查看更多|更多|微信扫一扫|手机看|下载客户端|重新浏览|重新播放|重新观看|预览时标签不可点|继续滑动看下一个|向上滑动看下一个|轻触阅读原文)[\s:：]*[→›»>＞▶]{0,2}\s*$|^(字号|字体)\s*[:：]\s*(?:[大中小]\s*){2,3}$|^[(（]\d+[)）]$|^(赞|踩|顶)\s*\d*$|^(?:(?:赞|点赞|踩|顶|收藏|分享|评论|转发|喜欢|在看|利好|利空|看多|看空|看涨|看跌)\s*(?:\d+(?:\.\d+)?[万wk]?)?\s*){2,}$|^(返回.{0,6}查看更多|点击(查看|进入|阅读|关注)|打开.{0,6}app.{0,6}(阅读|查看))/i,
    kind: "share",
    reason: "share / toolbar button",
    maxLength: 20,
  },
  // A quote chart's caption, alone on its line (X 行情图, X 分时图): a finance page's price widget.
  { re: /^\S{2,12}\s*(?:行情图|走势图|分时图|日K线图|K线图)$/i, kind: "related", reason: "stock quote chart caption", maxLength: 20 },
  { re: /^(首页|主页|网站首页|返回首页|当前位置|您的位置|你的位置|位置)[:：>\s]|^首页$|>\s*正文$/, kind: "navigation", reason: "breadcrumb / home link" },
  { re: /^(欢迎(您)?(来到|访问|光临))/, kind: "site-header", reason: "site welcome banner", maxLength: 60 },
  {
    // The link list text-mode browsers append to a dump ("References", "1. http://…").
    re: /^(references|visible links|hidden links)[:：]?$|^(\[\d+\]|\d+\.)\s*[a-z][\w+.-]*:\S|^(i?frame\s*:)?\s*((https?|ftp|file|mailto|javascript|about|data|tel):[^\u3000-\u9fff\uff00-\uffef]*)?$/i,
    kind: "link-list",
    reason: "link reference list of a text dump",
  },
  { re: /^[^\s\u3000-\u9fff\uff00-\uffef]{30,}(\s+[^\s\u3000-\u9fff\uff00-\uffef]{20,})*$/, kind: "link-list", reason: "an address or encoded data, not text" },
  // "江城晚报11-02 09:15 关注": an app page's account header, the account, its time and the follow
  // button the spans run together into; no sentence ends in a bare 关注 after a clock time.
  { re: /(?:\d{1,2}:\d{2}|\d{1,2}[-/]\d{1,2}|[分小]?[钟时天]前)\s*[+＋]?\s*关注$/u, kind: "metadata", reason: "account header (name, time, follow button)", maxLength: 40 },
  { re: /^[(（【\[]?(完|全文完|end)[)）】\]]?$/i, kind: "metadata", reason: "end-of-article marker" },
  // "###", "# # #": the mark a press release closes its text with, before its boilerplate and contacts.
  { re: /^#(?:\s*#){2,}$/, kind: "metadata", reason: "end-of-article marker" },
  // "— 直播已结束，感谢您的关注 —": a live page's closing notice under its entries.
  { re: /^[-—–\s]*(?:本场)?(?:图文)?直播(?:已|到此)?结束/u, kind: "metadata", reason: "end notice of a live page", maxLength: 30 },
  // "文字解读", "以下为文字版": an explainer's label between its picture (一图读懂) and the same in text.
  { re: /^(?:以下为|以下是)?(?:文字解读|文字版|图文解读|文字说明)[:：]?$/u, kind: "metadata", reason: "label of an explainer's text version", maxLength: 12 },
  { re: /^[(（]?原标题\s*[:：]/, kind: "metadata", reason: "original headline of a re-titled story", maxLength: 100 },
  // A translation or a reprint naming what it came from: 原文标题：…, 原题：…, 原文链接：https://….
  { re: /^[(（【]?(?:原文标题|原题|英文原题|原文题目)\s*[:：】]/, kind: "metadata", reason: "original headline of a translated or reprinted story", maxLength: 160 },
  { re: /^[(（【]?(?:原文链接|原文地址|原文网址|原文URL)\s*[:：】]\s*\S+\s*[)）]?$/i, kind: "metadata", reason: "address of the original story", maxLength: 400 },
];

const SENTENCE_PUNCT = /[，。！？；、,!?;]/;

const OPENERS = "「『（(《〈“";
const CLOSERS = "」』）)》〉”";

/** The token opens a bracket or quotation it does not close, or closes one it did not open. */
function unbalanced(token: string): boolean {
  let depth = 0;
  for (const ch of token) {
    if (OPENERS.includes(ch)) depth++;
    else if (CLOSERS.includes(ch) && --depth < 0) return true;
  }
  return depth !== 0;
}

// "原创 作者 账号 2025年01月07日 09:30 北京": a WeChat post's header, short tokens but no menu.
// "原创 2025-11-05 18:20 · 账号": the date may come first, the account last.
const POST_HEADER = /^原创\s+(?:\S+\s+){0,2}(?:19|20)\d{2}[-年/.]\d{1,2}/;

// "Why DeepSeek Is a Wake-Up Call for Silicon Valley": Latin words joined by single spaces with an
// English sentence's function words are a headline or a sentence; a menu's items are nouns.
// Figures and quotes belong to a sentence's words too (fined up to 3% of…, "systemic risk").
const LATIN_PHRASE = /^[A-Za-z0-9"“‘][\w'’.:&%$€£+"“”‘-]*(?: [\w'’.:&%$€£+"“”‘-]+)+$/;
const SITE_AFTER_BAR = /\s+[|｜–—-]\s+[^|｜]{2,40}$/;
const FUNCTION_WORD = /(?:^| )(?:a|an|the|of|to|for|with|is|are|was|were|be|has|have|and|or|but|not|its|it's|it|this|that|how|why|what|will|can|from|into|than|as|on|at|by)(?= |$)/i;

/**
 * "1. 首选 4bit 的 AWQ 或 GPTQ": a line opening with one item number (1. / 2、 / （三）) and holding no
 * other is a numbered heading or list item, its spaces the typography of mixed text; a menu's items
 * carry no number, and a numbered hot list (1 X 2 Y 3 Z) carries several.
 */
const NUMBERED_ITEM = /^(?:\d{1,2}[.、．]|[(（][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}[、．])\s*(?!.*(?:^|\s)(?:\d{1,2}[.、．]?|[(（][一二三四五六七八九十\d]{1,3}[)）])(?:\s|$))\S/u;

/** A line made of many short whitespace-separated tokens and no sentence punctuation: a menu. */
function shortTokenList(text: string): number | null {
  if (SENTENCE_PUNCT.test(text) || POST_HEADER.test(text)) return null;
  // an English headline may carry its site after a spaced bar or dash (… listings | Financial Times)
  const phrase = text.replace(SITE_AFTER_BAR, "");
  if (LATIN_PHRASE.test(phrase) && FUNCTION_WORD.test(phrase)) return null;
  if (NUMBERED_ITEM.test(text)) return null;
  const tokens = text.split(/[\s|｜·•/]+/).filter(Boolean);
  if (tokens.length < 4) return null;
  if (creditFields(tokens) || datedCredit(text, tokens) || datedInfoRow(tokens) || labelledFields(tokens) || latinValueField(text) || scheduleRow(text)) return null;
  if (mixedScriptSpacing(text, tokens)) return null;
  // A split that leaves a quotation or bracket open fell inside one phrase (2/1 昼「店 名」（东京）):
  // a heading with spaces in it, not a menu of separate items.
  if (tokens.some(unbalanced)) return null;
  const avg = tokens.reduce((n, t) => n + t.length, 0) / tokens.length;
  return avg <= 6 ? tokens.length : null;
}

/**
 * "第1讲 12月9日 19:00 大模型的发展历程 主讲：X": a day and a clock time on one line set out an
 * entry of a programme or timetable, its spaces between fields; a menu names places, never a
 * moment.
 */
const CALENDAR_DAY = /\d{1,2}月\d{1,2}日|(?:19|20)\d{2}[-/.]\d{1,2}[-/.]\d{1,2}/;
const CLOCK_TIME = /(?<![\d:])[0-2]?\d[:：][0-5]\d(?![\d:])/;
function scheduleRow(text: string): boolean {
  // Bars part a header's fields (By X | Outlet | Updated: …), which the field readers take apart.
  return !/[|｜]/.test(text) && CALENDAR_DAY.test(text) && CLOCK_TIME.test(text);
}

/**
 * "显卡：RTX 4060 Ti 16G", "型号：Mate 70 Pro": a Han label, its colon, then a Latin model name or
 * version whose words are spaced: one field of a spec list, not a menu. A menu has no label, and a
 * labelled menu (导航：首页 新闻 体育) lists Han items.
 */
const LATIN_VALUE_FIELD = /^\p{Script=Han}{1,6}[:：]\s*[A-Za-z0-9][A-Za-z0-9 .+\-_/]*$/u;
function latinValueField(text: string): boolean {
  return LATIN_VALUE_FIELD.test(text.trim());
}

// "出品 | X　作者 | Y　编辑 | Z": labels of the people and outlet credited, each before its value.
const CREDIT_LABEL = /^(?:出品|作者|编辑|责编|撰文|文|记者|策划|主编|监制|来源|编译|采访|整理|校对|审核|摄影|图|视觉|设计|运营)$/u;

// "文／林嘉禾  2025-12-02 16:40": a writer's credit on the date line; a menu holds no date.
const DATE_IN_LINE = /(?:19|20)\d{2}[-年/.]\d{1,2}/;
function datedCredit(text: string, tokens: string[]): boolean {
  return CREDIT_LABEL.test(tokens[0]!) && DATE_IN_LINE.test(text);
}

// "李明轩 · 2024-03-05 09:00 · 阅读约 5 分钟": a header's info row, the full date and its time of day
// among a few fields (a writer, a reading time), however short its other fields. A menu holds no
// time of day; a portal's top bar (date, weekday, weather, then the menu) holds more items.
const FULL_DATE_TOKEN = /^(?:19|20)\d{2}[-/.年]\d{1,2}[-/.月]\d{1,2}日?$/;
const TIME_TOKEN = /^\d{1,2}:\d{2}(?::\d{2})?$/;
const INFO_ROW_TOKENS = 6;

// "发布时间：2024/3/5 10:30 作者：X/综合报导 编辑：Y": several fields each behind its own label and colon
// (a slash inside a value splits it into short tokens); a labelled menu (导航：首页 新闻 体育) has one label.
const LABELLED_TOKEN = /^\p{Script=Han}{1,5}[:：]\S/u;
const LABELLED_FIELDS_MIN = 2;
function labelledFields(tokens: string[]): boolean {
  return tokens.filter((t) => LABELLED_TOKEN.test(t)).length >= LABELLED_FIELDS_MIN;
}
function datedInfoRow(tokens: string[]): boolean {
  if (tokens.length > INFO_ROW_TOKENS) return false;
  return tokens.some((t, i) => FULL_DATE_TOKEN.test(t) && TIME_TOKEN.test(tokens[i + 1] ?? ""));
}

/** Every other token a credit's label, the first among them: a line of fields, not a menu. */
function creditFields(tokens: string[]): boolean {
  if (tokens.length % 2 !== 0) return false;
  return tokens.every((t, i) => (i % 2 === 0) === CREDIT_LABEL.test(t));
}

/**
 * "豆包大模型日均 tokens 使用量突破 30 万亿": spaces only where Han meets a Latin word or a number
 * are the typography of mixed text, not separators; with a Han run longer than a menu item's,
 * the line is one phrase (a headline), not a list of items.
 */
function mixedScriptSpacing(text: string, tokens: string[]): boolean {
  if (/[|｜·•/]/.test(text)) return false;
  for (const m of text.trim().matchAll(/\s+/g)) {
    const before = text.trim()[m.index! - 1] ?? "";
    const after = text.trim()[m.index! + m[0].length] ?? "";
    const han = (c: string) => /\p{Script=Han}/u.test(c);
    const latin = (c: string) => /[A-Za-z0-9]/.test(c);
    if (!((han(before) && latin(after)) || (latin(before) && han(after)))) return false;
  }
  return tokens.some((t) => (t.match(/\p{Script=Han}/gu)?.length ?? 0) >= MIXED_HAN_RUN);
}
/** A menu item's Han is shorter than this. */
const MIXED_HAN_RUN = 5;

/**
 * "青松Coder在终端里的对话式改代码界面（图片来源：产品官网截图）": a caption saying what the picture
 * shows, its labelled credit after it, in brackets (（图片来源：X）) or after a slash (…的样子。/图：X微博截图).
 * The words before the credit are the article's caption, so the line is no bare credit (a credit
 * alone, （图片来源：网络）, ◎ 图：网络截图, still is). A short caption signed （记者X摄） stays a credit:
 * the development sets' news gold leaves five of six such lines out.
 */
const CAPTION_THEN_CREDIT = /^(?=(?:[^(（/／]*\p{Script=Han}){8})[^(（/／]{8,}(?:[(（](?:图片来源|图片来自|图片提供|图源|来源|摄影|图)[:：][^()（）]{1,24}[)）]|[/／]\s*(?:图片来源|图片来自|图源|图片|摄影|图)[:：][^/／()（）]{1,24})$/u;

/**
 * "图：分层缓存压缩方法示意图": after 图： a credit names who made the picture (图：视觉中国, 图：网络截图);
 * a name of what the figure shows, ending in a kind of figure (示意图, 架构图, 流程图), is its caption.
 */
const FIGURE_NAMED = /^图\s*[:：]\s*[^:：]*\p{Script=Han}{2,}(?<!截)图$/u;

/** Symbols a site puts before a section's heading (※相关链接, ★热门推荐, >> 相关阅读). */
const HEADING_BULLET = /^[※★☆●○■□◆◇▲△▼►▶→>»·•♦\s]+/;

export function sectionMarker(folded: string): VocabularyHit | null {
  if (folded.length > 24) return null;
  const heading = folded.replace(HEADING_BULLET, "");
  for (const m of SECTION_MARKERS) if (m.re.test(heading)) return { kind: m.kind, reason: m.reason, opensSection: true };
  return null;
}

/** One short word in square brackets on a line of its own: a button ([编辑], [返回顶部]) or a tag ([希腊神话]). */
const LONE_SQUARE_WORD = /^\s*\[([^\]]{1,6})\]\s*$/;
/** What a button says: an action on the page or the post, or the kind of thing it opens. */
const BUTTON_WORD = /编辑|显示|隐藏|展开|收起|打印|关闭|返回|顶部|回复|回应|引用|举报|评论|分享|收藏|转发|复制|下载|查看|更多|详情|详细|全文|原文|修改|删除|登录|注册|点击|链接|图片|视频|音频|相关|推荐|上一|下一|首页|订阅|关注|赞|顶|踩/;

/**
 * A lone bracketed word that names no action ([希腊神话]) is a tag of the section it opens when it
 * stands between a short line (the section's heading) and a paragraph: a toolbar button sits by
 * the headline or under the article, never between a heading and its text.
 */
export function isSectionTag(folded: string, above: { short: boolean }, below: { prose: boolean }): boolean {
  const m = LONE_SQUARE_WORD.exec(folded);
  return m !== null && !BUTTON_WORD.test(m[1]!) && above.short && below.prose;
}

/** Classifies one block by vocabulary and shape; `folded` is simplified, width-folded text. */
export function vocabularyHit(folded: string): VocabularyHit | null {
  const marker = sectionMarker(folded);
  if (marker) return marker;
  for (const rule of RULES) {
    if (rule.maxLength !== undefined && folded.length > rule.maxLength) continue;
    if (!rule.re.test(folded)) continue;
    // The caption test runs only on a line a credit rule matched: its lookahead is costly on long lines.
    if (rule.kind === "image-credit" && (CAPTION_THEN_CREDIT.test(folded) || FIGURE_NAMED.test(folded))) continue;
    if (rule.re === FOOTER_LINK_WORDS && (FOOTER_WORDS_IN_SENTENCE.test(folded) || FOOTER_WORDS_AFTER_CLAUSE.test(folded))) continue;
    return { kind: rule.kind, reason: rule.reason };
  }
  const tokens = shortTokenList(folded);
  if (tokens !== null) return { kind: "navigation", reason: `navigation list of ${tokens} short items`, shape: true };
  return null;
}
