// What the explorer shows beside the graph: node and edge details, and the elements of its two ready
// views, 同场出席 (co-attendees) and 关系路径 (shortest path). Text from the graph is always set as
// text (names and sentences come from articles), never as HTML.
'use strict';
(function () {
  const KG = (window.KG = window.KG || {});

  KG.TYPE_NAMES = { Person: '人物', Organization: '机构', District: '地区', Enterprise: '企业', Event: '事件' };
  KG.RELATION_NAMES = {
    ATTENDED: '出席', CHAIRED: '主持', LED: '带队', SIGNED: '签约', PAIRED_WITH: '结对',
    HOLDS_POSITION: '任职', HELD_IN: '举办地', PART_OF: '隶属', CO_ATTENDED: '同场出席',
  };
  KG.KIND_NAMES = { meeting: '会议', signing: '签约', visit: '考察', conference: '大会', other: '其他' };

  /** An element with attributes and children (strings become text nodes). */
  KG.el = function el(tag, attrs, ...children) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(attrs || {})) {
      if (key === 'onclick') node.addEventListener('click', value);
      else node.setAttribute(key, value);
    }
    for (const child of children.flat()) if (child !== null && child !== undefined) node.append(child);
    return node;
  };
  const el = KG.el;

  /** Marks the panel as showing something new; a slower, older request then leaves it alone. */
  function claim(panel) {
    panel.dataset.showing = String(Number(panel.dataset.showing || 0) + 1);
    return panel.dataset.showing;
  }

  function cite(article) {
    const parts = [article.title || '（无标题）', article.date || '日期不详', article.source].filter(Boolean);
    return el('cite', {}, parts.join(' · '));
  }

  /** Evidence items: { sentence, title, date, source }. */
  function evidenceList(items) {
    if (!items.length) return el('p', { class: 'hint' }, '没有证据句。');
    return el('ul', { class: 'evidence' }, items.map((item) => el('li', {}, el('blockquote', {}, item.sentence.trim()), cite(item))));
  }

  /** Evidence from an edge's data as the export gives it (aligned lists). */
  function edgeEvidence(data) {
    const sentences = data.evidence || [];
    return sentences.map((sentence, i) => ({
      sentence,
      title: data.sources && data.sources[i] ? data.sources[i].title : null,
      source: data.sources && data.sources[i] ? data.sources[i].source : (data.articles || [])[i],
      date: data.dates ? data.dates[i] : null,
    }));
  }

  KG.showEdge = function showEdge(panel, edge) {
    const data = edge.data();
    const relation = KG.RELATION_NAMES[data.type] || data.type;
    const title = data.title ? `（${data.title}）` : '';
    claim(panel);
    panel.replaceChildren(
      el('h2', {}, `${edge.source().data('label')} —${relation}${title}→ ${edge.target().data('label')}`),
    );
    if (data.type === 'CO_ATTENDED') {
      panel.append(
        el('p', {}, `共同出席 ${data.count} 次活动，最近的：`),
        el('ul', {}, (data.events || []).map((e) => el('li', {}, `${e.name}（${e.date || '日期不详'}）`))),
      );
      return;
    }
    panel.append(el('h3', {}, '证据'), evidenceList(edgeEvidence(data)));
  };

  /** Node details: what the graph element knows at once, then posts, aliases and articles from the API. */
  KG.showNode = async function showNode(panel, node, actions) {
    const data = node.data();
    const typeName = KG.TYPE_NAMES[data.type] || data.type;
    const buttons = el('p', {},
      el('button', { type: 'button', onclick: () => actions.expand(data.id) }, '展开邻居'),
      el('button', { type: 'button', onclick: () => actions.center(data.id) }, '以此为中心'),
      data.type === 'Person' ? el('button', { type: 'button', onclick: () => actions.coAttend(data.label) }, '同场出席') : null);
    panel.replaceChildren(el('h2', {}, data.label), el('p', {}, typeName), buttons, el('p', { class: 'hint' }, '加载详情…'));
    // A double-click taps twice, and the user may click on: only the latest request fills the panel.
    const token = claim(panel);
    let entity;
    try {
      entity = await KG.entityDetails(data.id);
    } catch (error) {
      if (panel.dataset.showing === token) panel.lastChild.replaceWith(el('p', { class: 'error' }, `详情加载失败：${error.message}`));
      return;
    }
    if (!entity || panel.dataset.showing !== token) return;
    const parts = [];
    if (entity.__typename === 'Event') {
      parts.push(el('p', {}, `日期：${entity.date || '不详'}　类型：${KG.KIND_NAMES[entity.kind] || entity.kind || '不详'}`));
    }
    parts.push(el('h3', {}, '别名'), entity.aliases.length ? el('p', {}, entity.aliases.join('、')) : el('p', { class: 'hint' }, '无'));
    if (entity.posts) {
      parts.push(el('h3', {}, '职务'));
      const posts = entity.posts.map((post) => {
        const dates = [...new Set(post.evidence.map((e) => e.article.date).filter(Boolean))].sort();
        return el('li', {}, `${post.body.name}${post.title}`, dates.length ? el('span', { class: 'hint' }, `（${dates.join('、')}）`) : null);
      });
      parts.push(posts.length ? el('ul', { class: 'posts' }, posts) : el('p', { class: 'hint' }, '无'));
    }
    parts.push(el('h3', {}, `报道（${entity.articles.length} 篇）`),
      el('ul', { class: 'articles' }, entity.articles.map((a) => el('li', {}, cite(a)))));
    panel.lastChild.replaceWith(...parts);
  };

  /** 同场出席: the person in the middle, each co-attendee around, edge width by shared events. */
  KG.coAttendanceElements = function coAttendanceElements(result) {
    const center = result.center;
    const nodes = [{ group: 'nodes', data: { id: center.id, label: center.label, type: 'Person' }, classes: 'center' }];
    const edges = [];
    for (const row of result.rows) {
      nodes.push({ group: 'nodes', data: { id: row.person.id, label: row.person.name, type: 'Person' } });
      edges.push({
        group: 'edges',
        data: {
          id: `CO_ATTENDED:${center.id}->${row.person.id}`, source: center.id, target: row.person.id,
          type: 'CO_ATTENDED', label: `${row.count}`, caption: `${row.count} 次`, count: row.count, events: row.events,
        },
      });
    }
    return [...nodes, ...edges];
  };

  /** 关系路径: the path's nodes in a row, each hop an edge carrying its evidence. */
  KG.pathElements = function pathElements(path) {
    const nodes = path.nodes.map((n, i) => ({
      group: 'nodes',
      data: { id: n.id, label: n.name, type: n.__typename, aliases: n.aliases, date: n.date || null },
      position: { x: i * 200, y: (i % 2) * 60 },
    }));
    const edges = path.hops.map((hop) => {
      const [source, target] = hop.forward ? [hop.from.id, hop.to.id] : [hop.to.id, hop.from.id];
      return {
        group: 'edges',
        classes: 'path',
        data: {
          id: `${hop.relation}:${source}->${target}`, source, target, type: hop.relation,
          label: hop.title || hop.relation, caption: hop.title || KG.RELATION_NAMES[hop.relation] || hop.relation, title: hop.title,
          evidence: hop.evidence.map((e) => e.sentence),
          articles: hop.evidence.map((e) => e.article.id),
          dates: hop.evidence.map((e) => e.article.date),
          sources: hop.evidence.map((e) => ({ title: e.article.title, source: e.article.source })),
        },
      };
    });
    return [...nodes, ...edges];
  };

  /** The path hop by hop, each with its first sentence and where it was read. */
  KG.showPath = function showPath(panel, path, names) {
    const byId = new Map(path.nodes.map((n) => [n.id, n.name]));
    claim(panel);
    panel.replaceChildren(el('h2', {}, `关系路径：${names.from} → ${names.to}（${path.length} 步）`));
    const hops = path.hops.map((hop, i) => {
      const relation = KG.RELATION_NAMES[hop.relation] || hop.relation;
      const arrow = hop.forward ? `—${relation}→` : `←${relation}—`;
      const first = hop.evidence[0];
      return el('li', {},
        `${i + 1}. ${byId.get(hop.from.id)} ${arrow} ${byId.get(hop.to.id)}${hop.title ? `（${hop.title}）` : ''}`,
        first ? el('blockquote', {}, first.sentence.trim()) : null,
        first ? cite(first.article) : null);
    });
    panel.append(el('ul', { class: 'hops' }, hops));
  };
})();
