// Stage: every entity of an article checked against the shape its kind has in Chinese news
// (name-shape.ts for people, bodies, places, enterprises; event-name.ts for events). A name is kept,
// repaired, or dropped; the mentions and relations follow: a repaired key replaces the old one everywhere,
// and a relation that pointed at a dropped entity goes with it.
import { type ArticleStage, type ArticleState, keyOf, type LocalRelation, splitKey } from '../document.ts';
import { wordBoundaries } from '../segmenter.ts';
import { eventName } from './event-name.ts';
import { type NameContext, shapeName } from './name-shape.ts';

const ENTITY_KEY = /^(?:Person|Organization|District|Enterprise)\|/;
const RELATION_FIELDS = ['reported', 'positions', 'attendance', 'signed', 'heldIn', 'pairings', 'partOf'] as const;

export const shapeEntities: ArticleStage = (a) => {
  const renamed = new Map<string, string | null>();
  const contexts = [...entityContexts(a)];
  // Places first: the article's own district may itself be a glued form (与高新区), and bodies resolve to it.
  const homeKey = a.home.district ? keyOf('District', a.home.district) : null;
  const order = contexts.sort(([, x], [, y]) => Number(y.type === 'District') - Number(x.type === 'District'));
  let home = a.home.district;
  for (const [key, ctx] of order) {
    const shaped = shapeName({ ...ctx, homeDistrict: home, places: ctx.type === 'District' ? [] : placesNamed(contexts, renamed), bodies: bodiesNamed(contexts) });
    if (shaped !== ctx.name) renamed.set(key, shaped === null ? null : keyOf(ctx.type, shaped));
    if (key === homeKey) home = shaped;
  }
  const eventKeys = new Set(a.events.map((e) => e.key));
  const events = a.events.map((event, n) => {
    const firstPlace = placesNamed(contexts, renamed)[0] ?? null;
    const place = event.heldIn && renamed.get(event.heldIn) !== null ? splitKey(renamed.get(event.heldIn) ?? event.heldIn)[1] : (home ?? firstPlace);
    // The headline names the main event only.
    const name = eventName(event.name, event.kind, a.sentences[event.sentence]?.text ?? '', n === 0 ? a.record.title : null, place, event.within !== null);
    if (name === event.name) return event;
    let key = `Event|${a.record.id}|${name}`;
    for (let k = 2; eventKeys.has(key); k++) key = `Event|${a.record.id}|${name}#${k}`;
    eventKeys.add(key);
    renamed.set(event.key, key);
    return { ...event, name, key };
  });
  if (renamed.size === 0) return {};
  const to = (key: string): string | null => (renamed.has(key) ? renamed.get(key)! : key);
  const visible = a.visible.flatMap((m) => {
    const key = to(m.key);
    return key === null ? [] : [{ ...m, key }];
  });
  const reporters = a.reporters.filter((r) => to(keyOf('Person', r)) !== null);
  const relations: Partial<ArticleState> = {};
  for (const field of RELATION_FIELDS) relations[field] = remap(a[field], to);
  // A post stays a post when its body was no name (州人民政府 of no known 州): it is then held in the article's place.
  const homeAt = home ? keyOf('District', home) : null;
  relations.positions = remap(a.positions, (key) => to(key) ?? (homeAt && !key.startsWith('Person|') ? homeAt : key));
  const within = (key: string | null): string | null => (key ? (renamed.get(key) ?? key) : null);
  return { visible, reporters, events: events.map((e) => ({ ...e, within: within(e.within) })), ...relations };
};

/** Each entity the article names (not the event), with the text around each of its mentions. */
function entityContexts(a: ArticleState): Map<string, NameContext> {
  const out = new Map<string, NameContext>();
  const add = (key: string, around?: NameContext['contexts'][number]) => {
    if (!ENTITY_KEY.test(key)) return; // an article id (REPORTED) or an event
    const [type, name] = splitKey(key);
    const c = out.get(key) ?? { type: type as NameContext['type'], name, contexts: [], homeDistrict: a.home.district, places: [] };
    out.set(key, c);
    if (around) c.contexts.push(around);
  };
  for (const m of a.visible) {
    const text = a.sentences[m.sentence]?.text ?? '';
    // A person's name that ends inside a word (战略合|作) is a piece of that word.
    const endsInWord = m.type === 'Person' && !wordBoundaries(text).has(m.end);
    add(m.key, { surface: m.surface, before: text.slice(Math.max(0, m.start - 6), m.start), after: text.slice(m.end, m.end + 16), endsInWord });
  }
  for (const field of RELATION_FIELDS) for (const r of a[field]) [r.from, r.to].forEach((k) => add(k));
  // An entity only a relation names (代表X签约) is read in the relation's evidence sentence.
  for (const field of RELATION_FIELDS)
    for (const r of a[field])
      for (const key of [r.from, r.to]) {
        const c = out.get(key);
        if (!c || c.contexts.length > 0 || c.type !== 'Person') continue;
        for (let at = r.evidence.indexOf(c.name); at >= 0; at = r.evidence.indexOf(c.name, at + 1)) {
          const end = at + c.name.length;
          c.contexts.push({ surface: c.name, before: r.evidence.slice(Math.max(0, at - 6), at), after: r.evidence.slice(end, end + 16), endsInWord: !wordBoundaries(r.evidence).has(end) });
        }
      }
  return out;
}

/** The places the article names, most mentioned first, as repaired. */
function placesNamed(contexts: [string, NameContext][], renamed: Map<string, string | null>): string[] {
  return contexts
    .filter(([key, c]) => c.type === 'District' && c.contexts.length > 0 && renamed.get(key) !== null)
    .sort(([, x], [, y]) => y.contexts.length - x.contexts.length)
    .map(([key, c]) => (renamed.has(key) ? splitKey(renamed.get(key)!)[1] : c.name));
}

/** The bodies the article names in full (with their place), as the finder read them. */
function bodiesNamed(contexts: [string, NameContext][]): string[] {
  return contexts.filter(([, c]) => c.type === 'Organization' && c.contexts.length > 0 && /^[^区县市州省旗]/.test(c.name)).map(([, c]) => c.name);
}

/** Relations with renamed ends; one whose end was dropped goes, and a repair that makes two the same keeps one. */
function remap(relations: readonly LocalRelation[], to: (key: string) => string | null): LocalRelation[] {
  const seen = new Set<string>();
  const out: LocalRelation[] = [];
  for (const r of relations) {
    const from = to(r.from);
    const target = to(r.to);
    if (from === null || target === null || from === target) continue;
    const id = `${r.type}|${from}|${target}|${r.title ?? ''}`;
    if (seen.has(id)) continue;
    seen.add(id);
    out.push({ ...r, from, to: target });
  }
  return out;
}
