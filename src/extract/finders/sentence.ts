// All mentions of one sentence: the finders of each kind, in the order that lets the surer ones take their
// spans first (titled people, then lists and honorifics, then bodies, places, enterprises).
import { distributedBodies, findBodies, findTitleBodies } from './bodies.ts';
import { builderBureaus, listedEnterprises, signingParties, tradeBrands } from './enterprises.ts';
import { LazyBoundaries, type Mention, overlaps, type Span } from './mention.ts';
import { tagWords } from '../segmenter.ts';
import { findJammedNames } from './jammed-names.ts';
import { findLocalPlaces, findPlaces, findVillages } from './places.ts';
import { findBareNameLists, findDotNames, findElected, findHonorificPeople, findListedPeople, findSpeakers, findTitledPeople } from './people.ts';

/** All mentions in one sentence (names already known in the document are found by `findKnown`). */
export function mentionSentence(s: string, sentence: number, knownShort: Set<string>, localPlaces: Map<string, string> = new Map()): Mention[] {
  const cuts = new LazyBoundaries(s);
  const dotted = findDotNames(s, sentence);
  const titled = findTitledPeople(s, sentence, cuts).filter((p) => !overlaps(p, dotted));
  const people = [...titled, ...findElected(s, sentence).filter((p) => !overlaps(p, titled) && !overlaps(p, dotted)), ...dotted];
  const taken: Span[] = [...people];
  // Post phrases are not bodies of their own; their body part is read from the title.
  for (const p of people) for (const t of p.titles ?? []) {
    const at = s.lastIndexOf(t.title, p.start);
    // The whole title: its body part is read from the title (with the stricter test below), not as a body alone.
    if (at >= 0) taken.push({ start: at, end: at + t.title.length });
  }
  for (const p of [...findListedPeople(s, sentence, taken, cuts), ...findHonorificPeople(s, sentence, cuts), ...findBareNameLists(s, sentence, taken), ...findJammedNames(s, sentence, taken), ...findSpeakers(s, sentence, cuts)]) {
    if (!overlaps(p, taken)) {
      people.push(p);
      taken.push(p);
    }
  }
  // Short local names head bodies too ("新区管委会", "油尖旺民政事务处").
  const heads = new Set([...knownShort, ...localPlaces.keys()]);
  const found = findBodies(s, sentence, taken, heads, cuts);
  const bodies = [...found, ...distributedBodies(s, sentence, found, heads)];
  // Title bodies ("区委" of 区委书记) are mentions too.
  const all = [...people, ...bodies, ...findTitleBodies(s, sentence, people, bodies, heads, cuts)];
  for (const h of findPlaces(s, knownShort, cuts)) {
    const span = { start: h.start, end: h.end };
    // A place inside a person's name is not a place; inside a body it is the body's district.
    if (overlaps(span, people)) continue;
    all.push({ type: 'District', surface: h.name, canonical: h.canonical, start: h.start, end: h.end, sentence, via: 'place' });
  }
  all.push(...findLocalPlaces(s, sentence, localPlaces, all, cuts));
  all.push(...findVillages(s, sentence, all, commonWord, cuts).filter((v) => !overlaps(v, all)));
  all.push(...builderBureaus(s, sentence, all));
  all.push(...signingParties(s, sentence, all), ...listedEnterprises(s, sentence, all));
  all.push(...tradeBrands(s, sentence, all));
  // "（以下简称“X”）" names the entity right before it.
  for (const m of s.matchAll(/（(?:以下)?简称[“"「]([^”"」]{1,12})[”"」]）/g)) {
    const before = all.filter((x) => x.end === m.index && x.type !== 'Person').sort((a, b) => a.start - b.start)[0];
    if (before) before.shortName = m[1]!;
  }
  return all.sort((a, b) => a.start - b.start || b.end - a.end);
}

/** A determiner or one common word ("所有村", "新农村") is no village name. */
function commonWord(name: string): boolean {
  if (/^(?:所有|各|全|每|该|本|其他|其余|部分|多个|这|那|新|农)/.test(name)) return true;
  const words = tagWords(name);
  // A verb, adverb, preposition or pronoun inside ("召开乡|村") makes it a clause.
  if (words.some((w) => /^(?:v|vn|vd|d|p|c|r|u.*)$/.test(w.tag))) return true;
  return words.length === 1 && !/^(?:nr|nrfg|nrt|ns|nz|x)$/.test(words[0]!.tag);
}
