// Stage: the places of the whole file. Area short forms (龙岗) count as places only in a file that also
// names the area in full (龙岗区) or places it by its city or province; places the division data lacks
// (Hong Kong and Macao districts, the file's one X新区) are read from how the file names them.
import type { ExtractionDoc } from '../document.ts';
import { findPlaces, type PlaceHit } from '../finders/places.ts';
import { places, type TrieNode } from '../lexicon.ts';
import { tagWords, wordBoundaries } from '../segmenter.ts';

export function findFilePlaces(doc: ExtractionDoc): ExtractionDoc {
  const text = doc.normalized.text;
  const idx = places();
  const knownShort = new Set<string>();
  // Area names end in 区/县/市/旗: look back from those characters only.
  for (const m of text.matchAll(/[区县市旗]/g)) {
    for (let len = 2; len <= 8 && len <= m.index + 1; len++) {
      const name = text.slice(m.index + 1 - len, m.index + 1);
      if (!idx.full.get(name)?.some((p) => p.level === 'area')) continue;
      const short = name.replace(/(?:自治县|自治旗|新区|区|县|市|旗)$/, '');
      if (short.length >= 2 && idx.short.get(short) === name) knownShort.add(short);
    }
  }
  // Area short forms written alone (渝北, 延吉): unambiguous in the data and placed by their city or province named in the file.
  const placeHits = findPlaces(text, new Set());
  const named = new Set(placeHits.map((h) => h.canonical));
  for (const short of areaShortForms(text)) {
    const rows = idx.full.get(idx.short.get(short)!)?.filter((p) => p.level === 'area') ?? [];
    if (rows.some((r) => (r.city && named.has(r.city)) || (r.province && named.has(r.province))) || segmenterPlace(text, short)) knownShort.add(short);
  }
  return { ...doc, knownShort, localPlaces: localPlaceNames(text, placeHits) };
}

/** Short forms of areas (the name without 区/县/市/旗) found in the text, unambiguous in the division data. */
function areaShortForms(text: string): Set<string> {
  const idx = places();
  const out = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    let node: TrieNode | null | undefined = idx.roots[text.charCodeAt(i)];
    for (let j = i + 1; node; j++) {
      if (node.short && !node.full && j - i >= 2 && !idx.shortAlwaysSafe.has(node.shortForm!)) {
        const full = node.short;
        // Written alone: not inside another name ("安新" in 雄安新区) nor followed by its own suffix.
        const alone = !/[\u4e00-\u9fff]/.test(text[i - 1] ?? '') || /[在与和及到赴来从向对了、至经驻]/.test(text[i - 1]!);
        if (alone && !/[区县市旗新镇乡街州省]/.test(text[j] ?? '') && idx.full.get(full)?.some((p) => p.level === 'area')) out.add(node.shortForm!);
      }
      node = j < text.length ? node.next.get(text.charCodeAt(j)) : undefined;
    }
  }
  return out;
}


/**
 * Does the segmenter read the short form as a place name where it is written (渝北 ns, not a common word),
 * standing alone rather than opening a site's name ("东坡文化旅游区", "X川残疾人就业基地": a noun follows)?
 */
function segmenterPlace(text: string, short: string): boolean {
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
    const from = Math.max(0, at - 8);
    let offset = from;
    const words = tagWords(text.slice(from, at + short.length + 8));
    for (const [k, w] of words.entries()) {
      if (offset === at && w.word === short && w.tag === 'ns' && !/^(?:n|nz|nt|nr|ng|nrfg|nrt)$/.test(words[k + 1]?.tag ?? '')) return true;
      offset += w.word.length;
    }
  }
  return false;
}

/**
 * Places the division data lacks, named in full in this file: Hong Kong, Macao and Taiwan districts
 * written before their district bodies (油尖旺区议会, 东区民政事务处), with their short forms; and a bare
 * "新区" that can only mean the one X新区 the file names.
 */
function localPlaceNames(text: string, placeHits: PlaceHit[]): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of text.matchAll(/区(?=区议会|议会|民政事务处|警区|区议员|议员)/g)) {
    if (text[m.index - 1] === '区') continue; // the 区 of "东区|区议会" was read already
    // The district's name starts at a word boundary: "召开东区区议会" names 东区, not 开东区.
    const from = Math.max(0, m.index - 12);
    const cuts = wordBoundaries(text.slice(from, m.index + 4));
    let name = '';
    for (let k = 3; k >= 1 && !name; k--) {
      const at = m.index - k;
      if (at >= from && /^[\u4e00-\u9fff]+$/.test(text.slice(at, m.index)) && (cuts.has(at - from) || at === 0)) name = text.slice(at, m.index + 1);
    }
    // Direction-only names (东区) are common words the data does not take alone.
    if (!name || (places().full.has(name) && !/^[东西南北中]区$/.test(name)) || /^(?:全|本|各|该|辖|社|城|园|景|片|校|新|地|市|县)/.test(name)) continue;
    out.set(name, name);
    if (name.length >= 3) out.set(name.slice(0, -1), name);
  }
  // Hong Kong and Macao papers name their districts in full ("在油尖旺区"): outside the division data, so
  // there an X区 at a word start whose X is no common word is a district.
  if ((text.match(/香港|澳门/g)?.length ?? 0) >= 2 || /【[^】]*】[^：。]{0,30}(?:香港|澳门)/.test(text)) {
    for (const m of text.matchAll(/(?<=^|[^\u4e00-\u9fff]|[在与和及到赴从向对、了於])([\u4e00-\u9fff]{2,3})区(?!域|间|块|别|分)/g)) {
      const name = `${m[1]}区`;
      if (out.has(name) || places().full.has(name) || /[之地的]$/.test(m[1]!) || /^(?:社|园|景|城|校|片|辖|新|开|工|矿|库|牧|林|市|全|本|各|该|郊|山|老|商|住|小|特)/.test(m[1]!)) continue;
      // Common words before 区 (办公区, 生活区) are areas of a site, not districts.
      const words = tagWords(m[1]!);
      if (words.some((w) => (w.word.length >= 2 || words.length === 1) && /^(?:v|vn|a|an|ad|d|r|m|q|p|c|t|f|s|l|i)$/.test(w.tag))) continue;
      out.set(name, name);
      out.set(m[1]!, name);
    }
  }
  // An autonomous county named in full (三江侗族自治县) is written by its bare place name in the same report
  // ("吴川——三江粤桂协作", "三江两地"): the data's short form keeps the 县 (三江县), the papers often do not.
  for (const h of placeHits) {
    const bare = /^([\u4e00-\u9fff]{2,3}?)[\u4e00-\u9fff]{1,6}族自治[县旗]$/.exec(h.canonical)?.[1];
    if (bare && !h.short && !out.has(bare) && !places().full.has(bare)) out.set(bare, h.canonical);
  }
  const newAreas = new Set(placeHits.filter((h) => h.canonical.endsWith('新区')).map((h) => h.canonical));
  if (newAreas.size === 1) out.set('新区', [...newAreas][0]!);
  // A bare 高新区 is the one X高新区 the file names in full (济X高新区 … 为高新区支柱产业).
  const zones = new Set(placeHits.filter((h) => /.高新区$/.test(h.canonical)).map((h) => h.canonical));
  if (zones.size === 1) out.set('高新区', [...zones][0]!);
  return out;
}
