// The explorer: a Cytoscape.js graph with search, expand on double-click, filters by entity and relation
// type, an event-date range, details on click and two ready views. `#graph` carries data-node-count and
// data-edge-count (what is shown) and data-layout ("done" once a layout has finished) for scripts and tests.
'use strict';
(function () {
  const KG = window.KG;
  const el = KG.el;
  const $ = (id) => document.getElementById(id);
  const graphEl = $('graph');
  const details = $('details');
  const status = $('status');

  const COLORS = { Person: '#d9534f', Organization: '#2f6fb3', District: '#3c9a5f', Enterprise: '#c7882b', Event: '#7b5ea7' };
  const SHAPES = { Person: 'ellipse', Organization: 'round-rectangle', District: 'hexagon', Enterprise: 'barrel', Event: 'diamond' };
  const EDGE_TYPES = ['ATTENDED', 'CHAIRED', 'LED', 'SIGNED', 'PAIRED_WITH', 'HOLDS_POSITION', 'HELD_IN', 'PART_OF'];
  // Past this many nodes: concentric layout (cose, force-directed, costs O(n²) a step and takes minutes at
  // 1,000+ nodes in a browser) and straight edges.
  const LARGE = 400;
  const DEPTH = 2;
  const LIMIT = 1500;

  const cy = cytoscape({
    container: graphEl,
    minZoom: 0.05,
    maxZoom: 4,
    style: [
      { selector: 'node', style: {
        label: 'data(label)', 'background-color': (n) => COLORS[n.data('type')] || '#888',
        shape: (n) => SHAPES[n.data('type')] || 'ellipse', width: 22, height: 22, 'font-size': 12,
        'text-valign': 'bottom', 'text-margin-y': 3, 'text-wrap': 'ellipsis', 'text-max-width': 140,
        // Labels vanish when they would be drawn smaller than this: a crowded, zoomed-out graph shows none.
        'min-zoomed-font-size': 9,
      } },
      { selector: 'node.center', style: { width: 34, height: 34, 'border-width': 3, 'border-color': '#111' } },
      { selector: 'node:selected', style: { 'border-width': 4, 'border-color': '#f0ad00' } },
      { selector: 'edge', style: {
        width: 2, 'line-color': '#9aa7b8', 'target-arrow-color': '#9aa7b8', 'target-arrow-shape': 'triangle',
        'curve-style': 'bezier', 'arrow-scale': 0.8,
      } },
      { selector: 'edge[type = "CO_ATTENDED"]', style: {
        width: 'mapData(count, 1, 10, 2, 14)', 'target-arrow-shape': 'none', label: 'data(caption)', 'font-size': 10,
        'text-background-color': '#fff', 'text-background-opacity': 0.8, 'min-zoomed-font-size': 8,
      } },
      { selector: 'edge.path', style: { label: 'data(caption)', 'font-size': 11, 'text-background-color': '#fff', 'text-background-opacity': 0.8 } },
      { selector: 'edge:selected', style: {
        'line-color': '#f0ad00', 'target-arrow-color': '#f0ad00', width: 4, label: 'data(caption)', 'font-size': 11,
        'text-background-color': '#fff', 'text-background-opacity': 0.9,
      } },
      { selector: 'edge.straight', style: { 'curve-style': 'haystack', 'target-arrow-shape': 'none' } },
      { selector: '.filtered', style: { display: 'none' } },
    ],
  });
  window.cy = cy; // for scripts and tests (the counts on #graph are the stable interface)

  const hiddenTypes = new Set();
  const hiddenRelations = new Set();

  function setStatus(text, isError) {
    status.textContent = text;
    status.className = isError ? 'error' : '';
  }

  function checkbox(container, value, label, color, hidden) {
    const input = el('input', { type: 'checkbox', value });
    input.checked = true;
    input.addEventListener('change', () => {
      if (input.checked) hidden.delete(value);
      else hidden.add(value);
      applyFilters();
    });
    container.append(el('label', {}, input, color ? el('span', { class: 'swatch', style: `background:${color}` }) : null, label));
  }
  for (const [type, name] of Object.entries(KG.TYPE_NAMES)) checkbox($('entity-types'), type, name, COLORS[type], hiddenTypes);
  for (const type of EDGE_TYPES) checkbox($('relation-types'), type, KG.RELATION_NAMES[type], null, hiddenRelations);

  // The event-date range (dates.js): `reset` after the graph changes, `shows(date)` while filtering.
  const dateRange = KG.dateRange({ onChange: () => applyFilters() });

  function applyFilters() {
    cy.batch(() => {
      cy.nodes().forEach((n) => {
        const type = n.data('type');
        n.toggleClass('filtered', hiddenTypes.has(type) || (type === 'Event' && !dateRange.shows(n.data('date'))));
      });
      cy.edges().forEach((e) => {
        e.toggleClass('filtered', hiddenRelations.has(e.data('type')) || e.source().hasClass('filtered') || e.target().hasClass('filtered'));
      });
    });
    graphEl.dataset.nodeCount = String(cy.nodes().not('.filtered').length);
    graphEl.dataset.edgeCount = String(cy.edges().not('.filtered').length);
  }

  function runLayout(options, fresh) {
    const large = cy.nodes().length > LARGE;
    cy.edges().toggleClass('straight', large);
    graphEl.dataset.layout = 'running';
    const layout = cy.layout(options || (large
      ? { name: 'concentric', concentric: (n) => n.degree(), levelWidth: () => 2, animate: false, minNodeSpacing: 4 }
      : { name: 'cose', animate: false, randomize: Boolean(fresh), nodeDimensionsIncludeLabels: true,
        nodeRepulsion: () => 400_000, idealEdgeLength: () => 80, nodeOverlap: 20, gravity: 0.5, numIter: 1500 }));
    layout.one('layoutstop', () => {
      cy.fit(undefined, 30);
      // A handful of nodes would otherwise be blown up to fill the pane.
      if (cy.zoom() > 1.5) {
        cy.zoom(1.5);
        cy.center();
      }
      graphEl.dataset.layout = 'done';
    });
    layout.run();
  }

  /** Replaces the graph (a new centre or view) or adds to it (expand), then filters and lays out. */
  function show(elements, { replace, centerId, layout }) {
    cy.batch(() => {
      if (replace) cy.elements().remove();
      const fresh = elements.filter((e) => cy.getElementById(e.data.id).empty());
      const anchor = centerId ? cy.getElementById(centerId) : null;
      const origin = anchor && anchor.nonempty() ? anchor.position() : { x: 0, y: 0 };
      // New nodes start around the one they came from, so an expansion grows from where the user looked.
      for (const e of fresh) {
        if (e.group !== 'edges' && !e.position) e.position = { x: origin.x + (Math.random() - 0.5) * 200, y: origin.y + (Math.random() - 0.5) * 200 };
      }
      cy.add(fresh);
      cy.nodes().removeClass('center');
      if (centerId) cy.getElementById(centerId).addClass('center');
    });
    dateRange.reset(cy.nodes('[type = "Event"]').map((n) => n.data('date')), !replace);
    applyFilters();
    runLayout(layout, replace);
  }

  const asElements = (body) => [
    ...body.elements.nodes.map((n) => ({ group: 'nodes', data: n.data })),
    // `label` is the API's (the title, else the type); the drawing shows the title or the type in Chinese.
    ...body.elements.edges.map((e) => ({
      group: 'edges', data: { ...e.data, caption: e.data.title || KG.RELATION_NAMES[e.data.type] || e.data.type },
    })),
  ];

  async function loadCenter(ref) {
    setStatus(`加载 ${ref} …`);
    try {
      const body = await KG.exportGraph(ref, DEPTH, LIMIT);
      const elements = asElements(body);
      const center = body.elements.nodes.find((n) => n.data.id === ref || n.data.label === ref) || body.elements.nodes[0];
      show(elements, { replace: true, centerId: center && center.data.id });
      if (center) {
        const url = new URL(location.href);
        url.searchParams.set('center', center.data.label);
        history.replaceState(null, '', url);
        setStatus(`以「${center.data.label}」为中心，${DEPTH} 步之内${body.truncated ? '（已截断）' : ''}`);
      }
    } catch (error) {
      setStatus(`无法加载「${ref}」：${error.message}`, true);
    }
  }

  async function loadAll() {
    setStatus('加载整个图…');
    try {
      const body = await KG.exportGraph(null, DEPTH, LIMIT);
      show(asElements(body), { replace: true });
      setStatus(`整个图${body.truncated ? `（前 ${LIMIT} 个节点）` : ''}`);
    } catch (error) {
      setStatus(`无法加载：${error.message}`, true);
    }
  }

  async function expand(id) {
    const label = cy.getElementById(id).data('label') || id;
    setStatus(`展开 ${label} …`);
    try {
      const body = await KG.exportGraph(id, 1, LIMIT);
      const before = cy.nodes().length;
      show(asElements(body), { replace: false, centerId: id });
      setStatus(`已展开「${label}」：新增 ${cy.nodes().length - before} 个节点`);
    } catch (error) {
      setStatus(`无法展开「${label}」：${error.message}`, true);
    }
  }

  async function coAttend(name) {
    setStatus(`同场出席：${name} …`);
    try {
      const result = await KG.coAttendees(name);
      show(KG.coAttendanceElements(result), {
        replace: true, centerId: result.center.id,
        layout: { name: 'concentric', concentric: (n) => (n.hasClass('center') ? 2 : 1), levelWidth: () => 1, animate: false, minNodeSpacing: 90 },
      });
      setStatus(`同场出席：${result.center.label}，${result.rows.length} 人（线宽 = 共同出席次数）`);
    } catch (error) {
      setStatus(`同场出席查询失败：${error.message}`, true);
    }
  }

  async function findPath(from, to) {
    setStatus(`关系路径：${from} → ${to} …`);
    try {
      const path = await KG.path(from, to);
      if (!path) {
        setStatus(`「${from}」与「${to}」在 6 步之内没有联系`, true);
        return;
      }
      show(KG.pathElements(path), { replace: true, centerId: path.nodes[0].id, layout: { name: 'preset', fit: true } });
      KG.showPath(details, path, { from, to });
      setStatus(`关系路径：${path.length} 步`);
    } catch (error) {
      setStatus(`关系路径查询失败：${error.message}`, true);
    }
  }

  const actions = { expand, center: loadCenter, coAttend };
  cy.on('tap', 'node', (event) => void KG.showNode(details, event.target, actions));
  cy.on('tap', 'edge', (event) => KG.showEdge(details, event.target));
  cy.on('dbltap', 'node', (event) => void expand(event.target.id()));

  const results = $('search-results');
  async function search(text) {
    if (!text.trim()) return;
    setStatus(`搜索 ${text} …`);
    try {
      const found = await KG.search(text);
      results.replaceChildren(...found.map((entity) => {
        const item = el('li', { tabindex: '0', 'data-id': entity.id },
          entity.name, el('span', { class: 'type' }, KG.TYPE_NAMES[entity.__typename] || entity.__typename));
        const pick = () => { results.hidden = true; void loadCenter(entity.id); };
        item.addEventListener('click', pick);
        item.addEventListener('keydown', (e) => { if (e.key === 'Enter') pick(); });
        return item;
      }));
      if (!found.length) results.replaceChildren(el('li', {}, `没有找到「${text}」`));
      results.hidden = false;
      setStatus(`「${text}」：${found.length} 个结果`);
    } catch (error) {
      setStatus(`搜索失败：${error.message}`, true);
    }
  }
  $('search-form').addEventListener('submit', (e) => { e.preventDefault(); void search($('search').value); });
  document.addEventListener('click', (e) => { if (!$('search-form').contains(e.target)) results.hidden = true; });
  $('co-form').addEventListener('submit', (e) => { e.preventDefault(); if ($('co-name').value.trim()) void coAttend($('co-name').value.trim()); });
  $('path-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const [from, to] = [$('path-from').value.trim(), $('path-to').value.trim()];
    if (from && to) void findPath(from, to);
  });
  $('view-explore').addEventListener('click', () => {
    const center = new URL(location.href).searchParams.get('center');
    void (center ? loadCenter(center) : loadAll());
  });

  KG.explorer = { cy, show, loadCenter, expand, coAttend, findPath, applyFilters };
  const center = new URL(location.href).searchParams.get('center');
  if (center) {
    $('co-name').value = center;
    $('path-from').value = center;
    void loadCenter(center);
  } else void loadAll();
})();
