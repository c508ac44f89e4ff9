// Enterprises without a suffix: a Latin brand among the parties of a signing, brands listed before 等企业;
// and the core of an enterprise's name (its suffixes off) by which the text may name it again.
import { ENTERPRISE_SUFFIXES, GENERIC_CORES } from '../lexicon.ts';
import { tagWords } from '../segmenter.ts';
import { GENERIC_START } from './bodies.ts';
import { type Mention, overlaps } from './mention.ts';

/**
 * Parties listed before a signing verb that no suffix gave away: a brand in Latin letters is an
 * enterprise ("德国莱茵TUV、深圳市龙岗区商务局……三方……签署").
 */
export function signingParties(s: string, sentence: number, found: Mention[]): Mention[] {
  const verb = /签署|签订|签约/.exec(s);
  if (!verb) return [];
  const clauseStart = Math.max(s.lastIndexOf('，', verb.index), s.lastIndexOf('。', verb.index)) + 1;
  const out: Mention[] = [];
  let at = clauseStart;
  for (const item of s.slice(clauseStart, verb.index).split(/([、与和及])/)) {
    const start = at;
    at += item.length;
    const m = /^([\u4e00-\u9fff]{0,6}[A-Za-z][A-Za-z0-9&.\- ]*[A-Za-z0-9])/.exec(item);
    if (!m) continue;
    const span = { start, end: start + m[1]!.length };
    if (!overlaps(span, found)) out.push({ type: 'Enterprise', surface: m[1]!, ...span, sentence, via: 'party' });
  }
  return out;
}

/**
 * Brands in a list that ends "等企业" ("腾讯、华为、比亚迪等企业"): enterprises without a suffix. An item
 * the segmenter knows as a common word ("人工智能、机器人等企业") is a field, not a firm.
 */
export function listedEnterprises(s: string, sentence: number, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  // Most sentences list no firms: skip the list pattern unless its ending is there.
  if (!/等(?:\d+家|多家|一批)?(?:知名|龙头|头部|重点|骨干|领军|科技)?(?:企业|公司|民企|外企|国企)/.test(s)) return out;
  // Items up to 14 characters: a list of firms holds full names too ("中国商用飞机有限公司", found by their suffix).
  for (const m of s.matchAll(/((?:[\u4e00-\u9fffA-Za-z0-9](?:[\u4e00-\u9fffA-Za-z0-9]|(?<=[A-Za-z]) (?=[A-Za-z])){1,13}、)*[\u4e00-\u9fffA-Za-z0-9]{2,14}?)等(?:\d+家|多家|一批)?(?:知名|龙头|头部|重点|骨干|领军|科技)?(?:企业|公司|民企|外企|国企)/g)) {
    let at = m.index;
    for (const [k, written] of m[1]!.split('、').entries()) {
      // The first item starts after the verb or preposition before the list ("与腾讯" → 腾讯).
      const skip = k === 0 ? nameLikeTail(s, at, at + written.length) - at : 0;
      const start = at + skip;
      at += written.length + 1;
      // "X市场和Y食品": two items joined by a conjunction, each judged alone.
      const joined = /^([\u4e00-\u9fff]{2,})[和与及]([\u4e00-\u9fff]{2,})$/.exec(written.slice(skip));
      const items = joined ? [{ start, text: joined[1]! }, { start: start + joined[1]!.length + 1, text: joined[2]! }] : [{ start, text: written.slice(skip) }];
      for (const { start: from, text: item } of items) {
        const span = { start: from, end: from + item.length };
        if (item.length < 2) continue;
        // A place that opens the firm's name ("上海X美凯龙") is the firm's, not a reason to skip it.
        const others = found.filter((f) => !(f.type === 'District' && f.start === span.start && f.end < span.end));
        if (overlaps(span, others) || GENERIC_CORES.has(item) || GENERIC_START.test(item) || PLACE_LIKE_END.test(item)) continue;
        const words = tagWords(item);
        const commonWord = (w: { word: string; tag: string }) => w.word.length >= 2 && /^(?:n|vn|v|a|an|ad|d|m|q|r|t|f|s|l|i|ns)$/.test(w.tag);
        if (!/[A-Za-z]/.test(item) && words.every(commonWord)) continue;
        out.push({ type: 'Enterprise', surface: item, ...span, sentence, via: 'party' });
      }
    }
  }
  return out;
}

/** Trades a firm's short name ends in after its brand ("X药业", "Y陶瓷"): generic words, no names. */
const TRADE = '药业|制药|食品|肉类|乳业|酒业|茶业|竹木|木业|木门|陶瓷|纺织|服饰|电子|电器|光电|机械|化工|建材|家具';
/** A list item (between 、, 和 or the list's start and 、, 等 or the end of the clause) of a brand and a trade. */
const TRADE_ITEM = new RegExp(`(?<=[、和到，,：:]|^)([\\u4e00-\\u9fff]{2,3}?)(${TRADE})(?=[、等，,。；;]|\\d|[两三四五六七八九十]家|$)`, 'g');

