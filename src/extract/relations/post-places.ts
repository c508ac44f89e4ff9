// Whose place a bare title names. Papers write their own officials' posts without the place ("县委书记X",
// "区长Y"), and so the bare level reads as the paper's district (stages/resolve-local.ts). A visiting or host
// official is written the same way once the article has placed them, so a bare title is that person's place
// when the article says which: the delegation they lead ("固安县党政代表团由县委书记X率队", in the paper of the
// district it visits), the place a title of theirs named before ("寻乌县委书记X … 县委书记X"), the other side
// of a meeting whose guest is written with his place, or the one district the article names whose level the
// title names (a 县委书记 is no 区's post); else the paper's own.
import { type Home, type ResolvedMention, splitKey } from '../document.ts';
import type { Title } from '../finders/mention.ts';
import { places } from '../lexicon.ts';

/** The county-level place a title's body names in full or short at its start ("寻乌县委" → 寻乌县), else null. */
export function ownPlace(org: string): string | null {
  const idx = places();
  for (let len = Math.min(8, org.length); len >= 2; len--) {
    const head = org.slice(0, len);
    const name = idx.full.has(head) ? head : idx.short.get(head);
    if (name && idx.full.get(name)?.some((p) => p.level === 'area')) return name;
  }
  return null;
}

/** The level a bare title names (县 of 县委书记, 区 of 区长), or null when the title names a place or no county-level body. */
export function bareLevel(t: Title): string | null {
  if (t.org) return /^[区县旗]/.test(t.org) && ownPlace(t.org) === null ? t.org[0]! : null;
  const head = /^(?:常务)?副?([区县旗])长$/.exec(t.post);
  return head ? head[1]! : null;
}

// "X党政代表团由…率队", "X考察团在…带领下": the first person named after the delegation leads it.
const DELEGATION = /^(?:党政|政府|经贸|友好|考察|学习|参访|招商)*(?:代表团|考察团|访问团|工作组)(?:一行)?[，,]?(?:由|在)/;

/**
 * The district a bare title of `person` belongs to when it is not the paper's own, else null (the title
 * keeps the paper's district). `placed` is the place an earlier title of this person named in full.
 */
export function bareTitlePlace(
  t: Title, person: ResolvedMention, sentence: string, inSentence: ResolvedMention[], placed: string | null, districts: ResolvedMention[], home: Home,
): string | null {
  const cut = cutPlace(t, person, sentence);
  if (cut !== null) return cut === home.district ? null : cut;
  const level = bareLevel(t);
  if (level === null) return null;
  const fits = (name: string | null | undefined): name is string => typeof name === 'string' && name.endsWith(level);
  const clauseStart = Math.max(0, ...[...sentence.slice(0, person.start).matchAll(/[。；！？]/g)].map((x) => x.index + 1));
  const led = inSentence
    .filter((d) => d.type === 'District' && d.start >= clauseStart && d.end <= person.start && DELEGATION.test(sentence.slice(d.end)))
    .filter((d) => !inSentence.some((p) => p.type === 'Person' && p.start >= d.end && p.end <= person.start && p !== person))
    .pop();
  const ledName = led ? splitKey(led.key)[1] : null;
  const counties = [...new Set(districts.map((d) => splitKey(d.key)[1]).filter((n) => fits(n) && places().full.get(n)?.some((p) => p.level === 'area')))];
  // "县长X与永清县委书记Y座谈": the paper writes the other side's officials with their place and its own
  // without, so a bare title beside one that names the paper's presumed place is the other place's.
  const written = new Set(inSentence.filter((p) => p.type === 'Person' && p.key !== person.key).flatMap((p) => (p.titles ?? []).map((x) => ownPlace(x.org) ?? cutPlace(x, p, sentence))));
  const otherSide = () => {
    if (!home.district || !written.has(home.district)) return null;
    const rest = counties.filter((n) => !written.has(n));
    return rest.length === 1 ? rest[0]! : null;
  };
  const levelFit = () => (fits(home.district) ? null : counties.length === 1 ? counties[0]! : null);
  const place = fits(ledName) ? ledName : fits(placed) ? placed : (otherSide() ?? levelFit());
  return place === null || place === home.district ? null : place;
}

/**
 * A place whose first character the title finder took for a word ("与将乐县委书记X": 将 read as "will", the
 * title "乐县委书记"): the characters before the title and its body together name a county-level place.
 */
function cutPlace(t: Title, person: ResolvedMention, sentence: string): string | null {
  if (!t.org || ownPlace(t.org) !== null) return null;
  const at = sentence.lastIndexOf(t.title, person.start);
  for (let k = 1; k <= 2 && at - k >= 0; k++) {
    const place = ownPlace(sentence.slice(at - k, at) + t.org);
    if (place !== null && sentence.startsWith(place, at - k)) return place;
  }
  return null;
}
