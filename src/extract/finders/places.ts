// Place names in a sentence: full names and short forms from the division data, X新区, one-character
// city names after a verb of going (赴京), and places the data lacks that the file names in full.
import { CITY_ONE_CHAR, GENERIC_CORES, places, type TrieNode } from '../lexicon.ts';
import { type Boundaries, isHan, type Mention, overlaps } from './mention.ts';

/** Characters that may come right before a short place name written alone (在新区, 与油尖旺). */
export const PLACE_NEIGHBOUR = /[在与和及到赴来从向对了、]/;

// Common nouns that are also the names of some district or town in the data (小城镇建设 is no town's building).
const GENERIC_PLACE_WORDS = new Set(['城区', '郊区', '矿区', '市中区', '新区', '开发区', '高新区', '城中区', '东区', '西区', '南区', '北区', '中区', '小城镇', '新城镇']);

export interface PlaceHit {
  start: number;
  end: number;
  name: string;
  /** Canonical full name. */
  canonical: string;
  /** Only the short form was written (龙岗). */
  short: boolean;
}

/** Finds place names in a sentence (full names; city/province short forms; area short forms listed in `knownShort`). */
export function findPlaces(s: string, knownShort: Set<string>, cuts?: Boundaries): PlaceHit[] {
  const idx = places();
  const hits: PlaceHit[] = [];
  let i = 0;
  while (i < s.length) {
    const code = s.charCodeAt(i);
    if (code < 0x4e00 || code > 0x9fff) {
      i++;
      continue;
    }
    // The longest full name, or else the longest usable short form, starting at i (ends only: the walk
    // is the hottest loop of extraction, so no object or substring per step).
    let fullEnd = 0;
    let fullName = '';
    let shortEnd = 0;
    let shortName = '';
    let shortForm = '';
    let node: TrieNode | null | undefined = idx.roots[code];
    for (let j = i + 1; node; j++) {
      if (node.full) {
        fullEnd = j;
        fullName = node.full;
      } else if (node.short && j - i >= 2) {
        const w = node.shortForm!; // = s.slice(i, j), without making it
        if (idx.shortAlwaysSafe.has(w) || knownShort.has(w)) {
          shortEnd = j;
          shortName = node.short;
          shortForm = w;
        }
      }
      node = j < s.length ? node.next.get(s.charCodeAt(j)) : undefined;
    }
    let hit: PlaceHit | null = null;
    if (shortEnd > fullEnd) hit = { start: i, end: shortEnd, name: shortForm, canonical: shortName, short: true };
    else if (fullEnd) hit = { start: i, end: fullEnd, name: fullName, canonical: fullName, short: false };
    // "X新区" (雄安新区) is a district even when the data has no row for it.
    // "为高新区", "与高新区": a preposition or verb before the bare zone is no part of its name.
    if (!hit && s[i + 2] === '新' && s[i + 3] === '区' && isHan(s[i + 1]) && !GENERIC_CORES.has(s.slice(i, i + 2)) && !/[为是与和及在到对向从了把将被由於與為]/.test(s[i]!) && (i === 0 || !isHan(s[i - 1]) || hits.some((h) => h.end === i))) {
      hit = { start: i, end: i + 4, name: s.slice(i, i + 4), canonical: s.slice(i, i + 4), short: false };
    }
    // A place starts a word: "新城区" is not inside "创新城区"; "城区" alone is a common noun.
    if (hit && cuts && !cuts.has(hit.start) && isHan(s[hit.start - 1])) hit = null;
    if (hit && GENERIC_PLACE_WORDS.has(hit.name)) hit = null;
    // A short form ends a word too: "长治久安" is an idiom, not 长治.
    if (hit && hit.short && cuts && isHan(s[hit.end]) && !cuts.has(hit.end)) hit = null;
    // "富裕安康", "幸福长宁": a short form after a word of well-being is a set phrase, not the place.
    if (hit && hit.short && /^(?:富裕|富足|幸福|祥和|和谐|平安|健康|繁荣|小康|吉祥)$/.test(s.slice(hit.start - 2, hit.start))) hit = null;
    // "X和县政府办": 和 joins a list there; 和县 is the county only where a place may stand (在和县, 、和县).
    if (hit && hit.end - hit.start === 2 && /[和与及]/.test(s[hit.start]!) && isHan(s[hit.start - 1]) && !PLACE_NEIGHBOUR.test(s[hit.start - 1]!)) hit = null;
    // "代县长" is an acting county head, not 代县 (one character before 县长/区长/市长 that modifies the post).
    if (hit && hit.end - hit.start === 2 && /[代副正]/.test(s[hit.start]!) && s[hit.end] === '长') hit = null;
    // "两个临县", "几个邻县": after a count a two-character 临县 or 邻县 is the noun for neighbouring counties.
    if (hit && hit.end - hit.start === 2 && /[临邻]/.test(s[hit.start]!) && /[个些]/.test(s[hit.start - 1] ?? '')) hit = null;
    if (hit) {
      hits.push(hit);
      i = hit.end;
    } else i++;
  }
  zones(s, hits);
  // "第八师石河子市": a division of the production corps and its city are one place.
  for (const [k, h] of hits.entries()) {
    const division = /第[一二三四五六七八九十]{1,3}师$/.exec(s.slice(Math.max(0, h.start - 6), h.start));
    if (division && h.canonical.endsWith('市')) hits[k] = { ...h, start: h.start - division[0].length, name: division[0] + h.name, canonical: division[0] + h.canonical };
  }
  // "赴京", "在沪": one-character city names after a verb of going or being.
  for (const m of s.matchAll(/[赴进来抵返离在]([京沪津渝穗港澳])(?=[开参考调举召期办工学对招推洽拜访，。、])/g)) {
    const at = m.index + 1;
    if (!hits.some((h) => h.start <= at && at < h.end)) hits.push({ start: at, end: at + 1, name: m[1]!, canonical: CITY_ONE_CHAR[m[1]!]!, short: true });
  }
  return hits.sort((a, b) => a.start - b.start);
}


