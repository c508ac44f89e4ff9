// coAttendees, path, search and neighbors read aliases, kinds and evidence articles only when the query shows them
// (src/bench/findings.md, item 35): the fields a query shows are the same either way, the projected rows carry
// the co-attendee's name, and rows built before they did still answer.
import type { Driver } from 'neo4j-driver';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { App } from '../../src/api/app.ts';
import { rebuildCoAttendance } from '../../src/graph/co-attendance.ts';
import { write } from '../../src/graph/cypher.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { fixture } from './api-fixture.ts';
import { closeApp, gql, openApp } from './api-helpers.ts';

let driver: Driver;
let app: App;

// 蓝贤林 with an alias, so a co-attendee's aliases have something to show.
const withAlias = { ...fixture, entities: fixture.entities.map((e) => (e.id === 'p:lxl' ? { ...e, aliases: ['蓝书记'] } : e)) };

beforeAll(async () => {
  ({ driver, app } = await openApp((d) => loadExtraction(d, withAlias)));
});

afterAll(() => closeApp({ driver, app }));

async function ask(query: string): Promise<Record<string, any>> {
  const { data, errors } = await gql(app, query);
  expect(errors).toBeUndefined();
  return data!;
}

type Row = { count: number; person: { id: string; name: string; aliases?: string[] }; events: { id: string; name: string; date: string; kind?: string; aliases?: string[] }[] };

const FULL = '{ coAttendees(name: "王策飞") { count person { id name aliases } events { id name date kind aliases } } }';
const BARE = '{ coAttendees(name: "王策飞") { count person { id name } events { id name date } } }';

async function bothWays(): Promise<{ full: Row[]; bare: Row[] }> {
  const full = (await ask(FULL)).coAttendees as Row[];
  const bare = (await ask(BARE)).coAttendees as Row[];
  return { full, bare };
}

function shownFields(rows: Row[]) {
  return rows.map((r) => [r.count, r.person.id, r.person.name, r.events.map((e) => [e.id, e.name, e.date])]);
}

describe('coAttendees shows aliases and kinds only when asked, the same answer otherwise', () => {
  it('from the events and from the projection (with and without the names its rows now carry)', async () => {
    const fromEvents = await bothWays();
    expect(fromEvents.full.length).toBeGreaterThan(1);
    expect(shownFields(fromEvents.bare)).toEqual(shownFields(fromEvents.full));
    // What the full query shows is what the entities are.
    const lan = fromEvents.full.find((r) => r.person.id === 'p:lxl');
    expect(lan?.person.aliases).toEqual(['蓝书记']);
    expect(fromEvents.full[0]!.events[0]!.kind).toBe('meeting');

    const build = await rebuildCoAttendance(driver);
    expect(build.stamped).toBe(true);
    const projected = await bothWays();
    expect(projected).toEqual(fromEvents);

    // Rows built before they carried the name read the co-attendee's node instead.
    await write(driver, 'co-attendance-test-unname');
    expect(await bothWays()).toEqual(fromEvents);
  });
});

describe('path shows node details and evidence articles only when asked', () => {
  it('the same nodes and sentences either way, the articles when asked', async () => {
    const full = (await ask('{ path(from: "p:wcf", to: "o:sxd", maxLength: 6) { nodes { id name aliases } hops { relation evidenceCount evidence { sentence article { id } } } } }')).path;
    const bare = (await ask('{ path(from: "p:wcf", to: "o:sxd", maxLength: 6) { nodes { id name } hops { relation evidenceCount evidence { sentence } } } }')).path;
    expect(full.hops.length).toBeGreaterThan(0);
    expect(bare.nodes).toEqual(full.nodes.map((n: { id: string; name: string }) => ({ id: n.id, name: n.name })));
    expect(bare.hops).toEqual(full.hops.map((h: { relation: string; evidenceCount: number; evidence: { sentence: string }[] }) =>
      ({ relation: h.relation, evidenceCount: h.evidenceCount, evidence: h.evidence.map((e) => ({ sentence: e.sentence })) })));
    expect(full.hops[0].evidence[0].article.id).toMatch(/^a:fx/);
    expect(full.nodes.find((n: { id: string }) => n.id === 'd:lg')?.aliases ?? ['龙岗', '深圳市龙岗区']).toEqual(['龙岗', '深圳市龙岗区']);
  });
});

describe('search shows aliases, dates and kinds only when asked', () => {
  it('the same hits in the same order either way, the aliases when asked', async () => {
    const full = (await ask('{ search(text: "龙岗", first: 10) { edges { score node { id name aliases } } } }')).search.edges;
    const bare = (await ask('{ search(text: "龙岗", first: 10) { edges { score node { id name } } } }')).search.edges;
    expect(full.length).toBeGreaterThan(1);
    expect(bare).toEqual(full.map((e: { score: number; node: { id: string; name: string } }) => ({ score: e.score, node: { id: e.node.id, name: e.node.name } })));
    expect(full.find((e: { node: { id: string } }) => e.node.id === 'd:lg')?.node.aliases).toEqual(['龙岗', '深圳市龙岗区']);
  });
});

describe('neighbors shows aliases, dates and kinds only when asked', () => {
  it('the same things at the same distances in the same order either way, the details when asked', async () => {
    type Edge = { distance: number; node: { id: string; name: string; aliases?: string[]; date?: string | null; kind?: string | null } };
    const full = (await ask('{ neighbors(id: "p:wcf", depth: 2, first: 100) { edges { distance node { id name aliases ... on Event { date kind } } } } }')).neighbors.edges as Edge[];
    const bare = (await ask('{ neighbors(id: "p:wcf", depth: 2, first: 100) { edges { distance node { id name } } } }')).neighbors.edges as Edge[];
    expect(full.some((e) => e.distance === 2)).toBe(true);
    expect(bare).toEqual(full.map((e) => ({ distance: e.distance, node: { id: e.node.id, name: e.node.name } })));
    // A person's aliases come from his cluster, a place's and an event's from the node.
    expect(full.find((e) => e.node.id === 'p:lxl')?.node.aliases).toEqual(['蓝书记']);
    expect(full.find((e) => e.node.id === 'd:lg')?.node.aliases).toEqual(['龙岗', '深圳市龙岗区']);
    expect(full.some((e) => e.node.kind === 'meeting' && typeof e.node.date === 'string')).toBe(true);
  });
});
