// Person and body identity from context (src/identity), on made-up namesake extractions: the decision, its
// independence from input order and batching, and what the nodes carry to explain it.
import { describe, expect, it } from 'vitest';
import type { Extraction, RelationRecord } from '../../src/extract/format.ts';
import { applyIdentity, personAssignments } from '../../src/identity/apply.ts';
import { mentionsOf } from '../../src/identity/context.ts';
import { anchorOf } from '../../src/identity/decide.ts';

type Rel = Omit<RelationRecord, 'evidence'>;

/** An extraction as the extractor gives it: one id per name (p:李建国), facts per article. */
function extraction(articles: { id: string; date?: string; names: [string, string][]; rels: Rel[] }[]): Extraction {
  const entities = new Map<string, Extraction['entities'][number]>();
  for (const a of articles) {
    for (const [type, name] of a.names) {
      const id = `${type[0]!.toLowerCase()}:${name}`;
      const e = entities.get(id) ?? { id, type: type as never, name, aliases: [], articles: [] };
      e.articles.push(a.id);
      entities.set(id, e);
    }
  }
  return {
    articles: articles.map((a) => ({ id: a.id, source: `${a.id}.txt`, span: [0, 10], title: null, date: a.date ?? null })),
    entities: [...entities.values()],
    relations: articles.flatMap((a) => a.rels.map((r) => ({ ...r, evidence: `${r.from} ${r.type} ${r.to}` }))),
  };
}

const post = (article: string, person: string, title: string, body: string): Rel =>
  ({ type: 'HOLDS_POSITION', from: `p:${person}`, to: body, title, article });
const heldIn = (article: string, event: string, district: string): Rel => ({ type: 'HELD_IN', from: `e:${event}`, to: `d:${district}`, article });
const attended = (article: string, person: string, event: string): Rel => ({ type: 'ATTENDED', from: `p:${person}`, to: `e:${event}`, article });
const partOf = (article: string, child: string, parent: string): Rel => ({ type: 'PART_OF', from: child, to: `d:${parent}`, article });

// 坪山区委书记 李建国 (a1, a3: his district's meetings), 罗湖区副区长 李建国 (a2), a bare 李建国 at a 坪山区 meeting (a4),
// a bare 李建国 in an article that places nothing (a5), and 区委 of 坪山区 (a1) and of 罗湖区 (a2).
const corpus = extraction([
  {
    id: 'a1', date: '2025-03-01',
    names: [['Person', '李建国'], ['Person', '王芳'], ['District', '坪山区'], ['District', '深圳市'], ['Event', '坪山区委常委会'], ['Organization', '区委']],
    rels: [post('a1', '李建国', '区委书记', 'd:坪山区'), heldIn('a1', '坪山区委常委会', '坪山区'), attended('a1', '李建国', '坪山区委常委会'),
      attended('a1', '王芳', '坪山区委常委会'), partOf('a1', 'd:坪山区', '深圳市')],
  },
  {
    id: 'a2', date: '2025-03-02',
    names: [['Person', '李建国'], ['District', '罗湖区'], ['Organization', '罗湖区商务局'], ['Event', '罗湖区招商会'], ['Organization', '区委']],
    rels: [post('a2', '李建国', '副区长', 'd:罗湖区'), heldIn('a2', '罗湖区招商会', '罗湖区'), attended('a2', '李建国', '罗湖区招商会'),
      partOf('a2', 'o:罗湖区商务局', '罗湖区')],
  },
  {
    id: 'a3', date: '2025-04-10',
    names: [['Person', '李建国'], ['District', '坪山区'], ['Event', '坪山区调研']],
    rels: [post('a3', '李建国', '区委书记', 'd:坪山区'), heldIn('a3', '坪山区调研', '坪山区'), attended('a3', '李建国', '坪山区调研')],
  },
  {
    id: 'a4', date: '2025-05-01',
    names: [['Person', '李建国'], ['District', '坪山区'], ['Event', '坪山区座谈会']],
    rels: [heldIn('a4', '坪山区座谈会', '坪山区'), attended('a4', '李建国', '坪山区座谈会')],
  },
  { id: 'a5', names: [['Person', '李建国']], rels: [] },
]);

const personOf = (x: Extraction, article: string, name: string) => personAssignments(x).get(`${article}\u0000${name}`);

