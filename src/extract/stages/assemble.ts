// Last stage: the document's articles, entities and relations (DocResult), entities named by key. An entity
// collects its aliases as written (traditional script, a defined short name) and the articles naming it.
import { type DocRelation, type DocResult, type ExtractionDoc, type LocalEntity, type ResolvedMention, splitKey } from '../document.ts';
import type { EntityType } from '../format.ts';
import type { NormalizedText } from '../normalize.ts';
import type { Sentence } from '../sentences.ts';
import { autonomousShort } from '../lexicon.ts';
import { ADMIN_HEAD } from './resolve-local.ts';

/** "楚雄彝族自治州人民政府" is written 楚雄州人民政府 (a bare 州政府 made whole): the short form is a name of it too. */
function shortAutonomousName(type: EntityType, name: string): string[] {
  const m = type === 'Organization' ? /^(.+?自治[州县旗])(.+)$/.exec(name) : null;
  const short = m ? autonomousShort(m[1]!) : null;
  return short ? [short + m![2]!] : [];
}

export function assemble(doc: ExtractionDoc): DocResult {
  const entities = new Map<string, LocalEntity>();
  const relations: DocRelation[] = [];
  const addEntity = (key: string, type: EntityType, name: string, surface: string, article: string): void => {
    let e = entities.get(key);
    if (!e) entities.set(key, (e = { key, type, name, aliases: shortAutonomousName(type, name), articles: [] }));
    if (surface && surface !== name && !e.aliases.includes(surface)) e.aliases.push(surface);
    if (!e.articles.includes(article)) e.articles.push(article);
  };
  const addTarget = (key: string, article: string) => {
    const [type, name] = splitKey(key);
    addEntity(key, type, name, '', article);
  };
  for (const a of doc.articles) {
    const id = a.record.id;
    for (const m of a.visible) {
      const [type, name] = splitKey(m.key);
      // "区委" made "龙华区委" is not a name of it: every district has a 区委.
      // A group sent by a bare level (市换届工作调研督导组, 省委督导组) is one group, written so: that is a name of it.
      const qualified = (m.type === 'Organization' || m.type === 'Enterprise') && name !== m.surface && ADMIN_HEAD[m.surface[0]!] !== undefined && !/(?<!党)组$/.test(m.surface);
      addEntity(m.key, type, name, qualified ? '' : m.surface, id);
      const written = sourceSurface(doc.input.text, doc.normalized, a.sentences[m.sentence]!, m);
      if (written && written !== m.surface && written.length === m.surface.length) addEntity(m.key, type, name, written, id);
      if (m.shortName) addEntity(m.key, type, name, m.shortName, id);
    }
    for (const r of [...a.reporters, ...a.credited]) addEntity(`Person|${r}`, 'Person', r, r, id);
    for (const r of a.positions) addTarget(r.to, id);
    const yearAssumed = a.record.yearAssumed ? { yearAssumed: a.record.yearAssumed } : {};
    for (const e of a.events) entities.set(e.key, { key: e.key, type: 'Event', name: e.name, aliases: [], articles: [id], kind: e.kind, date: eventDate(a.record.date, e.monthDay), ...yearAssumed });
    for (const r of a.partOf) addTarget(r.to, id);
    // A government that signs for its official ("市委常委、副市长X…签约", relations/signing.ts), and a body's place
    // that visits its partner (relations/pairing.ts), may be named nowhere else.
    for (const r of a.signed) addTarget(r.from, id);
    for (const r of a.pairings) for (const key of [r.from, r.to]) addTarget(key, id);
    // Evidence as the sentence reads in the normalized text (the rules saw full-width punctuation and a blanked
    // byline), without the page's indentation.
    const asWritten = new Map<string, string>();
    for (const s of a.sentences) if (!asWritten.has(s.text)) asWritten.set(s.text, doc.normalized.text.slice(s.start, s.start + s.text.length).trim());
    for (const r of [...a.reported, ...a.positions, ...a.attendance, ...a.signed, ...a.heldIn, ...a.pairings, ...a.partOf]) {
      relations.push({ ...r, evidence: asWritten.get(r.evidence) ?? r.evidence.trim(), article: id });
    }
  }
  return { articles: doc.articles.map((a) => a.record), entities: [...entities.values()], relations, warnings: doc.warnings };
}

/** An event's date: its own day in the article's year (a round-up's item), else the article's date. */
function eventDate(articleDate: string | null, monthDay: string | null): string | null {
  return monthDay && articleDate ? `${articleDate.slice(0, 4)}-${monthDay}` : articleDate;
}

/** The mention as the source wrote it (traditional script, line breaks removed), when that differs. */
function sourceSurface(source: string, n: NormalizedText, s: Sentence, m: ResolvedMention): string | null {
  let out = '';
  for (let i = s.start + m.start; i < s.start + m.end; i++) {
    const o = n.offsets[i];
    if (o === undefined) return null;
    out += source[o] ?? '';
  }
  out = out.replace(/\s+/g, '');
  return out || null;
}