const ZONE_SUFFIX = /(?:经济技术开发区|经济开发区|高新技术产业开发区|高新技术开发区|高新区|经开区|开发区)/g;

/**
 * A development zone is a place of its own, named by the place it lies in, maybe a word of its own and its
 * kind: "X县经济开发区", "X滨海经济开发区", "X经济技术开发区". The place found before it grows into the zone;
 * an area's short form nothing else made known heads one too ("X城经济开发区" opening a sentence).
 */
function zones(s: string, hits: PlaceHit[]): void {
  const idx = places();
  for (const z of s.matchAll(ZONE_SUFFIX)) {
    const end = z.index + z[0].length;
    if (hits.some((h) => h.start < end && z.index < h.end)) continue;
    // The place right before, with at most a short word between that names no body ("投促局开发区" is no zone).
    const k = hits.reduce((best, h, i) => (h.end <= z.index && (best < 0 || h.end > hits[best]!.end) ? i : best), -1);
    const before = hits[k];
    const between = before ? s.slice(before.end, z.index) : '';
    if (before && between.length <= 4 && /^[\u4e00-\u9fff]*$/.test(between) && !/[局委办部厅院处司会组所]/.test(between)) {
      // "天津宝坻经济开发区": the places written before it, run together, are part of its name.
      let from = before.start;
      for (let p = hits.findIndex((h) => h.end === from); p >= 0; p = hits.findIndex((h) => h.end === from)) from = hits[p]!.start;
      const name = s.slice(from, end);
      hits.splice(0, hits.length, ...hits.filter((h) => h === before || h.end <= from || h.start >= end));
      hits[hits.indexOf(before)] = { start: from, end, name, canonical: name, short: false };
      continue;
    }
    for (let len = 3; len >= 2; len--) {
      const at = z.index - len;
      const head = s.slice(at, z.index);
      if (at >= 0 && (at === 0 || !isHan(s[at - 1]) || PLACE_NEIGHBOUR.test(s[at - 1]!)) && idx.full.get(idx.short.get(head) ?? '')?.some((p) => p.level !== 'street')) {
        hits.push({ start: at, end, name: s.slice(at, end), canonical: s.slice(at, end), short: false });
        break;
      }
    }
  }
  hits.sort((a, b) => a.start - b.start);
}

