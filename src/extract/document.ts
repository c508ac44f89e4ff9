// One document through the pipeline: normalize → articles → sentences → mentions → resolve (within the
// document) → relations. The result names entities by key ("Person|王卫"), not by id: ids are given
// once all documents are in (resolve.ts), so they are the same whichever worker saw a document.
import { createHash } from 'node:crypto';
import { isPublicationLine, splitArticles } from './articles.ts';
import { dateClues, datelineDay, publicationDate, resolveDate } from './dates.ts';
import type { ArticleRecord, EntityRecord, EntityType, EventKind } from './format.ts';
import { ENTERPRISE_SUFFIXES, places } from './lexicon.ts';
import { captionCredit, findKnown, findPlaces, type PlaceHit, mentionSentence, reportersOf, subUnitParent, type Mention } from './mentions.ts';
import { normalize, sourceSpan } from './normalize.ts';
import { tagWords, wordBoundaries } from './segmenter.ts';
import { findEvent, inSentence, pairings, participation, signatories, type LocalRelation, type ResolvedMention } from './relations.ts';
import { splitSentences, type Sentence } from './sentences.ts';

/** An entity within one document: named by key ("Person|王卫"); ids are given when documents merge. */
export type LocalEntity = Omit<EntityRecord, 'id'> & { key: string };

export interface DocRelation extends LocalRelation {
  article: string;
}

export interface DocResult {
  articles: ArticleRecord[];
  entities: LocalEntity[];
  relations: DocRelation[];
  warnings: string[];
}

/** The extractor's input: one decoded file (or text sent to the API). The one name for it. */
export interface SourceDocument {
  /** File name or path, copied to each article's `source`. */
  source: string;
  /** The decoded text of the whole file. */
  text: string;
  /** Publication date of the file (YYYY-MM-DD) when the caller knows it (`--date`). */
  date?: string;
}

const keyOf = (type: EntityType, name: string) => `${type}|${name}`;