describe('person identity from context', () => {
  it('tells apart namesakes whose posts are in different districts, and keeps one person across his district', () => {
    const [a1, a2, a3] = ['a1', 'a2', 'a3'].map((a) => personOf(corpus, a, '李建国'));
    expect(a1).toBeDefined();
    expect(a1).not.toBe(a2);
    expect(a3).toBe(a1);
  });

  it('joins a bare name to the candidate of its article\'s district; a name nothing places stays apart', () => {
    expect(personOf(corpus, 'a4', '李建国')).toBe(personOf(corpus, 'a1', '李建国'));
    const a5 = personOf(corpus, 'a5', '李建国');
    expect(a5).toBe('p:李建国'); // the extraction's own id: nothing anchored it
    expect(new Set(['a1', 'a2', 'a4'].map((a) => personOf(corpus, a, '李建国')))).not.toContain(a5);
  });

  it('says what decided each mention', () => {
    const byArticle = new Map(mentionsOf(corpus).filter((m) => m.name === '李建国').map((m) => [m.article, anchorOf(m)]));
    expect(byArticle.get('a1')).toEqual({ kind: 'place', value: '坪山区', basis: 'post' });
    expect(byArticle.get('a2')).toEqual({ kind: 'place', value: '罗湖区', basis: 'post' });
    expect(byArticle.get('a4')).toEqual({ kind: 'place', value: '坪山区', basis: 'home' });
    expect(byArticle.get('a5')).toBeNull();
  });

  it('gives the same ids whatever the order of articles, entities and relations', () => {
    const expected = personAssignments(corpus);
    const reversed: Extraction = {
      articles: [...corpus.articles].reverse(),
      entities: [...corpus.entities].reverse().map((e) => ({ ...e, articles: [...e.articles].reverse() })),
      relations: [...corpus.relations].reverse(),
    };
    expect(personAssignments(reversed)).toEqual(expected);
    // Rotations as well: every article first once.
    for (let k = 1; k < corpus.relations.length; k++) {
      const rotated = { ...corpus, relations: [...corpus.relations.slice(k), ...corpus.relations.slice(0, k)] };
      expect(personAssignments(rotated)).toEqual(expected);
    }
  });

  it('gives the same ids to an article ingested alone as in a batch (nothing depends on the other articles)', () => {
    const expected = personAssignments(corpus);
    for (const article of corpus.articles) {
      const alone: Extraction = {
        articles: [article],
        entities: corpus.entities.filter((e) => e.articles.includes(article.id)).map((e) => ({ ...e, articles: [article.id] })),
        relations: corpus.relations.filter((r) => r.article === article.id),
      };
      for (const [key, id] of personAssignments(alone)) expect(id).toBe(expected.get(key));
    }
  });
});

describe('applyIdentity', () => {
  const { extraction: out, identity } = applyIdentity(corpus);

  it('splits the extraction id into one entity per person, each with only its articles, and maps the relations per article', () => {
    const people = out.entities.filter((e) => e.name === '李建国');
    expect(people.map((p) => [...p.articles].sort()).sort()).toEqual([['a1', 'a3', 'a4'], ['a2'], ['a5']]);
    const pingshan = people.find((p) => p.articles.includes('a1'))!;
    const posts = out.relations.filter((r) => r.type === 'HOLDS_POSITION' && r.from === pingshan.id);
    expect(posts.map((r) => r.article).sort()).toEqual(['a1', 'a3']);
    expect(identity.get(pingshan.id)).toEqual({ anchor: '坪山区', places: ['坪山区'] });
    // Every relation end is an entity of the result.
    const ids = new Set([...out.entities.map((e) => e.id), ...out.articles.map((a) => a.id)]);
    for (const r of out.relations) expect(ids.has(r.from) && ids.has(r.to)).toBe(true);
  });

  it('tells apart a 区委 of two districts, by the article\'s home', () => {
    const bodies = out.entities.filter((e) => e.name === '区委');
    expect(bodies).toHaveLength(2);
    expect(bodies.map((b) => identity.get(b.id)?.anchor).sort()).toEqual(['坪山区', '罗湖区']);
  });

  it('leaves bodies with a place in their name, districts and events as they are', () => {
    for (const id of ['o:罗湖区商务局', 'd:坪山区', 'e:坪山区调研']) expect(out.entities.some((e) => e.id === id)).toBe(true);
  });
});