/** Places the division data lacks, named in full elsewhere in the file (油尖旺区, 新区 for the file's X新区). */
export function findLocalPlaces(s: string, sentence: number, localPlaces: Map<string, string>, found: Mention[], cuts?: Boundaries): Mention[] {
  const all = [...found];
  const out: Mention[] = [];
  for (const [name, canonical] of [...localPlaces].sort((a, b) => b[0].length - a[0].length)) {
    for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) {
      const span = { start: at, end: at + name.length };
      if (overlaps(span, all.filter((x) => x.type === 'District' || x.type === 'Person'))) continue;
      // A short form stands alone: "新区" inside "创新区域" is no place.
      // Before another word ("三江粤桂协作", "三江两地") it stands alone where the segmenter cuts the sentence around it.
      const before = isHan(s[at - 1]) && !PLACE_NEIGHBOUR.test(s[at - 1]!);
      const after = isHan(s[at + name.length]) && !/[区委政人管党纪议民警的等将已正共与和及]/.test(s[at + name.length]!);
      if (name.length <= 2 && (before || (after && !(cuts?.has(at) && cuts.has(at + name.length))))) continue;
      const m: Mention = { type: 'District', surface: name, canonical, start: at, end: at + name.length, sentence, via: 'place' };
      all.push(m);
      out.push(m);
    }
  }
  return out;
}

/**
 * Villages and townships below the division data, named right after the place they belong to:
 * "X镇河西岸村", "X街道张家坟村", "X苏木Y嘎查", "X旗阿拉达尔吐苏木", "X街道五沙社区".
 */
export function findVillages(s: string, sentence: number, places: Mention[], isWord: (name: string) => boolean, cuts?: Boundaries): Mention[] {
  const out: Mention[] = [];
  // A village after a township found here too ("X苏木Y嘎查").
  const queue = [...places];
  for (let k = 0; k < queue.length; k++) {
    const p = queue[k]!;
    // A county-level city or district heads its villages too ("X市Y村", "X区Y社区"), but never a 苏木.
    const parent = /(?:镇|乡|街道|苏木|旗|县|(市|区))$/.exec(p.canonical ?? p.surface);
    if (p.type !== 'District' || !parent) continue;
    const m = /^([\u4e00-\u9fff]{2,6}?)(村|社区|嘎查|苏木)(?![委民级干两])/.exec(s.slice(p.end, p.end + 9));
    if (!m || isWord(m[1]!) || (m[2] === '苏木' && (parent[1] || !/[旗县]$/.test(p.canonical ?? '')))) continue;
    // "X市新农村", "X区城乡社区": a core ending in 乡 or 农 is the common noun (乡村, 农村), no village.
    if (/[乡农]$/.test(m[1]!)) continue;
    const name = m[0];
    const village: Mention = { type: 'District', surface: name, canonical: name, start: p.end, end: p.end + name.length, sentence, via: 'place' };
    out.push(village);
    queue.push(village);
  }
  return [...out, ...bareVillages(s, sentence, [...places, ...out], isWord, cuts)];
}

/** Where a village written alone may start: after a word that joins it to the sentence ("与X嘎查", "同X村", "、X村"). */
const BEFORE_BARE_VILLAGE = /[与同和及、到在赴]/;

/**
 * A village or 嘎查 named alone, with no township before it: "与X嘎查签署", "同X村的交流", "示范点X村、Y公司".
 * It must stand apart (after a joining word, or cut off by the segmenter and followed by a list mark), and its
 * core must be no common word (乡村, 农村, 部分嘎查) and no place of a higher level (those go through the rule above).
 */
function bareVillages(s: string, sentence: number, found: Mention[], isWord: (name: string) => boolean, cuts?: Boundaries): Mention[] {
  const out: Mention[] = [];
  for (const m of s.matchAll(/(?:村|嘎查)(?![委民级干两组务庄镇落口里])/g)) {
    const end = m.index + m[0].length;
    // The core of 2–4 characters that stands apart: the shortest after a joining word ("两地同X村": X, not 地同X),
    // else the longest the segmenter cuts off before a list mark ("示范点X村、").
    let pick: [number, string] | null = null;
    for (let len = 2; len <= 4; len++) {
      const start = m.index - len;
      const core = s.slice(start, m.index);
      if (start < 0 || !/^[\u4e00-\u9fff]+$/.test(core)) break;
      const before = s[start - 1];
      if (start === 0 || !isHan(before) || BEFORE_BARE_VILLAGE.test(before!)) {
        pick = [start, core];
        break;
      }
      if (/[、，,]/.test(s[end] ?? '') && cuts?.has(start)) pick = [start, core];
    }
    if (!pick) continue;
    const [start, core] = pick;
    if (/[乡农城省市县区镇街]/.test(core) || isWord(core) || overlaps({ start, end }, found)) continue;
    out.push({ type: 'District', surface: core + m[0], canonical: core + m[0], start, end, sentence, via: 'place' });
  }
  return out;
}