export function extractDocument(doc: SourceDocument): DocResult {
  const n = normalize(doc.text);
  const warnings = [...n.warnings];
  const drafts = splitArticles(n);
  if (drafts.length && drafts[0]!.bylineParagraph < 0) warnings.push('no byline found (本报讯（记者 …）…): the whole file is taken as one article');
  const idx = places();
  // Area short forms (龙岗) count as places only in a file that also names the area in full (龙岗区).
  const knownShort = new Set<string>();
  // Area names end in 区/县/市/旗: look back from those characters only.
  for (const m of n.text.matchAll(/[区县市旗]/g)) {
    for (let len = 2; len <= 8 && len <= m.index + 1; len++) {
      const name = n.text.slice(m.index + 1 - len, m.index + 1);
      if (!idx.full.get(name)?.some((p) => p.level === 'area')) continue;
      const short = name.replace(/(?:自治县|自治旗|新区|区|县|市|旗)$/, '');
      if (short.length >= 2 && idx.short.get(short) === name) knownShort.add(short);
    }
  }
  // Area short forms written alone (渝北, 延吉): unambiguous in the data and placed by their city or province named in the file.
  const placeHits = findPlaces(n.text, new Set());
  const named = new Set(placeHits.map((h) => h.canonical));
  for (const short of areaShortForms(n.text)) {
    const rows = idx.full.get(idx.short.get(short)!)?.filter((p) => p.level === 'area') ?? [];
    if (rows.some((r) => (r.city && named.has(r.city)) || (r.province && named.has(r.province))) || segmenterPlace(n.text, short)) knownShort.add(short);
  }
  const localPlaces = localPlaceNames(n.text, placeHits);
  const firstByline = drafts.find((d) => d.bylineParagraph >= 0);
  const bylineAt = firstByline ? n.offsets[n.paragraphs[firstByline.bylineParagraph]!.start] ?? 300 : 300;
  const published = doc.date ?? publicationDate(doc.text, bylineAt);

  const entities = new Map<string, LocalEntity>();
  const relations: DocRelation[] = [];
  const articles: ArticleRecord[] = [];
  const perArticle: { article: ArticleRecord; clues: ReturnType<typeof dateClues>; eventKey: string | null; published: string | null }[] = [];
  const seenIds = new Set<string>();

  const addEntity = (key: string, type: EntityType, name: string, surface: string, article: string): void => {
    let e = entities.get(key);
    if (!e) entities.set(key, (e = { key, type, name, aliases: [], articles: [] }));
    if (surface && surface !== name && !e.aliases.includes(surface)) e.aliases.push(surface);
    if (!e.articles.includes(article)) e.articles.push(article);
  };

  // First pass: sentences and mentions of every article, so that a person named with a post in one
  // article is known when another article of the same page names them bare.
  const prepared = drafts.map((draft) => {
    const sentences: Sentence[] = [];
    let bodyFrom = 0;
    for (const p of draft.paragraphs) {
      // A closing byline holds reporters only.
      if (p === draft.creditParagraph) continue;
      const para = n.paragraphs[p]!;
      let text = n.text.slice(para.start, para.end);
      if (p === draft.bodyParagraph) bodyFrom = sentences.length;
      if (p === draft.bylineParagraph && draft.byline) {
        // The byline is blanked so that its media name is not read as a place.
        text = ' '.repeat(draft.byline.length) + text.slice(draft.byline.length);
      }
      for (const sentence of splitSentences(text, para.start, p, para.caption, draft.headings.includes(p))) sentences.push(sentence);
    }
    const mentions: Mention[] = [];
    sentences.forEach((s, i) => {
      for (const m of mentionSentence(s.text, i, knownShort, localPlaces)) mentions.push(m);
    });
    return { draft, sentences, bodyFrom, mentions };
  });
  const peopleOfPage = new Set(prepared.flatMap((a) => a.mentions.filter((m) => m.type === 'Person' && m.via !== 'list').map((m) => m.surface)));

  for (const { draft, sentences, bodyFrom, mentions } of prepared) {
    let from = Infinity;
    let to = -Infinity;
    for (const p of draft.paragraphs) {
      from = Math.min(from, n.paragraphs[p]!.start);
      to = Math.max(to, n.paragraphs[p]!.end);
    }
    const articleText = n.text.slice(from, to);
    let id = `a:${createHash('sha256').update(articleText).digest('hex').slice(0, 16)}`;
    for (let k = 2; seenIds.has(id); k++) id = `a:${createHash('sha256').update(`${articleText}#${k}`).digest('hex').slice(0, 16)}`;
    seenIds.add(id);
    const article: ArticleRecord = { id, source: doc.source, span: sourceSpan(n, from, to), title: draft.title, date: null };
    articles.push(article);

    // Names known in this article (or people of the page) found again bare.
    const known = new Map<string, Mention['type']>();
    for (const name of peopleOfPage) known.set(name, 'Person');
    for (const m of mentions) {
      if (m.type === 'Person' || m.via === 'suffix') known.set(m.surface, m.type);
      if (m.shortName) known.set(m.shortName, m.type);
      if (m.type === 'Enterprise') {
        const core = enterpriseCore(m.surface);
        if (core && core.length >= 4) known.set(core, 'Enterprise');
      }
    }
    const found = [...mentions];
    sentences.forEach((s, i) => {
      for (const m of findKnown(s.text, i, known, inSentence(found, i))) mentions.push(m);
    });
    mentions.sort((a, b) => a.sentence - b.sentence || a.start - b.start);

    // Resolve within the article: its home district, then body names qualified by it.
    const home = homeDistrict(draft.byline, mentions, knownShort);
    const resolved: ResolvedMention[] = [];
    const shortOwner = new Map<string, string>();
    for (const m of mentions) {
      const name = canonicalName(m, home, localPlaces);
      // "市委" with no city to name it would merge every city's 市委 into one: leave it out.
      if ((m.type === 'Organization' || m.type === 'Enterprise') && name === m.surface && ADMIN_HEAD[name[0]!] && !places().full.has(name.slice(0, 2)) && !places().full.has(name.slice(0, 3))) continue;
      const key = m.via === 'known' && shortOwner.has(m.surface) ? shortOwner.get(m.surface)! : keyOf(m.type, name);
      if (m.shortName) shortOwner.set(m.shortName, key);
      resolved.push({ ...m, key });
    }
    // Districts written inside a body's name belong to the body (PART_OF), not to the article's entities.
    const bodies = resolved.filter((m) => m.type === 'Organization' || m.type === 'Enterprise');
    const inside = (m: ResolvedMention) => inSentence(bodies, m.sentence).some((b) => b.start <= m.start && m.end <= b.end && b !== m);
    const visible = resolved.filter((m) => !(m.type === 'District' && inside(m)));
    for (const m of visible) {
      const [type, name] = splitKey(m.key);
      // "区委" made "龙华区委" is not a name of it: every district has a 区委.
      const qualified = (m.type === 'Organization' || m.type === 'Enterprise') && name !== m.surface && ADMIN_HEAD[m.surface[0]!] !== undefined;
      addEntity(m.key, type, name, qualified ? '' : m.surface, id);
      const written = sourceSurface(doc.text, n, sentences[m.sentence]!, m);
      if (written && written !== m.surface && written.length === m.surface.length) addEntity(m.key, type, name, written, id);
      if (m.shortName) addEntity(m.key, type, name, m.shortName, id);
    }

    // Reporters: byline and photo credits.
    const reporters = new Set(draft.byline ? reportersOf(bylineCredits(draft.byline)) : []);
    for (const s of sentences) if (s.caption) for (const r of captionCredit(s.text)) reporters.add(r);
    // The closing byline as well when the article opened with one of its own.
    if (draft.creditParagraph >= 0) {
      const credit = n.text.slice(n.paragraphs[draft.creditParagraph]!.start, n.paragraphs[draft.creditParagraph]!.end);
      for (const r of reportersOf(credit.replace(/^[（(]|[）)]$/g, ''))) reporters.add(r);
    }
    // A closing byline: "（记者 张三 通讯员 李四）" alone at the end of the article.
    for (const s of sentences.slice(-2)) {
      const end = /^\s*[（(]\s*((?:本报)?(?:见习|实习|特约|首席)?(?:记者|通讯员)[^（）()]{2,40})[）)]\s*$/.exec(s.text);
      if (end) for (const r of reportersOf(end[1]!)) reporters.add(r);
    }
    for (const r of reporters) {
      addEntity(keyOf('Person', r), 'Person', r, r, id);
      relations.push({ type: 'REPORTED', from: keyOf('Person', r), to: id, article: id, evidence: draft.byline ?? '' });
    }

    // Posts.
    for (const m of visible) {
      if (m.type !== 'Person' || !m.titles) continue;
      let previous: string | null = null;
      for (const t of m.titles) {
        const target = titleTarget(t.org, t.post, home, previous, resolved, m);
        if (target) {
          const [type, name] = splitKey(target);
          addEntity(target, type, name, '', id);
          relations.push({ type: 'HOLDS_POSITION', from: m.key, to: target, title: t.title, article: id, evidence: sentences[m.sentence]!.text });
          previous = target;
        }
      }
    }

    // Event, participation, signing, pairing.
    const event = findEvent(sentences, bodyFrom, resolved);
    let eventKey: string | null = null;
    if (event) {
      eventKey = `Event|${id}|${event.name}`;
      entities.set(eventKey, { key: eventKey, type: 'Event', name: event.name, aliases: [], articles: [id], kind: event.kind, date: null });
      const rels = [...participation(sentences, visible, eventKey, bodyFrom), ...signatories(sentences, visible, eventKey, pairings(sentences, visible))];
      if (event.heldIn) rels.push({ type: 'HELD_IN', from: eventKey, to: event.heldIn, evidence: sentences[event.sentence]!.text });
      for (const r of rels) relations.push({ ...r, article: id });
    }
    for (const r of pairings(sentences, visible)) relations.push({ ...r, article: id });
    for (const r of partOf(resolved, sentences, home)) {
      const [type, name] = splitKey(r.to);
      addEntity(r.to, type, name, '', id);
      relations.push({ ...r, article: id });
    }

    const lead = sentences.slice(bodyFrom, bodyFrom + 2).map((s) => s.text).join('');
    const body = sentences.map((s) => s.text).join('');
    // A web page dates each article on a publication line of its own.
    const pubLine = draft.paragraphs.map((p) => n.text.slice(n.paragraphs[p]!.start, n.paragraphs[p]!.end)).find((t) => isPublicationLine(t));
    const ownDate = pubLine && !doc.date ? publicationDate(pubLine) : null;
    perArticle.push({ article, clues: dateClues(lead, body, draft.title, datelineDay(draft.byline)), eventKey, published: ownDate });
  }

  // Dates: a year found in one article serves its siblings.
  const years = perArticle.flatMap((a) => (a.clues.explicit ? [a.clues.explicit] : [])).concat(perArticle.flatMap((a) => a.clues.yearHints));
  for (const a of perArticle) a.article.date = resolveDate(a.clues, years, a.published ?? published);
  // A day with nothing to give it a month ("昨日（3日）" on a page without a date line) takes a sibling's month.
  const dated = perArticle.find((a) => a.article.date)?.article.date;
  for (const a of perArticle) {
    if (!a.article.date && dated && a.clues.datelineDayOnly !== null) a.article.date = resolveDate(a.clues, years, dated);
    if (a.eventKey) entities.get(a.eventKey)!.date = a.article.date;
  }
  return { articles, entities: [...entities.values()], relations, warnings };
}

