/**
 * Which of the kana that share a lost byte a Japanese text holds, from the words around it.
 * cp1252 loses the last byte of き く ぐ そ ぁ, of め ろ わ, and of チ ネ ハ バ ポ alike, and a
 * frequency rank alone always picks the same one (く, め, ハ). The sequences below are common
 * Japanese grammar and vocabulary (okurigana, particles, frequent loanword syllables), written
 * from the language, not from any page: a candidate that completes one of them with its intact
 * neighbours is the likelier reading. A kanji with its kana ending (合わせ, 好き) is scored the
 * same way: the Chinese pair model knows 又 and not 合わ. Chinese text holds no kana, so no
 * sequence matches in it.
 */
const SEQUENCES: readonly string[] = [
  // き
  "でき", "てき", "好き", "大き", "行き", "書き", "聞き", "続き", "向き", "付き", "引き", "置き", "届き", "働き", "生き", "動き",
  "開き", "驚き", "描き", "頂き", "だき", "べき", "とき", "きっ", "きれい", "きま", "きた", "きて", "きな", "きい", "き続",
  // く
  "くだ", "よく", "多く", "なく", "良く", "早く", "全く", "しく", "行く", "書く", "続く", "届く", "働く", "聞く", "置く", "付く",
  "開く", "描く", "驚く", "いく", "おく", "遠く", "近く", "高く", "長く", "強く", "安く", "くる", "くら", "くん",
  "くて", "くな", "とく", "てくれ", "ゆっくり", "せっかく", "ぼく",
  // そ
  "その", "それ", "そう", "そし", "そこ", "そん", "こそ", "よそ", "うそ", "そく", "そろ", "そば", "そも", "そち",
  // ぐ
  "すぐ", "ぐら", "ぐっ", "ぐる", "つなぐ", "急ぐ", "防ぐ", "次ぐ", "注ぐ", "稼ぐ",
  // わ
  "わけ", "わせ", "わり", "わる", "われ", "わか", "わた", "わず", "わっ", "わら", "わな", "終わ", "変わ", "関わ", "合わ", "代わ",
  "加わ", "伝わ", "言わ", "思わ", "行わ", "使わ", "問わ", "かわ", "いわ", "ことわ", "さわ", "すわ",
  // め
  "ため", "始め", "初め", "決め", "求め", "進め", "集め", "止め", "認め", "高め", "含め", "改め", "すすめ", "まとめ", "めて",
  "めに", "める", "めま", "めた", "だめ", "ゆめ", "めぐ",
  // ろ
  "ところ", "ころ", "いろ", "ろう", "ろん", "よろ", "しろ", "ひろ", "むしろ", "後ろ", "ろい",
  // チ
  "チー", "チェ", "チャ", "チョ", "チュ", "チケ", "ンチ", "ッチ", "チン",
  // ネ
  "ネッ", "ネタ", "ネル", "ネス", "ネー", "ネイ", "エネ", "ネコ", "ネク", "パネ", "ンネ", "ジネ", "ミネ", "シネ", "ネオ",
  // ハ (less common than バ and ポ, which share its syllables: ハッ ハー ハイ are left to the rank)
  "ハウ", "ハワ", "ハロ",
  // バ
  "バー", "バッ", "バス", "バイ", "バラ", "バン", "バル", "バト", "バレ", "バリ", "バナ", "ンバ", "ーバ", "カバ", "リバ",
  // ポ
  "ポイ", "ポー", "ポス", "ポケ", "ポッ", "ポジ", "ポリ", "ポン", "ポテ", "スポ", "サポ", "レポ", "ンポ", "ッポ",
  // Common loanwords, whole: a longer match outweighs a syllable another candidate shares (バー, チー).
  "オーバー", "カバー", "メンバー", "ナンバー", "サーバー", "シルバー", "バッグ", "バランス", "バージョン", "クーポン", "ポイント",
  "スポーツ", "サポート", "レポート", "ポケット", "ポスト", "チーム", "チーズ", "チケット", "スイッチ", "キッチン", "ネット",
  "ネックレス", "ビジネス", "エネルギー", "チャンネル", "トンネル", "パネル", "ハウス",
];

/** The sequences that hold each kana, with its place in them. */
let byKana: Map<string, { seq: string; at: number }[]> | null = null;

function index(): Map<string, { seq: string; at: number }[]> {
  const out = new Map<string, { seq: string; at: number }[]>();
  for (const seq of SEQUENCES) {
    const chars = [...seq];
    chars.forEach((ch, at) => {
      if (!/^[\u3041-\u30FF\p{Script=Han}]$/u.test(ch)) return;
      let list = out.get(ch);
      if (!list) out.set(ch, (list = []));
      list.push({ seq, at });
    });
  }
  return out;
}

/**
 * The most characters of a listed sequence that `kana` (or a kanji) completes with the text just before and
 * after it (0 when it completes none).
 */
export function kanaSequenceLength(kana: string, before: string, after: string): number {
  byKana ??= index();
  let best = 0;
  for (const { seq, at } of byKana.get(kana) ?? []) {
    const chars = [...seq];
    if (chars.length <= best) continue;
    if (before.endsWith(chars.slice(0, at).join("")) && after.startsWith(chars.slice(at + 1).join(""))) best = chars.length;
  }
  return best;
}

/** Whether two kana side by side are part of a listed sequence (both damaged, each the other's only context). */
export function kanaPairListed(a: string, b: string): boolean {
  pairs ??= new Set(SEQUENCES.flatMap((seq) => {
    const chars = [...seq];
    return chars.slice(1).map((ch, k) => chars[k]! + ch);
  }));
  return pairs.has(a + b);
}
let pairs: Set<string> | null = null;
