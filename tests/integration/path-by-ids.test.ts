// path between two ids runs api-path-ids (no name lookups: src/bench/findings.md, item 42), which must send the
// row api-path sends for the same ids: compared here for pairs of the fixture's things (people, bodies, events,
// places), with and without the fields that cost reads. The store picks it by the text's shape (looksLikeId): a
// pair of the graph's ids answers in one statement, an id-shaped text that is no id falls back to api-path.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app.ts';
import { looksLikeId } from '../../src/api/store.ts';
import type { Extraction } from '../../src/extract/format.ts';
import { observeStatements, readOnce } from '../../src/graph/cypher.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { fixture } from './api-fixture.ts';
import { closeApp, gql, openApp } from './api-helpers.ts';

// Two people with ids of the graph's shape (entityId: a prefix and 16 hex digits), met at one event.
const A = 'p:00000000000000a1';
const B = 'p:00000000000000b2';
const SENTENCE = '龙岗区召开座谈会，甲乙丙与丁戊己出席。';
const shaped: Extraction = {
  articles: [{ id: 'a:ids1', source: 'ids-000.txt', span: [0, 100], title: '座谈会', date: '2026-04-01' }],
  entities: [
    { id: A, type: 'Person', name: '甲乙丙', aliases: [], articles: ['a:ids1'] },
    { id: B, type: 'Person', name: '丁戊己', aliases: [], articles: ['a:ids1'] },
    { id: 'e:00000000000000c3', type: 'Event', name: '龙岗区座谈会', aliases: [], articles: ['a:ids1'], date: '2026-04-01', kind: 'meeting' },
  ],
  relations: [
    { type: 'ATTENDED', from: A, to: 'e:00000000000000c3', article: 'a:ids1', evidence: SENTENCE },
    { type: 'ATTENDED', from: B, to: 'e:00000000000000c3', article: 'a:ids1', evidence: SENTENCE },
  ],
};

let driver: Driver;
let app: App;

beforeAll(async () => {
  ({ driver, app } = await openApp(async (d) => {
    await loadExtraction(d, fixture);
    await loadExtraction(d, shaped);
  }));
});

afterAll(() => closeApp({ driver, app }));

const rowOf = async (name: string, params: Record<string, unknown>) => (await readOnce(driver, name, params)).records.map((r) => r.toObject());

describe('path by ids', () => {
  it('api-path-ids sends the row api-path sends, for people, bodies, places and events, all fields or few', async () => {
    const ids = ['p:wcf', 'p:lxl', 'p:txq', 'd:lg', 'd:sz', 'o:swj', 'e:lxhy', 'n:tuv', A];
    let compared = 0;
    for (const from of ids) {
      for (const to of ids) {
        for (const shows of [{ nodeDetails: false, evidenceArticles: false }, { nodeDetails: true, evidenceArticles: true }]) {
          const params = { from, to, evidence: 20, ...shows };
          const byIds = await rowOf('api-path-ids', params);
          expect(byIds, `${from} → ${to}`).toEqual(await rowOf('api-path', params));
          compared++;
        }
      }
    }
    expect(compared).toBe(162);
  }, 600_000);

  it('sends no match for an id that is in no node, where the store asks api-path again', async () => {
    const [row] = await rowOf('api-path-ids', { from: 'p:wcf', to: 'p:0000000000000000', evidence: 20, nodeDetails: false, evidenceArticles: false });
    expect(row).toMatchObject({ fromId: 'p:wcf', toId: null, toMatches: [], nodes: null, hops: null });
    expect((row!.fromMatches as { entity: { id: string } }[]).map((m) => m.entity.id)).toEqual(['p:wcf']);
  });

  it('answers a path between two ids of the graph\'s shape in one statement, as by their names', async () => {
    expect([A, B].every(looksLikeId)).toBe(true);
    expect(['p:wcf', '王策飞', `${A}0`].some(looksLikeId)).toBe(false);
    const names: string[] = [];
    const stop = observeStatements((name) => names.push(name));
    const query = '{ path(from: $a, to: $b) { length nodes { id name } hops { relation evidenceCount evidence { sentence } } } }'
      .replace('{ path', 'query($a: String!, $b: String!) { path');
    try {
      const byIds = await gql(app, query, { a: A, b: B });
      expect(byIds.errors).toBeUndefined();
      expect(names).toEqual(['api-path-ids']);
      expect(byIds.data!.path.length).toBe(2);
      const byNames = await gql(app, query, { a: '甲乙丙', b: '丁戊己' });
      expect(byNames.data).toEqual(byIds.data);
      names.length = 0;
      const unknown = await gql(app, query, { a: A, b: 'p:0000000000000000' });
      expect(unknown.errors?.[0]?.message).toMatch(/p:0000000000000000/);
      expect(names.slice(0, 2)).toEqual(['api-path-ids', 'api-path']);
    } finally {
      stop();
    }
  });
});