/** Short forms of areas (the name without 区/县/市/旗) found in the text, unambiguous in the division data. */
function areaShortForms(text: string): Set<string> {
  const idx = places();
  const out = new Set<string>();
  for (let i = 0; i < text.length; i++) {
    let node = idx.trie.next.get(text[i]!);
    for (let j = i + 1; node; j++) {
      if (node.short && !node.full && j - i >= 2 && !idx.shortAlwaysSafe.has(text.slice(i, j))) {
        const full = node.short;
        // Written alone: not inside another name ("安新" in 雄安新区) nor followed by its own suffix.
        const alone = !/[\u4e00-\u9fff]/.test(text[i - 1] ?? '') || /[在与和及到赴来从向对了、至经驻]/.test(text[i - 1]!);
        if (alone && !/[区县市旗新镇乡街州省]/.test(text[j] ?? '') && idx.full.get(full)?.some((p) => p.level === 'area')) out.add(text.slice(i, j));
      }
      node = j < text.length ? node.next.get(text[j]!) : undefined;
    }
  }
  return out;
}

/** The credit part of a byline: inside its brackets, or after 【X讯】 without the closing "香港报道：". */
function bylineCredits(byline: string): string {
  const bracketed = /^[^（【]*【[^】]*】(.*)$/.exec(byline);
  if (!bracketed) return byline.replace(/^[^（]*（/, '').replace(/）$/, '');
  let credits = bracketed[1]!.replace(/\s*报道[：:]?\s*$/, '').replace(/[：:]\s*$/, '');
  // "记者林美玲香港" → the place where the reporter filed is not part of the name.
  const lastPlace = findPlaces(credits, new Set()).pop();
  if (lastPlace && lastPlace.end === credits.length) credits = credits.slice(0, lastPlace.start);
  return credits;
}

