// The export formats of a graph view: Cytoscape.js elements JSON, and GraphML with typed keys built
// with an XML library (escaping and well-formedness are its job, not string concatenation's).
import { XMLBuilder } from 'fast-xml-parser';
import type { GraphView, ViewPost } from './graph-view.ts';

/** Cytoscape.js `elements` JSON (cy.add / cytoscape({ elements }) take it as is). */
export function toCytoscape(view: GraphView) {
  return {
    elements: {
      nodes: view.nodes.map((node) => ({ data: { ...node } })),
      edges: view.edges.map((edge) => ({
        data: {
          id: edge.id,
          source: edge.source,
          target: edge.target,
          label: edge.label,
          type: edge.type,
          ...(edge.title !== undefined ? { title: edge.title } : {}),
          evidence: edge.evidence.map((e) => e.sentence),
          articles: edge.evidence.map((e) => e.articleId),
          ...(edge.evidence.some((e) => e.date !== undefined) ? { dates: edge.evidence.map((e) => e.date ?? null) } : {}),
          ...(edge.evidence.some((e) => e.title !== undefined)
            ? { sources: edge.evidence.map((e) => ({ title: e.title ?? null, source: e.source ?? '' })) }
            : {}),
        },
      })),
    },
    truncated: view.truncated,
  };
}

// Characters XML 1.0 forbids outright (control characters other than tab and line breaks).
const notXml = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

/** GraphML attribute keys: id → (for, name, type). Typed so Gephi and yEd show numbers as numbers. */
const keys = [
  ['label', 'node', 'label', 'string'],
  ['type', 'node', 'type', 'string'],
  ['aliases', 'node', 'aliases', 'string'],
  ['date', 'node', 'date', 'string'],
  ['kind', 'node', 'kind', 'string'],
  ['articleCount', 'node', 'articleCount', 'int'],
  ['posts', 'node', 'posts', 'string'],
  ['elabel', 'edge', 'label', 'string'],
  ['etype', 'edge', 'type', 'string'],
  ['title', 'edge', 'title', 'string'],
  ['evidence', 'edge', 'evidence', 'string'],
  ['articles', 'edge', 'articles', 'string'],
  ['dates', 'edge', 'dates', 'string'],
  ['evidenceCount', 'edge', 'evidenceCount', 'int'],
] as const;

type KeyId = (typeof keys)[number][0];

function dataOf(values: [KeyId, string | number | null | undefined][]) {
  return values
    .filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([key, value]) => ({ '@_key': key, '#text': String(value).replace(notXml, '') }));
}

function postText(post: ViewPost): string {
  return `${post.body}${post.title}${post.dates.length ? ` (${post.dates.join(', ')})` : ''}`;
}

/** GraphML with typed key declarations, readable by Gephi and yEd; lists are joined one item per line. */
export function toGraphML(view: GraphView): string {
  const clean = (text: string) => text.replace(notXml, '');
  const document = {
    '?xml': { '@_version': '1.0', '@_encoding': 'UTF-8' },
    graphml: {
      '@_xmlns': 'http://graphml.graphdrawing.org/xmlns',
      '@_xmlns:xsi': 'http://www.w3.org/2001/XMLSchema-instance',
      '@_xsi:schemaLocation':
        'http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd',
      key: keys.map(([id, forWhat, name, type]) => ({
        '@_id': id,
        '@_for': forWhat,
        '@_attr.name': name,
        '@_attr.type': type,
      })),
      graph: {
        '@_id': 'kg',
        '@_edgedefault': 'directed',
        node: view.nodes.map((node) => ({
          '@_id': clean(node.id),
          data: dataOf([
            ['label', node.label],
            ['type', node.type],
            ['aliases', node.aliases?.join('\n')],
            ['date', node.date],
            ['kind', node.kind],
            ['articleCount', node.articleCount],
            ['posts', node.posts?.map(postText).join('\n')],
          ]),
        })),
        edge: view.edges.map((edge) => ({
          '@_id': clean(edge.id),
          '@_source': clean(edge.source),
          '@_target': clean(edge.target),
          data: dataOf([
            ['elabel', edge.label],
            ['etype', edge.type],
            ['title', edge.title],
            ['evidence', edge.evidence.map((e) => e.sentence).join('\n')],
            ['articles', edge.evidence.map((e) => e.articleId).join('\n')],
            ['dates', edge.evidence.some((e) => e.date) ? edge.evidence.map((e) => e.date ?? '').join('\n') : null],
            ['evidenceCount', edge.evidence.length],
          ]),
        })),
      },
    },
  };
  const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_', format: true, suppressEmptyNode: true });
  return builder.build(document) as string;
}
