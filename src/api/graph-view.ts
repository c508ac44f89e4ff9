// Graph views for drawing: an ego network found breadth-first (one statement per hop), or the whole
// graph; then rendered as GraphQL `Graph`, Cytoscape.js elements or GraphML.
import type { RelationType } from '../extract/format.ts';
import { evidencePairs, type EntityNode, type Evidence } from './records.ts';
import type { EdgeRow, Store } from './store.ts';

export interface Reached {
  entity: EntityNode;
  distance: number;
}

/** Entities within `depth` hops of `center` (not itself), nearest first, at most `cap`. */
export async function reachable(
  store: Store,
  center: EntityNode,
  depth: number,
  types: RelationType[] | null,
  cap: number,
): Promise<{ reached: Reached[]; truncated: boolean }> {
  const reached: Reached[] = [];
  const seen = [center.id];
  let frontier = [center.id];
  for (let distance = 1; distance <= depth && frontier.length > 0 && reached.length < cap; distance++) {
    // Ask for one more than room is left, to know whether the cap cut anything off.
    const room = cap - reached.length;
    const step = await store.neighborsStep(frontier, seen, types, room + 1);
    if (step.length > room) {
      reached.push(...step.slice(0, room).map((entity) => ({ entity, distance })));
      return { reached, truncated: true };
    }
    reached.push(...step.map((entity) => ({ entity, distance })));
    frontier = step.map((entity) => entity.id);
    seen.push(...frontier);
  }
  return { reached, truncated: false };
}

export interface ViewNode {
  id: string;
  label: string;
  type: string;
}

export interface ViewEdge {
  id: string;
  source: string;
  target: string;
  type: RelationType;
  label: string;
  evidence: Evidence[];
}

export interface GraphView {
  nodes: ViewNode[];
  edges: ViewEdge[];
  truncated: boolean;
}

function viewNode(entity: EntityNode): ViewNode {
  return { id: entity.id, label: entity.name, type: entity.__typename };
}

function viewEdge(row: EdgeRow): ViewEdge {
  const titled = row.type === 'HOLDS_POSITION' && row.title;
  return {
    // HOLDS_POSITION's title is part of its identity, so it is part of the edge id too.
    id: `${row.type}:${row.source}->${row.target}${titled ? `:${row.title}` : ''}`,
    source: row.source,
    target: row.target,
    type: row.type,
    label: titled ? (row.title as string) : row.type,
    evidence: evidencePairs(row.articleIds, row.evidence),
  };
}

/** The ego network of `center` up to `depth`, or (center null) the whole graph, at most `cap` nodes. */
export async function graphView(store: Store, center: EntityNode | null, depth: number, cap: number): Promise<GraphView> {
  if (center) {
    const { reached, truncated } = await reachable(store, center, depth, null, cap - 1);
    const nodes = [center, ...reached.map((r) => r.entity)].map(viewNode);
    const edges = await store.graphEdges(nodes.map((n) => n.id), cap * 20);
    return { nodes, edges: edges.map(viewEdge), truncated };
  }
  const entities = await store.graphNodes(cap + 1);
  const nodes = entities.slice(0, cap).map(viewNode);
  const kept = new Set(nodes.map((n) => n.id));
  const edges = (await store.graphEdges(null, cap * 20)).filter((e) => kept.has(e.source) && kept.has(e.target));
  return { nodes, edges: edges.map(viewEdge), truncated: entities.length > cap };
}

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
          evidence: edge.evidence.map((e) => e.sentence),
          articles: edge.evidence.map((e) => e.articleId),
        },
      })),
    },
    truncated: view.truncated,
  };
}

function xml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&${{ '<': 'lt', '>': 'gt', '&': 'amp', '"': 'quot', "'": 'apos' }[c]};`)
    // Characters XML 1.0 forbids outright (control characters other than tab and line breaks).
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '');
}

/** GraphML with declared keys (label, type, evidence), readable by Gephi and yEd. */
export function toGraphML(view: GraphView): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="label" for="node" attr.name="label" attr.type="string"/>',
    '  <key id="type" for="node" attr.name="type" attr.type="string"/>',
    '  <key id="elabel" for="edge" attr.name="label" attr.type="string"/>',
    '  <key id="etype" for="edge" attr.name="type" attr.type="string"/>',
    '  <key id="evidence" for="edge" attr.name="evidence" attr.type="string"/>',
    '  <graph id="kg" edgedefault="directed">',
  ];
  for (const node of view.nodes) {
    lines.push(
      `    <node id="${xml(node.id)}"><data key="label">${xml(node.label)}</data><data key="type">${xml(node.type)}</data></node>`,
    );
  }
  for (const edge of view.edges) {
    const evidence = edge.evidence.map((e) => e.sentence).join('\n');
    lines.push(
      `    <edge id="${xml(edge.id)}" source="${xml(edge.source)}" target="${xml(edge.target)}">` +
        `<data key="elabel">${xml(edge.label)}</data><data key="etype">${edge.type}</data>` +
        `<data key="evidence">${xml(evidence)}</data></edge>`,
    );
  }
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}