/** Does the segmenter read the short form as a place name where it is written (渝北 ns, not a common word)? */
function segmenterPlace(text: string, short: string): boolean {
  for (let at = text.indexOf(short); at >= 0; at = text.indexOf(short, at + 1)) {
    const from = Math.max(0, at - 8);
    let offset = from;
    for (const w of tagWords(text.slice(from, at + short.length + 8))) {
      if (offset === at && w.word === short && w.tag === 'ns') return true;
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
  const newAreas = new Set(placeHits.filter((h) => h.canonical.endsWith('新区')).map((h) => h.canonical));
  if (newAreas.size === 1) out.set('新区', [...newAreas][0]!);
  return out;
}

export function splitKey(key: string): [EntityType, string] {
  const bar = key.indexOf('|');
  return [key.slice(0, bar) as EntityType, key.slice(bar + 1)];
}

export function enterpriseCore(name: string): string | null {
  let core = name;
  for (let changed = true; changed; ) {
    changed = false;
    for (const suf of [...ENTERPRISE_SUFFIXES, '工业', '科技', '实业', '国际']) {
      if (core.endsWith(suf) && core.length - suf.length >= 2) {
        core = core.slice(0, -suf.length);
        changed = true;
      }
    }
  }
  return core === name ? null : core;
}

interface Home {
  district: string | null;
  city: string | null;
  province: string | null;
  /** Key of the first place the article names, for posts nothing else places. */
  anyPlace: string | null;
}

function homeDistrict(byline: string | null, mentions: Mention[], knownShort: Set<string>): Home {
  const idx = places();
  let district: string | null = null;
  if (byline) {
    for (const short of knownShort) if (byline.includes(short)) district = idx.short.get(short) ?? district;
  }
  if (!district) {
    const count = new Map<string, number>();
    for (const m of mentions) {
      if (m.type !== 'District' || !m.canonical) continue;
      const p = idx.full.get(m.canonical);
      // A district the data lacks (油尖旺区) was named in full in the file: it counts too.
      const local = m.canonical.endsWith('区') && (!p || /^[东西南北中]区$/.test(m.canonical));
      if (p?.some((x) => x.level === 'area') || local) count.set(m.canonical, (count.get(m.canonical) ?? 0) + 1);
    }
    district = [...count].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]?.[0] ?? null;
  }
  const mentioned = new Set(mentions.filter((m) => m.type === 'District').map((m) => m.canonical));
  const rows = district ? idx.full.get(district)?.filter((p) => p.level === 'area') ?? [] : [];
  const row = rows.find((r) => r.city && mentioned.has(r.city)) ?? rows[0];
  const first = mentions.find((m) => m.type === 'District');
  const anyPlace = first ? keyOf('District', first.canonical ?? first.surface) : null;
  return { district, city: row?.city ?? null, province: row?.province ?? null, anyPlace };
}

const ADMIN_HEAD: Record<string, keyof Home> = { 区: 'district', 县: 'district', 旗: 'district', 市: 'city', 州: 'city', 省: 'province' };

function canonicalName(m: Mention, home: Home, localPlaces: Map<string, string>): string {
  if (m.type === 'District') return m.canonical ?? m.surface;
  if (m.type === 'Person') return m.surface;
  // A body's party group or committee stands for the body ("龙岗区政协党组" → 龙岗区政协).
  // "区十九届人大常委会" is the 区人大常委会: a term or session number is not part of a body's name;
  // "市政府" is the 市人民政府, "人民代表大会常务委员会" the 人大常委会.
  let s = (/(?:政协|政府|人大|局|委员会|院|厅|办|中心)(?:党组|党委)$/.test(m.surface) ? m.surface.replace(/(?:党组|党委)$/, '') : m.surface)
    .replace(/(?<=[区县市省州旗镇乡])第?[一二三四五六七八九十百\d]+届(?=人大|政协|人民代表大会|委员会|党委|区委|县委|市委|纪委)/, '')
    .replace(/人民代表大会常务委员会$/, '人大常委会')
    .replace(/(?<=[区县市省州旗镇乡])政府/, '人民政府');
  // "新区管委会" → "两江新区管委会": the file's one 新区.
  if (s.startsWith('新区') && localPlaces.get('新区')) s = localPlaces.get('新区')! + s.slice(2);
  // "区政协" → "龙岗区政协", "市委组织部" → "深圳市委组织部": a bare level is the article's own.
  const level = ADMIN_HEAD[s[0]!];
  // In a county-level city (靖西市) the bare 市 is that city, not the prefecture above it.
  const homeName = level === 'city' && s[0] === '市' && home.district?.endsWith('市') ? home.district : level ? home[level] : null;
  if (level && homeName && homeName.endsWith(s[0]!) && !places().full.has(s.slice(0, 3)) && !places().full.has(s.slice(0, 2))) s = homeName + s.slice(1);
  // "深圳市龙岗区商务局" → "龙岗区商务局": the city above an area adds nothing to the body's name.
  const idx = places();
  for (let len = 2; len <= 8 && len < s.length; len++) {
    const city = s.slice(0, len);
    const rest = s.slice(len);
    const cityRows = idx.full.get(city);
    if (!cityRows?.some((p) => p.level === 'city' || p.level === 'province')) continue;
    for (let l2 = 2; l2 <= 8 && l2 < rest.length; l2++) {
      const area = idx.full.get(rest.slice(0, l2));
      if (area?.some((a) => a.city === city || a.province === city)) return rest;
    }
  }
  return s;
}

const HEAD_OF_GOVERNMENT = /^(?:常务)?副?(?:区长|县长|市长|省长|镇长|乡长|州长|旗长)$/;

/** The body a post belongs to: its own body part, the district it heads, or the previous title's body. */
function titleTarget(org: string, post: string, home: Home, previous: string | null, resolved: ResolvedMention[], person: ResolvedMention): string | null {
  const orgName = subUnitParent(org);
  const fallback = previous ?? (home.district ? keyOf('District', home.district) : home.city ? keyOf('District', home.city) : home.anyPlace);
  if (orgName) {
    const idx = places();
    const place = idx.full.has(orgName) ? orgName : idx.short.get(orgName) ?? null;
    if (place) return keyOf('District', place);
    // The body written in the title, or the last body or place inside it ("Nordvik集团全球副总裁").
    const near = inSentence(resolved, person.sentence).filter((m) => m.end <= person.start && m.type !== 'Person');
    const exact = near.find((m) => m.surface === orgName);
    if (exact) return exact.key;
    const titleAt = person.start - post.length - org.length;
    const within = near.filter((m) => m.start >= titleAt - 30 && m.end <= person.start - post.length && orgName.includes(m.surface));
    const best = within.filter((m) => m.type !== 'District').pop() ?? within.pop();
    // Nothing else places the post: the body as written ("市委"), rather than losing the post.
    const asWritten = /(?:委|政协|政府|人大|局|部|厅|办|院|会|中心|集团|公司)$/.test(orgName) ? keyOf('Organization', orgName) : null;
    return best?.key ?? fallback ?? asWritten;
  }
  if (HEAD_OF_GOVERNMENT.test(post)) {
    const level = post.replace(/^(?:常务)?副?/, '')[0]!;
    if (level === '市' && home.district?.endsWith('市')) return keyOf('District', home.district);
    if (level === '市' && home.city) return keyOf('District', home.city);
    // 州长 heads the autonomous prefecture (临夏回族自治州) above the article's county.
    if (level === '州' && home.city?.endsWith('州')) return keyOf('District', home.city);
    if (level === '省' && home.province) return keyOf('District', home.province);
    // 区长 heads the district, even after 区委副书记.
    if (home.district?.endsWith(level)) return keyOf('District', home.district);
  }
  return fallback;
}

/** PART_OF: a body whose name starts with a district or another body; a district inside its city. */
function partOf(resolved: ResolvedMention[], sentences: Sentence[], home: Home): LocalRelation[] {
  const out: LocalRelation[] = [];
  const idx = places();
  const bodies = resolved.filter((m) => m.type === 'Organization' || m.type === 'Enterprise');
  for (const b of bodies) {
    const [, name] = splitKey(b.key);
    const ev = sentences[b.sentence]!.text;
    // The most specific place or body its name starts with ("深圳市龙岗区商务局" → 龙岗区).
    const inner = inSentence(resolved, b.sentence).filter((m) => m !== b && m.start >= b.start && m.end < b.end && m.key !== b.key && m.type !== 'Person');
    let chainEnd = b.start;
    let parent: ResolvedMention | null = null;
    for (const m of inner.sort((x, y) => x.start - y.start)) {
      if (m.start !== chainEnd) break;
      parent = m;
      chainEnd = m.end;
    }
    if (parent) out.push({ type: 'PART_OF', from: b.key, to: parent.key, evidence: ev });
    if (!inner.some((m) => m.type === 'District') && name !== b.surface) {
      // A qualified bare body ("区政协" → 龙岗区政协) is part of the article's district.
      const d = [home.district, home.city, home.province].find((x) => x && name.startsWith(x));
      if (d) out.push({ type: 'PART_OF', from: b.key, to: keyOf('District', d), evidence: ev });
    }
  }
  const named = new Set(resolved.filter((x) => x.type === 'District').map((x) => x.canonical));
  const done = new Set<string>();
  for (const m of resolved) {
    if (m.type !== 'District' || !m.canonical || done.has(m.canonical)) continue;
    done.add(m.canonical);
    const row = idx.full.get(m.canonical)?.find((p) => p.level === 'area');
    const city = row?.city;
    if (city && city !== m.canonical && named.has(city)) {
      out.push({ type: 'PART_OF', from: m.key, to: keyOf('District', city), evidence: sentences[m.sentence]!.text });
    }
  }
  return out;
}

/** The mention as the source wrote it (traditional script, line breaks removed), when that differs. */
function sourceSurface(source: string, n: ReturnType<typeof normalize>, s: Sentence, m: Mention): string | null {
  let out = '';
  for (let i = s.start + m.start; i < s.start + m.end; i++) {
    const o = n.offsets[i];
    if (o === undefined) return null;
    out += source[o] ?? '';
  }
  out = out.replace(/\s+/g, '');
  return out || null;
}
