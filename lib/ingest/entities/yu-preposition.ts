/**
 * 于 is a common surname and the commonest preposition of time and place in news (记者于昨日致电,
 * 大会于北京举行). Read as a surname, the preposition's object becomes a given name (于昨日, 于本月),
 * so what follows 于 is asked first: a time word, a place, a scene, or a place before an event verb
 * makes it the preposition, and nobody is named there.
 */
import { COUNTRIES, isPlaceName } from "./institution-names";

/** A time word or a date in Chinese numerals right after 于 (于昨日, 于日前, 于本月初, 于三月). */
const TIME_AFTER = /^(?:[昨今明前后当次同翌本上下近去]日|[昨今明前后当次同]天|日[前内后]|近(?:期|年|来|月)|[今去明前当同本上次翌]年|[本上下当同次]月|[本上下]周|[本上下]?星期|周[一二三四五六日末]|[上下中]午|[晚早夜]间|凌晨|傍晚|清晨|[今昨明当]晚|[今昨明]早|昨夜|此[前后]|目前|年[初底中内末]|月[初底中末]|[一二三四五六七八九十〇零两]+[年月日号时点])/;

/** A scene or a side of a border (于现场, 于当地, 于会上, 于海外): where, not who. */
const SCENE_AFTER = /^(?:现场|当地|本地|会上|会后|会间|此|国内|海外|境内|境外|线上|线下|网上|场内|场外|全球|全国|各地)/;

/**
 * An event verb that takes a place before it (于北京举行, 于体育中心开幕), with no function word or
 * verb of a clause between (于涛表示将举行 is a person and what he said).
 */
const EVENT_AFTER = /^[^\s，。、；：！？“”（）的了是在和与及等也都就这那其该各每们不没有为对从于把被让给向将已说称表认指告示以所而且但并还又曾拟要会能计宣透称]{1,4}?(?:举行|召开|举办|开幕|闭幕|揭幕|落幕|启幕|揭牌|落成|开通|开展)/;

/**
 * Cities abroad that news reports from (于东京, 记者于纽约获悉): a place the surname table would read
 * as a given name. General geography, not from any page.
 */
const CITIES_ABROAD = (
  "东京 大阪 京都 横滨 首尔 釜山 纽约 伦敦 巴黎 柏林 慕尼黑 法兰克福 硅谷 旧金山 洛杉矶 西雅图 波士顿 芝加哥 华盛顿 拉斯维加斯 圣何塞 " +
  "新加坡 迪拜 阿布扎比 利雅得 多哈 日内瓦 苏黎世 达沃斯 莫斯科 悉尼 墨尔本 多伦多 温哥华 蒙特利尔 巴塞罗那 马德里 米兰 罗马 " +
  "阿姆斯特丹 布鲁塞尔 维也纳 斯德哥尔摩 赫尔辛基 哥本哈根 曼谷 雅加达 吉隆坡 河内 胡志明市 孟买 新德里 班加罗尔 特拉维夫 开罗 圣保罗"
).split(" ");

/**
 * At `g`, right after a 于: its object as a preposition (a time, a place, a scene, a place and an
 * event verb), so 于 opens no name.
 */
export function yuIsPreposition(text: string, g: number): boolean {
  const after = text.slice(g, g + 8);
  if (TIME_AFTER.test(after) || SCENE_AFTER.test(after) || EVENT_AFTER.test(after)) return true;
  if (CITIES_ABROAD.some((c) => after.startsWith(c)) || COUNTRIES.some((c) => c.length >= 2 && after.startsWith(c))) return true;
  return isPlaceName(after.slice(0, 2)) || isPlaceName(after.slice(0, 3));
}