/** Words that describe a trade rather than name a firm: "特色食品", "传统家具", "智能家电". */
const TRADE_MODIFIER = /^(?:特色|传统|优质|有机|智能|高端|现代|健康|绿色|新型|生物|精细|海洋|农副|医药|地方|本地|品牌|名优|精品|休闲|功能|日用|民族|农产|畜禽|水产|林产|电子|化工|建材|家具|食品|陶瓷|纺织|服饰|机械)$/;

/**
 * Firms a list names by brand and trade ("A药业、B陶瓷、C食品", "先后到X市场、Y竹木"): counted in visit lists and
 * "N家企业" lists of three provinces. The item must touch a 、 (a list), its brand must not be a place or a
 * common word of the trade's kind ("绿色食品", "生物制药"), and no finder took it.
 */
export function tradeBrands(s: string, sentence: number, found: Mention[]): Mention[] {
  if (!s.includes('、')) return [];
  const out: Mention[] = [];
  for (const m of s.matchAll(TRADE_ITEM)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (s[span.start - 1] !== '、' && s[span.end] !== '、') continue;
    const brand = m[1]!;
    if (overlaps(span, found) || GENERIC_START.test(brand) || GENERIC_CORES.has(brand)) continue;
    // A field, not a firm: the item is one word of the dictionary ("绿色食品", "生物制药"), its brand describes
    // the trade ("特色食品", "智能家具") or the list is of trades ("…等产业").
    if (tagWords(m[0]).length < 2 || TRADE_MODIFIER.test(brand) || tagWords(brand).some((w) => /^(?:a|ad|an|b|v|vn|d|m|q|r|f|t|s)$/.test(w.tag))) continue;
    if (/^[^，,。；;]*?等(?:[\d一二三四五六七八九十]+[个大类])?(?:[\u4e00-\u9fff]{0,4}?)(?:产业|行业|领域|板块|业态)/.test(s.slice(span.end))) continue;
    out.push({ type: 'Enterprise', surface: m[0], ...span, sentence, via: 'party' });
  }
  return out;
}

/** A visit's list runs places and firms together ("X村、Y基地、Z市场和W食品等企业"): these are places. */
const PLACE_LIKE_END = /(?:基地|市场|园|村|镇|乡|街道|社区|景区|馆|站|广场|公园|小镇|片区)$/;

/** Where the run of name-like words (brands, names, abbreviations, Latin) that ends at `to` begins. */
function nameLikeTail(s: string, from: number, to: number): number {
  const words: { start: number; end: number; tag: string }[] = [];
  let at = 0;
  for (const w of tagWords(s)) {
    words.push({ start: at, end: at + w.word.length, tag: w.tag });
    at += w.word.length;
  }
  let start = to;
  for (const w of words.filter((x) => x.end <= to && x.start >= from).reverse()) {
    if (w.end !== start || !/^(?:nz|nt|nr|nrt|nrfg|x|eng|j)$/.test(w.tag)) break;
    start = w.start;
  }
  // An unknown word glued to a function character ("内大疆"): the character is not part of the brand.
  while (to - start > 2 && /[内外中的在与和及对向为把将被从到是了]/.test(s[start]!)) start++;
  return start;
}


/** The name without its enterprise suffixes ("中国兵器工业集团" → "中国兵器"), or null when it has none. */
export function enterpriseCore(name: string): string | null {
  // "大成食品（亚洲）有限公司" is written again as 大成食品: the bracketed region goes with the suffix.
  let core = name.replace(/[（(][^（()）]{1,8}[）)](?=(?:有限责任公司|股份有限公司|有限公司|集团|公司)$)/, '');
  for (let changed = true; changed; ) {
    changed = false;
    for (const suf of [...ENTERPRISE_SUFFIXES, '工业', '科技', '实业', '国际']) {
      if (core.endsWith(suf) && core.length - suf.length >= 2) {
        core = core.slice(0, -suf.length);
        changed = true;
      }
    }
  }
  return core === name || core.length < 2 ? null : core;
}

/**
 * The central builders' bureaus are firms though their names end in 局: "中铁一局", "中建三局", "中铁二十二局"
 * (a government 局 never follows 中铁/中建 and an ordinal), and a bureau's regional command (中铁一局华东地区指挥部).
 */
const BUILDER_BUREAU = /中(?:铁|建|交|冶|核|水)(?:[一二三四五六七八九十]{1,3}|\d{1,2})局(?:[\u4e00-\u9fff]{2,4}指挥部)?/g;

export function builderBureaus(s: string, sentence: number, found: Mention[]): Mention[] {
  const out: Mention[] = [];
  for (const m of s.matchAll(BUILDER_BUREAU)) {
    const span = { start: m.index, end: m.index + m[0].length };
    if (overlaps(span, found.filter((f) => f.type === 'Enterprise' || f.type === 'Organization' || f.type === 'Person'))) continue;
    out.push({ type: 'Enterprise', surface: m[0], start: span.start, end: span.end, sentence, via: 'suffix' });
  }
  return out;
}
