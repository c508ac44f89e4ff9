// The explorer's talk with the server: the GraphQL API (search, details, co-attendees, paths) and the
// Cytoscape.js export (ego networks with dated evidence). Every name a user types is also tried in
// simplified script, since the graph stores names that way.
'use strict';
(function () {
  const KG = (window.KG = window.KG || {});
  const simplify = window.OpenCC ? window.OpenCC.Converter({ from: 't', to: 'cn' }) : (text) => text;

  /** The text and, when it differs, its simplified-script form. */
  KG.variants = (text) => [...new Set([text.trim(), simplify(text.trim())])].filter(Boolean);

  KG.gql = async function gql(query, variables) {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ query, variables }),
    });
    const body = await response.json();
    if (body.errors && body.errors.length) throw new Error(body.errors.map((e) => e.message).join('；'));
    return body.data;
  };

  /** Cytoscape.js elements around `center` (id, name or alias), or the whole graph when center is null. */
  KG.exportGraph = async function exportGraph(center, depth, limit) {
    const tries = center === null ? [null] : KG.variants(center);
    let lastError = null;
    for (const ref of tries) {
      const params = new URLSearchParams({ depth: String(depth), limit: String(limit) });
      if (ref !== null) params.set('center', ref);
      const response = await fetch(`/export/cytoscape.json?${params}`);
      const body = await response.json();
      if (response.ok) return body;
      lastError = new Error(body.error || `HTTP ${response.status}`);
      if (response.status !== 404) break;
    }
    throw lastError;
  };

  const ENTITY_FIELDS = '__typename id name aliases';

  KG.search = async function search(text) {
    const found = new Map();
    for (const variant of KG.variants(text)) {
      const data = await KG.gql(
        `query Search($text: String!) { search(text: $text, first: 12) { edges { node { ${ENTITY_FIELDS} } } } }`,
        { text: variant },
      );
      for (const { node } of data.search.edges) if (!found.has(node.id)) found.set(node.id, node);
    }
    return [...found.values()];
  };

  KG.entityDetails = async function entityDetails(id) {
    const data = await KG.gql(
      `query Details($id: ID!) {
        entity(id: $id) {
          ${ENTITY_FIELDS}
          articles { id title date source }
          ... on Person { posts { title body { name } evidence { article { date } } } }
          ... on Event { date kind }
        }
      }`,
      { id },
    );
    return data.entity;
  };

  /** The person (resolved as the API resolves names) and the people who attended events with them. */
  KG.coAttendees = async function coAttendees(name) {
    let lastError = null;
    for (const variant of KG.variants(name)) {
      try {
        const data = await KG.gql(
          `query CoAttendees($name: String!) {
            center: graph(center: $name, depth: 0) { nodes { id label type } }
            coAttendees(name: $name, first: 60) { person { id name } count events(first: 5) { name date } }
          }`,
          { name: variant },
        );
        return { center: data.center.nodes[0], rows: data.coAttendees };
      } catch (error) {
        lastError = error;
      }
    }
    throw lastError;
  };

  KG.path = async function path(from, to) {
    const [fromText] = KG.variants(from).slice(-1);
    const [toText] = KG.variants(to).slice(-1);
    const data = await KG.gql(
      `query Path($from: String!, $to: String!) {
        path(from: $from, to: $to, maxLength: 6) {
          length
          nodes { ${ENTITY_FIELDS} ... on Event { date kind } }
          hops { from { id } to { id } relation forward title evidence { sentence article { id title date source } } }
        }
      }`,
      { from: fromText, to: toText },
    );
    return data.path;
  };
})();
