/**
 * More kinds of public body a place or a jurisdiction names (general Chinese news vocabulary, not
 * from any page). Local news names its hospitals, test centres, commissions and people's
 * organisations by place + kind with no title after them; without these kinds such a body named
 * once is lost, and its place mark is mistaken for nothing.
 */

/**
 * Health bodies and public centres that need a field between place and kind (都昌县|妇幼|保健院,
 * 安徽省|食品药品检验|检测中心, 成都|大熊猫繁育|研究基地): a bare 中心 after a city is its downtown
 * (上海市中心), so only a centre that says what it does is a kind.
 */
export const SERVICE_KINDS = ["保健院", "卫生院", "疾控中心", "研究中心", "检测中心", "监测中心", "服务中心", "管理中心", "指挥中心", "搜救中心", "研究基地"];

/** A country's or the world's centre (中国|极地|研究中心, 中国|海上|搜救中心). */
export const JURISDICTION_SERVICE_KINDS = ["研究中心", "搜救中心"];

/**
 * A commission or office written short, and the people's organisations, right after an
 * administrative place (安徽省国资委, 广州市网信办, 山东省消协, 广东省妇联): the place alone names them,
 * as it does its 政协. Written whole (发展和改革委员会) they end in 委员会, a kind already.
 */
export const SHORT_ADMIN_KINDS = [
  "国资委", "发改委", "发展改革委", "卫健委", "卫计委", "经信委", "工信委", "教委", "科委", "商委", "建委", "农委", "纪委", "政法委",
  "网信办", "金融办", "侨办", "台办", "外办", "法制办", "应急办", "扶贫办", "食安办",
  "消协", "消委会", "妇联", "侨联", "科协", "文联", "作协", "残联", "工商联", "总工会", "团委",
];

/** 省委/市委/县委 right after the place (安徽省|委副书记, 沅陵县|委): the place's party committee. */
export const PARTY_COMMITTEE_AFTER = /^委(?:$|[^\u4e00-\u9fff]|[书常副领宣组统政办秘])/;

/**
 * A place's government written short (佛山市政府) also names the body when another body is joined
 * to it (佛山市政府|和南海区政府, |与X签署) or it acts right away (|联合主办, |发布, |批准): a noun
 * after it (市政府|工作报告, |采购, |门口) makes it a modifier, and a bare 市政府 has no place at all.
 */
export const GOVERNMENT_ACTS_AFTER = /^(?:(?:和|与|及|、)[\u4e00-\u9fff]{2,8}?(?:政府|委员会|局|厅|委|办|部|院|会)|(?:已经|已|将|也|还|又|正式|再次|首次|先后|陆续|相继|专门|联合|共同)*(?:联合|共同|主办|发布|出台|印发|宣布|签署|签订|批复|批准|下发|公布|颁布|举办|召开|决定|提出|表示|部署|要求))/;
