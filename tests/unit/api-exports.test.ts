import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { exportOptions } from '../../src/api/plugins/exports.ts';
import { toCytoscape, toGraphML } from '../../src/api/graph-formats.ts';
import { filterView, inRange, type GraphView } from '../../src/api/graph-view.ts';

const view: GraphView = {
  nodes: [
    {
      id: 'p:1',
      label: '王策飞',
      type: 'Person',
      aliases: ['策飞'],
      date: null,
      kind: null,
      articleCount: 2,
      posts: [{ title: '区长', bodyId: 'n:"x"&<y>', body: '龙岗区', dates: ['2026-03-01'] }],
    },
    {
      id: 'n:"x"&<y>',
      label: 'TÜV & <Rheinland> "Group" \'s\u0001',
      type: 'Enterprise',
      aliases: [],
      date: null,
      kind: null,
      articleCount: 1,
    },
    { id: 'e:1', label: '联席会议', type: 'Event', aliases: [], date: '2026-03-01', kind: 'meeting', articleCount: 1 },
    { id: 'e:2', label: '旧会议', type: 'Event', aliases: [], date: '2024-05-01', kind: 'meeting', articleCount: 1 },
    { id: 'p:2', label: '孤立', type: 'Person', aliases: [], date: null, kind: null, articleCount: 1, posts: [] },
  ],
  edges: [
    {
      id: 'HOLDS_POSITION:p:1->n:"x"&<y>:区长',
      source: 'p:1',
      target: 'n:"x"&<y>',
      type: 'HOLDS_POSITION',
      label: '区长',
      title: '区长',
      evidence: [
        { articleId: 'a:1', sentence: '区委副书记、区长王策飞 <b>&amp;</b>', date: '2026-03-01', title: '标题', source: 'a.txt' },
        { articleId: 'a:2', sentence: '第二句。', date: '2024-05-01', title: null, source: 'b.txt' },
      ],
    },
    {
      id: 'ATTENDED:p:1->e:1',
      source: 'p:1',
      target: 'e:1',
      type: 'ATTENDED',
      label: 'ATTENDED',
      title: null,
      evidence: [{ articleId: 'a:1', sentence: '王策飞出席。', date: '2026-03-01', title: '标题', source: 'a.txt' }],
    },
    {
      id: 'ATTENDED:p:1->e:2',
      source: 'p:1',
      target: 'e:2',
      type: 'ATTENDED',
      label: 'ATTENDED',
      title: null,
      evidence: [{ articleId: 'a:2', sentence: '王策飞出席旧会。', date: '2026-03-02', title: null, source: 'b.txt' }],
    },
  ],
  truncated: false,
};

type DataItem = { '#text': string | number; '@key': string };
const dataOf = (element: { data: DataItem[] }, key: string) => element.data.find((d) => d['@key'] === key)?.['#text'];

