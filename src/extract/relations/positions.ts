// HOLDS_POSITION: each post of a titled person, held in the body its title names, the district it heads,
// or the body of the title before it ("区委副书记、区长" → 区委, then the district).
import { type ArticleStage, bySentence, type Home, keyOf, type LocalRelation, type ResolvedMention, splitKey } from '../document.ts';
import { subUnitParent } from '../finders/bodies.ts';
import type { Title } from '../finders/mention.ts';
import { places } from '../lexicon.ts';
import { bareTitlePlace, ownPlace } from './post-places.ts';

export const positions: ArticleStage = (a) => {
  const inSentence = bySentence(a.resolved);
  const visible = new Set(a.visible.map((m) => m.key));
  const hidden = new Set(a.resolved.filter((m) => m.type === 'Organization' && !visible.has(m.key)).map((m) => m.key));
  // A body the article names only in titles is no entity of it: the post is held in the place inside the
  // body's name ("门头沟区委" → 门头沟区), else in the article's own place.
  const heldIn = (key: string, person: ResolvedMention, owner?: string): string | null => {
    if (!hidden.has(key)) return key;
    // "珠海市委副书记、市政府党组书记" in a 黑河 paper: the body's place is the chain's, not the paper's.
    if (owner) return keyOf('District', owner);
    const body = inSentence(person.sentence).find((m) => m.key === key && m.end <= person.start);
    const place = body && inSentence(person.sentence).filter((m) => m.type === 'District' && m.start >= body.start && m.end <= body.end).pop();
    // "市委书记X" in a county's article: the 市委 was made the city's (黄山市委), so the post is held in the city
    // when the article names it.
    const own = /^(.+?)(?:党工委|党委|委|人大常委会|人大|政协|人民政府)$/.exec(splitKey(key)[1].replace(/^中共/, ''))?.[1];
    if (!place && own && visible.has(keyOf('District', own))) return keyOf('District', own);
    return place?.key ?? (a.home.district ? keyOf('District', a.home.district) : a.home.anyPlace);
  };
  const out: LocalRelation[] = [];
  // The district each person's titles placed in full, in the order the article names them.
  const placed = new Map<string, string>();
  const districts = a.visible.filter((m) => m.type === 'District');
  // The last titled person and the body of his last post: a list's next bare post is held there too.
  let listed: { person: ResolvedMention; body: string } | null = null;
  for (const m of a.visible) {
    if (m.type !== 'Person' || !m.titles) continue;
    let previous: string | null = continuesList(listed, m, a.sentences[m.sentence]!.text) ? listed!.body : null;
    for (const t of m.titles) {
      const named = ownPlace(t.org);
      if (named && !placed.has(m.key)) placed.set(m.key, named);
      const elsewhere = bareTitlePlace(t, m, a.sentences[m.sentence]!.text, inSentence(m.sentence), placed.get(m.key) ?? null, districts, a.home);
      const written: string | null = elsewhere ? placeTarget(elsewhere, t.org, a.visible) : titleTarget(t, a.home, previous, inSentence(m.sentence), m);
      const target: string | null = written && heldIn(written, m, t.owner);
      if (target) {
        out.push({ type: 'HOLDS_POSITION', from: m.key, to: target, title: t.title, evidence: a.sentences[m.sentence]!.text });
        previous = target;
      }
    }
    listed = previous ? { person: m, body: previous } : null;
  }
  return { positions: out };
};

/**
 * "区人大常委会主任甲，副主任乙、丙，党组成员丁", "X集团党委书记、董事长甲，总经理乙": a bare post right after a
 * titled person of the same sentence is a post of the same body (a head of government's post names its own).
 */
function continuesList(listed: { person: ResolvedMention } | null, m: ResolvedMention, text: string): boolean {
  const first = m.titles![0]!;
  if (!listed || listed.person.sentence !== m.sentence || first.org || HEAD_OF_GOVERNMENT.test(first.post)) return false;
  // "副主任乙、丙": the list's later names share the post written once before the first.
  const between = text.slice(listed.person.end, m.start);
  return /^[，；、]$/.test(between) || (/^[，；、]/.test(between) && between.slice(1) === first.title);
}

/** A bare title's body at another place: that place's body of the title ("县人大常委会" → 固安县人大常委会) when the article names it, else the place. */
function placeTarget(place: string, org: string, visible: ResolvedMention[]): string {
  const body = org ? keyOf('Organization', place + org.slice(1)) : null;
  return body && visible.some((m) => m.key === body) ? body : keyOf('District', place);
}

export const HEAD_OF_GOVERNMENT = /^(?:常务)?副?(?:区长|县长|市长|省长|镇长|乡长|州长|旗长)$/;

/** The body a post belongs to: its own body part, the district it heads, or the previous title's body. */
function titleTarget(t: Title, home: Home, previous: string | null, sentenceMentions: ResolvedMention[], person: ResolvedMention): string | null {
  const { org, post } = t;
  // "湖北省委副书记、省长": the head of the place the chain named before (people.ts ownTitlePlaces).
  if (!org && t.owner && HEAD_OF_GOVERNMENT.test(post)) return keyOf('District', t.owner);
  const orgName = subUnitParent(t.owner && org ? t.owner + org.slice(1) : org);
  const fallback = previous ?? (home.district ? keyOf('District', home.district) : home.city ? keyOf('District', home.city) : home.anyPlace);
  if (orgName) {
    const idx = places();
    const place = idx.full.has(orgName) ? orgName : idx.short.get(orgName) ?? null;
    if (place) return keyOf('District', place);
    // The body written in the title, or the last body or place inside it ("Nordvik集团全球副总裁").
    const near = sentenceMentions.filter((m) => m.end <= person.start && m.type !== 'Person');
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
