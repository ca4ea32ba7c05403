/**
 * Reading an unknown person's name from text: Chinese names validated by the surname table
 * (compound surnames first) with the length chosen by what follows; Latin names as runs of
 * capitalised words. Common words that start with a surname character are not names.
 */
import { z } from "zod";
import surnameData from "./gazetteer/surnames.json";
import { isHan } from "./context";

const SurnameFile = z.object({ compound: z.array(z.string().length(2)), common: z.array(z.string().length(1)), weak: z.array(z.string().length(1)) });
const surnames = SurnameFile.parse(surnameData);
const COMPOUND = new Set(surnames.compound);
const COMMON = new Set(surnames.common);
const WEAK = new Set(surnames.weak);

/** Characters that follow a 2-character name much more often than they end a 3-character one. */
const NAME_STOP = new Set("并也还则就又曾在对向称说表认指告的等是将已透坦谈回发介解提接据和与及、都被把跟同从于以为会要能更均亦仍先近今此看".split(""));
/** Characters that do not occur inside personal names (function words, measure words, verbs). */
const NOT_IN_NAME = new Set("的了是在和与或及等也都就这那其该各每个们不没有为对从于把被让给向将已说称表认指告示为以所而且但并还又再之中上下里外前后内".split(""));
/** Common words that begin with a surname character: never names. */
const COMMON_WORDS = new Set(
  "马上 高管 高层 高度 高速 高效 高级 方面 方式 方向 方法 方案 何时 何况 于是 周期 周年 周边 周末 黄金 金融 金额 石油 文章 钱包 夏季 秦朝 宋代 常常 常见 万元 江湖 史上 向来 安全 白色 程序 左右 全部 全球 全面 司机 路上 时间 时代 明天 明年 明确 任何 任务 任职 成本 成为 成功 成立 成员 原因 原来 应用 应该 公司 公开 利用 利润 平台 平均 国内 国外 国家 国际 信息 信任 信号 文化 文本 海外 海量 元素 云端 云计算 门槛 相关 相比 初期 初创 容易 容量 华为 贺词 杨柳 林业 董事 孙子 曹操 龙头 毛利 包括 包含 宁可 尚未 符合 舒适 柯达 纪录 梅花 童年 单一 单位 季度 裴多 霍金 谷歌 盛行 曲线 翁婿 路径 游戏 辛苦 管理 柴油 蒙古 华人 华尔 喻为 房子 房地 解决 解释 牟利 艾滋 尤其 阳光 时候 农业 司法 卓越 古代 吉利 简单 车辆 项目 连续 连接 麦克 娄底 景象 党员 宫廷 费用 冷静 席位 卫星 米兰 柏林 宗旨 全体 应对 边缘 师生 和谐 商业 商品 沙漠 荣誉 巫师 寇准 桑拿 郎中 仲裁 明显 池塘 查询 麻烦 苑囿 迟到 封闭 谈判 匡正 惠及 乐观 冀望 郁闷 南方 班级 储存 原则 燕子 楚国 劳动 皮肤 满足 闻名 位置 厉害 伊始 海洋 花费 权利 强大 强调 帅气 屠杀 豆包 朴素 练习 廉价 井然 祖国 巴黎 丰富 支持 卿卿 狄更 平时 计算 计划 索引 宣布 晋升 相信 初步 门户 云上 来源 来自 都是 普通 戈壁 伏笔 鹿角 薄弱 辜负 羊毛 乌克 裘皮 修改 赫兹 况且 宿舍 鲜明 印象 隆重 茹素 诸多 战略 慕名 危机 玉米 银行 亢奋 公众 哈佛 宾客 戎马 勾勒 茅台 利好 於是 呼吁 居民 揭示 干预 但是 尉迟 斯坦 元宇 束缚 檀香 衣服 信心 展示 阴影 智能 幸运 奉献 植物 衡量 富有 尧舜 由于 高通 方汉字 周明天 余额 余下 于此 何处 王者 王国 张开 张力 李子 刘海 陈述 陈列 杨树 黄色 赵国 吴国 周围 徐徐 孙悟 马路 朱红 胡说 郭外 林立 罗列 郑重 梁山 谢谢 宋朝 唐朝 许多 许可 韩国 冯河 邓公 曹魏 彭湃 曾经 肖像 田地 董卓 袁世 潘多 于今 蒋介 蔡伦 余地 杜绝 叶片 程度 苏州 魏国 吕布 丁点 任意 沈阳 卢布 姜汤 崔嵬 钟表 谭嗣 陆续 陆地 汪洋 范围 金属 石头 廖廓 贾宝 夏天 韦伯 付出 付费 白天 邹忌 孟子 熊猫 秦始 邱吉 江山 尹某 薛定 闫某 段落 雷达 侯爵 龙卷 史料 陶瓷 黎明 贺电 顾客 顾问 毛泽 郝某 龚某 邵某 万一 万物 钱财 严格 严重 覃某 武器 戴上 莫过 孔子 向往 汤姆 常规 温度 康复 施工 文字 牛津 樊某 葛优 邢某 安装 齐全 易于 乔布 伍兹 庞大 颜色 倪某 庄重 聂某 章节 鲁迅 岳父 翟某 殷切 詹姆 申请 欧洲 欧美 耿直 关于 关键 关注 兰州 焦点 焦虑 俞某 左边 柳树 甘肃 祝福 包装 宁波 尚且 舒服 阮某 柯南 纪念 梅西 童话 凌晨 毕竟 单独 季节 裴某 霍尔 涂料 成都 苗头 谷物 盛大 曲折 翁某 冉冉 骆驼 蓝色 路线 游泳 辛顿 靳某 管道 柴火 蒙特 鲍某 华为云 喻某 祁某 蒲公 房价 滕某 屈服 饶恕 解放 牟某 艾伦 尤为 阳台 时刻 穆斯 农民 司令 卓有 古老 吉林 缪斯 简直 车型 项羽 连线 芦苇 麦当 褚某 娄某 窦某 戚某 岑某 景区 党委 宫殿 费城 卜某 冷却 晏某 席卷 卫生 米饭 柏拉 宗教 瞿某 桂林 全都 佟某 应当 臧某 闵行 苟且 邬某 边境 卞某 姬某 师傅 和平 仇恨 栾某 隋朝 商务 刁难 沙特 荣获 巫某 寇某 桑某 郎朗 甄别 丛林 仲夏 虞某 敖包 巩固 明白 佘山 池州 查看 麻省 苑某 迟迟 邝某 官方 封面 谈话 匡某 鞠躬 惠普 荆州 乐于 冀某 郁金 胥某 南京 南宁 班长 储备 原本 栗子 燕京 楚天 鄢某 劳斯 谌某 奚落 皮卡 粟裕 冼星 蔺相 楼上 盘古 满意 闻讯 位于 厉行 伊朗 仝某 区别 区域 郜某 海南 阚某 花园 权威 强化 帅哥 屠夫 豆瓣 朴实 盖茨 练就 廉洁 禹州 井冈 祖先 漆黑 巴西 丰田 支付 卿某 国产 狄某 平安 计量 索尼 宣传 晋江 相对 初始 门店 云南 容器 敬请 来看 扈某 晁某 芮某 都市 普及 阙某 浦东 戈某 伏特 鹿晗 薄膜 邸某 雍正 辜某 羊城 阿里 乌镇 母亲 裘某 亓某 修正 邰某 赫然 杭州 况某 那么 宿迁 鲜花 印度 逯某 隆某 茹某 诸位 战争 慕尼 危险 玉林 银河 亢某 嵇某 公共 哈尔 湛江 宾馆 戎某 勾当 茅草 利益 於某 呼应 居然 揭晓 干净 但愿 尉某 冶炼 斯里 元旦 束手 檀某 衣物 信用 展开 阴谋 昝某 智慧 幸福 奉化 植入 衡阳 富士 尧某 闭幕 由此".split(" "),
);

