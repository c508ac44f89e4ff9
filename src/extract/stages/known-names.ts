// Stage: names known in an article (or people of the page) found again bare ("王卫指出"), so that a person
// named with a post in one article is known when another article of the same page names them bare.
import { bySentence, type ExtractionDoc } from '../document.ts';
import { enterpriseCore } from '../finders/enterprises.ts';
import { findKnown } from '../finders/known.ts';
import { parseName } from '../finders/names.ts';
import { type Mention, overlaps } from '../finders/mention.ts';

export function findKnownNames(doc: ExtractionDoc): ExtractionDoc {
  const peopleOfPage = new Set(doc.articles.flatMap((a) => a.mentions.filter((m) => m.type === 'Person' && m.via !== 'list').map((m) => m.surface)));
  const articles = doc.articles.map((a) => {
    const known = new Map<string, Mention['type']>();
    for (const name of peopleOfPage) known.set(name, 'Person');
    for (const m of a.mentions) {
      if (m.type === 'Person' || m.via === 'suffix') known.set(m.surface, m.type);
      if (m.shortName) known.set(m.shortName, m.type);
      if (m.type === 'Enterprise') {
        const core = enterpriseCore(m.surface);
        if (core && core.length >= 4) known.set(core, 'Enterprise');
      }
    }
    const found = bySentence(a.mentions);
    const again = a.sentences.flatMap((s, i) => findKnown(s.text, i, known, found(i)));
    const people = [...known].filter(([, type]) => type === 'Person').map(([name]) => name);
    again.push(...a.sentences.flatMap((s, i) => namesRunTogether(s.text, i, people, [...found(i), ...again])));
    const mentions = [...a.mentions, ...again].sort((x, y) => x.sentence - y.sentence || x.start - y.start);
    return { ...a, mentions };
  });
  return { ...doc, articles };
}

/**
 * Names a page ran together without a separator ("符宣朝朱允彦宁虹雯符平等陪同"): where two names known in the
 * article stand with at most three characters between them, and each piece between or after them (before 等)
 * reads as a name by surname, the run is a list of names.
 */
function namesRunTogether(s: string, sentence: number, people: string[], existing: Mention[]): Mention[] {
  const hits: { start: number; end: number }[] = [];
  for (const name of people) for (let at = s.indexOf(name); at >= 0; at = s.indexOf(name, at + 1)) hits.push({ start: at, end: at + name.length });
  hits.sort((x, y) => x.start - y.start);
  const out: Mention[] = [];
  const add = (start: number, end: number) => {
    const span = { start, end };
    if (!overlaps(span, existing) && !overlaps(span, out)) out.push({ type: 'Person', surface: s.slice(start, end), start, end, sentence, via: 'list' });
  };
  const isName = (t: string) => /^[\u4e00-\u9fff]{2,3}$/.test(t) && parseName(`${t}，`, 0, true) === t.length;
  for (let k = 0; k + 1 < hits.length; k++) {
    const [a, b] = [hits[k]!, hits[k + 1]!];
    const gap = s.slice(a.end, b.start);
    if (gap !== '' && !isName(gap)) continue;
    // Two known names run together, or one name between them: a run. Its known names are found here too.
    add(a.start, a.end);
    if (gap) add(a.end, b.start);
    add(b.start, b.end);
    const tail = /^([\u4e00-\u9fff]{2,3}?)等/.exec(s.slice(b.end));
    if (tail && isName(tail[1]!) && !hits.some((h) => h.start === b.end)) add(b.end, b.end + tail[1]!.length);
  }
  return out;
}
