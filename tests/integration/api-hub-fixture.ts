// Synthetic graphs for the limit tests (made here, no corpus text): a person hub at many events, each
// event attended by many people of a shared pool, so nested `relations` fan out as on a real hub; and
// a person whose relations carry long evidence, so one question's answer is megabytes.
import type { EntityRecord, Extraction, RelationRecord } from '../../src/extract/format.ts';

const pad = (n: number) => String(n).padStart(4, '0');
const date = (n: number) => `2025-${pad((n % 12) + 1).slice(2)}-${pad((n % 28) + 1).slice(2)}`;

/** `events` events, each attended by the hub and `perEvent` people of a pool of `pool`. */
export function hubGraph(events: number, perEvent: number, pool: number): Extraction {
  const articles = Array.from({ length: events }, (_, i) => ({
    id: `a:hub${pad(i)}`, source: `hub-${pad(i)}.txt`, span: [0, 100] as [number, number], title: `会议${i}`, date: date(i),
  }));
  const entities: EntityRecord[] = [
    { id: 'p:hub', type: 'Person', name: '枢纽人物', aliases: [], articles: articles.map((a) => a.id) },
  ];
  for (let p = 0; p < pool; p++) entities.push({ id: `p:m${pad(p)}`, type: 'Person', name: `成员${pad(p)}`, aliases: [], articles: [] });
  const relations: RelationRecord[] = [];
  for (let e = 0; e < events; e++) {
    const article = articles[e]!.id;
    entities.push({ id: `e:hub${pad(e)}`, type: 'Event', name: `第${e}次联席会议`, aliases: [], articles: [article], date: date(e), kind: 'meeting' });
    relations.push({ type: 'ATTENDED', from: 'p:hub', to: `e:hub${pad(e)}`, article, evidence: `枢纽人物出席第${e}次联席会议。` });
    for (let k = 0; k < perEvent; k++) {
      const member = (e * 7 + k * 13) % pool;
      const person = entities[1 + member]!;
      if (!person.articles.includes(article)) person.articles.push(article);
      relations.push({ type: 'ATTENDED', from: person.id, to: `e:hub${pad(e)}`, article, evidence: `${person.name}出席第${e}次联席会议。` });
    }
  }
  return { articles, entities, relations };
}

/** A person at `events` events whose evidence sentences are `chars` characters long. */
export function wordyGraph(events: number, chars: number): Extraction {
  const articles = Array.from({ length: events }, (_, i) => ({
    id: `a:w${pad(i)}`, source: `wordy-${pad(i)}.txt`, span: [0, chars] as [number, number], title: `长文${i}`, date: date(i),
  }));
  const entities: EntityRecord[] = [{ id: 'p:wordy', type: 'Person', name: '长句人物', aliases: [], articles: articles.map((a) => a.id) }];
  const relations: RelationRecord[] = [];
  const filler = '区委区政府高度重视对口支援合作工作，'.repeat(Math.ceil(chars / 18));
  for (let e = 0; e < events; e++) {
    const article = articles[e]!.id;
    entities.push({ id: `e:w${pad(e)}`, type: 'Event', name: `第${e}次长会`, aliases: [], articles: [article], date: date(e), kind: 'meeting' });
    relations.push({ type: 'ATTENDED', from: 'p:wordy', to: `e:w${pad(e)}`, article, evidence: `${e}：${filler}`.slice(0, chars - 1) + '。' });
  }
  return { articles, entities, relations };
}