export interface NameCandidate {
  name: string;
  end: number;
  /** The surname is common (not a frequent word too). */
  strongSurname: boolean;
}

/** A Chinese name starting at `start` in simplified text, or null. */
export function chineseNameAt(text: string, start: number): NameCandidate | null {
  const two = text.slice(start, start + 2);
  let surnameLen = 0;
  let strong = false;
  if (COMPOUND.has(two)) {
    surnameLen = 2;
    strong = true;
  } else if (COMMON.has(text[start]!)) {
    surnameLen = 1;
    strong = true;
  } else if (WEAK.has(text[start]!)) {
    surnameLen = 1;
  } else return null;
  const options: NameCandidate[] = [];
  for (const given of [1, 2]) {
    const end = start + surnameLen + given;
    if (end > text.length) break;
    let ok = true;
    for (let i = start + surnameLen; i < end; i++) if (!isHan(text[i]) || NOT_IN_NAME.has(text[i]!)) ok = false;
    if (!ok) break;
    options.push({ name: text.slice(start, end), end, strongSurname: strong });
  }
  if (options.length === 0) return null;
  const [short, long] = options;
  let pick: NameCandidate | undefined;
  let byContext = true;
  if (short && (!isHan(text[short.end]) || NAME_STOP.has(text[short.end]!))) pick = short;
  else if (long && (!isHan(text[long.end]) || NAME_STOP.has(text[long.end]!))) pick = long;
  else {
    pick = long ?? short;
    byContext = false;
  }
  if (!pick || COMMON_WORDS.has(pick.name)) return null;
  // when nothing after the name settled its length, a common word at its start means it is no name (王者荣耀)
  if (!byContext && COMMON_WORDS.has(pick.name.slice(0, 2))) return null;
  if (text[pick.end] === "们") return null;
  return pick;
}

/** A Latin name (1–3 capitalised words, e.g. "Leo", "Sam Altman") starting at `start` in case-kept text. */
export function latinNameAt(text: string, start: number): { name: string; end: number } | null {
  let i = start;
  if (text[i] === " ") i++;
  const m = /^[A-Z][a-z]+(?:[-'][A-Za-z]+)?(?: [A-Z][a-z]+(?:[-'][A-Za-z]+)?){0,2}/.exec(text.slice(i, i + 60));
  if (!m) return null;
  const end = i + m[0].length;
  if (/[A-Za-z0-9]/.test(text[end] ?? "")) return null;
  return { name: m[0], end };
}

export function hasSurname(name: string): boolean {
  return COMPOUND.has(name.slice(0, 2)) || COMMON.has(name[0]!) || WEAK.has(name[0]!);
}