describe('GraphML export', () => {
  const text = toGraphML(view);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@', parseTagValue: false }).parse(text);
  const keys = doc.graphml.key as { '@id': string; '@for': string; '@attr.name': string; '@attr.type': string }[];

  it('is well-formed XML even with markup, quotes and control characters in names', () => {
    expect(XMLValidator.validate(text)).toBe(true);
  });

  it('declares every data key it uses, each with a type, for nodes and for edges', () => {
    const declared = new Set(keys.map((k) => k['@id']));
    const used = [...text.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(declared).toContain(key);
    expect(keys.filter((k) => k['@for'] === 'node').map((k) => k['@attr.name'])).toEqual(
      ['label', 'type', 'aliases', 'date', 'kind', 'articleCount', 'posts'],
    );
    for (const key of keys) expect(['string', 'int']).toContain(key['@attr.type']);
    expect(keys.find((k) => k['@id'] === 'articleCount')?.['@attr.type']).toBe('int');
    expect(keys.find((k) => k['@id'] === 'evidenceCount')?.['@attr.type']).toBe('int');
  });

  it('keeps names, ids, evidence, posts and dates exactly after unescaping', () => {
    const nodes = doc.graphml.graph.node as ({ '@id': string } & { data: DataItem[] })[];
    expect(nodes.map((n) => n['@id'])).toEqual(['p:1', 'n:"x"&<y>', 'e:1', 'e:2', 'p:2']);
    expect(dataOf(nodes[1]!, 'label')).toBe('TÜV & <Rheinland> "Group" \'s');
    expect(dataOf(nodes[0]!, 'aliases')).toBe('策飞');
    expect(dataOf(nodes[0]!, 'posts')).toBe('龙岗区区长 (2026-03-01)');
    expect(Number(dataOf(nodes[0]!, 'articleCount'))).toBe(2);
    expect(dataOf(nodes[2]!, 'date')).toBe('2026-03-01');
    expect(dataOf(nodes[2]!, 'kind')).toBe('meeting');
    const edges = doc.graphml.graph.edge as ({ '@source': string; '@target': string } & { data: DataItem[] })[];
    expect(edges[0]!['@target']).toBe('n:"x"&<y>');
    expect(dataOf(edges[0]!, 'evidence')).toBe('区委副书记、区长王策飞 <b>&amp;</b>\n第二句。');
    expect(dataOf(edges[0]!, 'articles')).toBe('a:1\na:2');
    expect(dataOf(edges[0]!, 'dates')).toBe('2026-03-01\n2024-05-01');
    expect(dataOf(edges[0]!, 'title')).toBe('区长');
    expect(Number(dataOf(edges[0]!, 'evidenceCount'))).toBe(2);
  });

  it('is a directed graph', () => {
    expect(doc.graphml.graph['@edgedefault']).toBe('directed');
  });
});

describe('Cytoscape export', () => {
  it('gives elements with the node attributes and the edges with dated evidence', () => {
    const { elements } = toCytoscape(view);
    expect(elements.nodes[0]).toEqual({ data: view.nodes[0] });
    expect(elements.nodes[2]?.data).toMatchObject({ type: 'Event', date: '2026-03-01', kind: 'meeting' });
    expect(elements.edges[0]?.data).toMatchObject({
      id: 'HOLDS_POSITION:p:1->n:"x"&<y>:区长',
      source: 'p:1',
      target: 'n:"x"&<y>',
      label: '区长',
      title: '区长',
      type: 'HOLDS_POSITION',
      evidence: ['区委副书记、区长王策飞 <b>&amp;</b>', '第二句。'],
      articles: ['a:1', 'a:2'],
      dates: ['2026-03-01', '2024-05-01'],
      sources: [{ title: '标题', source: 'a.txt' }, { title: null, source: 'b.txt' }],
    });
  });
});

describe('export filters', () => {
  const all = { isolated: true, from: null, to: null };

  it('leaves out nodes no edge touches unless isolated=true', () => {
    expect(filterView(view, null, all).nodes.map((n) => n.id)).toContain('p:2');
    expect(filterView(view, null, { ...all, isolated: false }).nodes.map((n) => n.id)).not.toContain('p:2');
    expect(filterView(view, 'p:2', { ...all, isolated: false }).nodes.map((n) => n.id)).toContain('p:2');
  });

  it('keeps only events in the date range, and evidence in it on other edges', () => {
    const in2026 = filterView(view, null, { isolated: false, from: '2026-01-01', to: '2026' });
    expect(in2026.nodes.map((n) => n.id)).toEqual(['p:1', 'n:"x"&<y>', 'e:1']);
    expect(in2026.edges.map((e) => e.id)).toEqual(['HOLDS_POSITION:p:1->n:"x"&<y>:区长', 'ATTENDED:p:1->e:1']);
    expect(in2026.edges[0]?.evidence.map((e) => e.articleId)).toEqual(['a:1']);
    const in2024 = filterView(view, null, { isolated: false, from: null, to: '2024-12' });
    expect(in2024.nodes.map((n) => n.id).sort()).toEqual(['e:2', 'n:"x"&<y>', 'p:1']);
    expect(in2024.edges[0]?.evidence.map((e) => e.articleId)).toEqual(['a:2']);
  });

  it('compares dates by prefix at the upper end', () => {
    expect(inRange('2026-12-31', '2026', '2026')).toBe(true);
    expect(inRange('2027-01-01', null, '2026')).toBe(false);
    expect(inRange(null, '2026', null)).toBe(false);
    expect(inRange(null, null, null)).toBe(true);
  });

  it('names the bad parameter and the reason', () => {
    const options = (query: string) => () => exportOptions(new URL(`http://x/export/graph.graphml?${query}`));
    expect(options('depth=1&from=2026&to=2026-06&isolated=true')()).toEqual({ depth: 1, isolated: true, from: '2026', to: '2026-06', limit: null });
    expect(options('limit=1500')().limit).toBe(1500);
    expect(options('limit=0')).toThrow('limit: must be a whole number of nodes from 1 (got "0")');
    expect(options('depth=7')).toThrow('depth: must be 0 to 3 (got "7")');
    expect(options('isolated=yes')).toThrow('isolated: must be true or false (got "yes")');
    expect(options('from=2026/01/01')).toThrow('from: "2026/01/01" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)');
    expect(options('from=2026-05&to=2025')).toThrow('from: "2026-05" is after to: "2025"');
  });
});
