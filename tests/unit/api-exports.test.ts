import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { toCytoscape, toGraphML, type GraphView } from '../../src/api/graph-view.ts';

const view: GraphView = {
  nodes: [
    { id: 'p:1', label: '王策飞', type: 'Person' },
    { id: 'n:"x"&<y>', label: 'TÜV & <Rheinland> "Group" \'s\u0001', type: 'Enterprise' },
  ],
  edges: [
    {
      id: 'HOLDS_POSITION:p:1->n:"x"&<y>:区长',
      source: 'p:1',
      target: 'n:"x"&<y>',
      type: 'HOLDS_POSITION',
      label: '区长',
      evidence: [
        { articleId: 'a:1', sentence: '区委副书记、区长王策飞 <b>&amp;</b>' },
        { articleId: 'a:2', sentence: '第二句。' },
      ],
    },
  ],
  truncated: false,
};

describe('GraphML export', () => {
  const text = toGraphML(view);
  const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(text);

  it('is well-formed XML even with markup, quotes and control characters in names', () => {
    expect(XMLValidator.validate(text)).toBe(true);
  });

  it('declares every data key it uses, for nodes and for edges', () => {
    const keys = doc.graphml.key as { '@id': string; '@for': string; '@attr.name': string }[];
    const declared = new Set(keys.map((k) => k['@id']));
    const used = [...text.matchAll(/<data key="([^"]+)"/g)].map((m) => m[1]);
    expect(used.length).toBeGreaterThan(0);
    for (const key of used) expect(declared).toContain(key);
    expect(keys.filter((k) => k['@for'] === 'node').map((k) => k['@attr.name'])).toEqual(['label', 'type']);
  });

  it('keeps names, ids and evidence exactly after unescaping', () => {
    const nodes = doc.graphml.graph.node as { '@id': string; data: { '#text': string; '@key': string }[] }[];
    expect(nodes.map((n) => n['@id'])).toEqual(['p:1', 'n:"x"&<y>']);
    expect(nodes[1]?.data[0]?.['#text']).toBe('TÜV & <Rheinland> "Group" \'s');
    const edge = doc.graphml.graph.edge as { '@source': string; '@target': string; data: { '#text': string }[] };
    expect(edge['@target']).toBe('n:"x"&<y>');
    expect(edge.data[2]?.['#text']).toBe('区委副书记、区长王策飞 <b>&amp;</b>\n第二句。');
  });

  it('is a directed graph', () => {
    expect(doc.graphml.graph['@edgedefault']).toBe('directed');
  });
});

describe('Cytoscape export', () => {
  it('gives elements with data.id/source/target/label/type', () => {
    const { elements } = toCytoscape(view);
    expect(elements.nodes).toEqual([
      { data: { id: 'p:1', label: '王策飞', type: 'Person' } },
      { data: { id: 'n:"x"&<y>', label: 'TÜV & <Rheinland> "Group" \'s\u0001', type: 'Enterprise' } },
    ]);
    expect(elements.edges[0]?.data).toMatchObject({
      id: 'HOLDS_POSITION:p:1->n:"x"&<y>:区长',
      source: 'p:1',
      target: 'n:"x"&<y>',
      label: '区长',
      type: 'HOLDS_POSITION',
      evidence: ['区委副书记、区长王策飞 <b>&amp;</b>', '第二句。'],
      articles: ['a:1', 'a:2'],
    });
  });
});
