// The extraction a perfect extractor would give for a synthetic corpus, in FORMAT.md shape: the gold's
// facts as entities and relations. It checks that the gold is scorable (it must score 1.0), and lets the
// loader and query benchmarks build the designed graph whatever state the extractor is in.
import type { EntityRecord, Extraction, RelationRecord } from '../extract/format.ts';
import type { GoldArticle } from './articles.ts';
import type { GoldEntity, SynthFile } from './corpus.ts';

const PREFIX: Record<string, string> = { Person: 'p', Organization: 'o', District: 'd', Enterprise: 'n', Event: 'e' };

/**
 * Stable ids from names: the same name is one id in every file, as for an extractor, which sees only names
 * and context. The corpus has namesakes (two 李伟 of two districts), and their true identities stay in
 * the gold (identity-gold.ts): telling them apart is the loader's job, not this extraction's.
 */
export class GoldExtractor {
  private readonly typeOf = new Map<string, GoldEntity['type']>();

  constructor(entities: GoldEntity[]) {
    for (const e of entities) this.typeOf.set(e.name, e.type);
  }

  private id(name: string): string {
    const type = this.typeOf.get(name);
    if (!type) throw new Error(`gold names "${name}" but lists no entity of that name`);
    return `${PREFIX[type]}:${name}`;
  }

  /** The extraction of one corpus file. */
  file(file: SynthFile): Extraction {
    const entities = new Map<string, EntityRecord>();
    const relations: RelationRecord[] = [];
    const mention = (name: string, article: string, extra: Partial<EntityRecord> = {}): string => {
      const id = extra.type === 'Event' ? `e:${article}:${name}` : this.id(name);
      let e = entities.get(id);
      if (!e) {
        e = { id, type: extra.type ?? (this.typeOf.get(name) as EntityRecord['type']), name, aliases: [], articles: [], ...extra };
        entities.set(id, e);
      }
      if (!e.articles.includes(article)) e.articles.push(article);
      return id;
    };
    const articles = file.articles.map(({ gold, span }) => {
      const article = `a:${gold.key}`;
      const evidence = file.text.slice(span[0], span[1]).replace(/\s+/g, '').slice(0, 80);
      const rel = (type: RelationRecord['type'], from: string, to: string, title?: string) =>
        relations.push({ type, from, to, article, evidence, ...(title ? { title } : {}) });
      addFacts(gold, article, mention, rel);
      return { id: article, source: file.name, span, title: gold.title, date: gold.date };
    });
    return { articles, entities: [...entities.values()], relations };
  }
}

function addFacts(
  gold: GoldArticle,
  article: string,
  mention: (name: string, article: string, extra?: Partial<EntityRecord>) => string,
  rel: (type: RelationRecord['type'], from: string, to: string, title?: string) => void,
): void {
  for (const r of gold.reporters) rel('REPORTED', mention(r, article), article);
  for (const ev of gold.events) {
    const event = mention(ev.name, article, { type: 'Event', date: ev.date, kind: ev.kind });
    for (const p of ev.attendees) if (!ev.chairs.includes(p)) rel('ATTENDED', mention(p, article), event);
    for (const p of ev.chairs) rel('CHAIRED', mention(p, article), event);
    for (const o of ev.attendingOrgs) rel('ATTENDED', mention(o, article), event);
    for (const s of ev.signatories) rel('SIGNED', mention(s, article), event);
  }
  // Each post the text states, held in the district of the seat (the body an extractor places 区长 in).
  for (const p of gold.posts) rel('HOLDS_POSITION', mention(p.name, article), mention(p.body, article), p.title);
  for (const [a, b] of gold.pairings) rel('PAIRED_WITH', mention(a, article), mention(b, article));
}
