// The API over real HTTP: operations routes, exports, structured logs, and the GraphiQL playground
// driven in a real browser (Debian chromium).
import { existsSync } from 'node:fs';
import { Writable } from 'node:stream';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { pino } from 'pino';
import { chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphView } from '../../src/api/graph-view.ts';
import { loadExtraction } from '../../src/graph/load.ts';
import { fixture } from './api-fixture.ts';
import { openServedApp, type ServedApp } from './api-helpers.ts';

const CHROMIUM = '/usr/bin/chromium';

let served: ServedApp | undefined;
let base: string;
const logLines: string[] = [];

beforeAll(async () => {
  const sink = new Writable({
    write(chunk, _encoding, done) {
      logLines.push(...String(chunk).split('\n').filter(Boolean));
      done();
    },
  });
  served = await openServedApp((d) => loadExtraction(d, fixture), { logger: pino({ level: 'info' }, sink) });
  base = served.base;
});

afterAll(() => served?.close());

const entityCount = fixture.entities.length;
// REPORTED ends at an Article, which the drawn graph leaves out (articles are provenance).
const drawnRelations = fixture.relations.filter((r) => r.type !== 'REPORTED').length;

describe('operations', () => {
  it('answers /healthz and /readyz', async () => {
    expect(await (await fetch(`${base}/healthz`)).json()).toEqual({ status: 'ok' });
    const ready = await fetch(`${base}/readyz`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toEqual({ status: 'ready' });
  });

  it('exposes Prometheus metrics: requests, latency and Cypher statements by name', async () => {
    await fetch(`${base}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ coAttendees(name: "王策飞") { count } }' }),
    });
    const response = await fetch(`${base}/metrics`);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/kg_http_requests_total\{method="POST",route="\/graphql",status="200"\} [1-9]/);
    expect(text).toMatch(/kg_http_request_duration_seconds_bucket\{le="0.005",route="\/graphql"\}/);
    expect(text).toMatch(/kg_cypher_statements_total\{statement="api-co-attendees"\} [1-9]/);
    // One statement per question: the name is resolved inside api-co-attendees (src/bench/findings.md, item 30).
    expect(text).not.toMatch(/kg_cypher_statements_total\{statement="api-resolve-exact"\} [1-9]/);
  });

  it('logs every request as one JSON line', async () => {
    await fetch(`${base}/healthz?probe=logs`);
    const entry = logLines.map((line) => JSON.parse(line)).find((e) => e.path === '/healthz');
    expect(entry).toMatchObject({ level: 30, method: 'GET', path: '/healthz', status: 200, msg: 'request' });
    expect(typeof entry.ms).toBe('number');
  });
});

describe('exports', () => {
  it('gives the whole graph as Cytoscape.js elements', async () => {
    const response = await fetch(`${base}/export/cytoscape.json?isolated=true`);
    expect(response.headers.get('content-type')).toMatch(/application\/json/);
    const { elements } = (await response.json()) as { elements: { nodes: { data: any }[]; edges: { data: any }[] } };
    expect(elements.nodes).toHaveLength(entityCount);
    expect(elements.edges).toHaveLength(drawnRelations);
    const ids = new Set(elements.nodes.map((n) => n.data.id));
    for (const { data } of elements.edges) {
      expect(ids.has(data.source) && ids.has(data.target)).toBe(true);
      expect(typeof data.id).toBe('string');
      expect(data.label).toBeTruthy();
    }
    expect(elements.nodes.find((n) => n.data.id === 'd:lg')?.data).toMatchObject({ id: 'd:lg', label: '龙岗区', type: 'District' });
    expect(new Set(elements.edges.map((e) => e.data.id)).size).toBe(elements.edges.length);
  });

  it('cut to fewer nodes than the graph has, keeps every edge among the nodes it shows', async () => {
    const store = served!.app.store;
    const whole = await graphView(store, null, 0, 10_000);
    expect(whole.truncated).toBe(false);
    for (const cap of [8, 15]) {
      const cut = await graphView(store, null, 0, cap);
      const shown = new Set(cut.nodes.map((n) => n.id));
      expect(cut.nodes).toHaveLength(cap);
      expect(cut.truncated).toBe(true);
      const among = whole.edges.filter((e) => shown.has(e.source) && shown.has(e.target)).map((e) => e.id);
      expect(among.length).toBeGreaterThan(0);
      expect(cut.edges.map((e) => e.id).sort()).toEqual(among.sort());
    }
  });

  it('gives an ego network by center and depth', async () => {
    const { elements } = await (await fetch(`${base}/export/cytoscape.json?center=d:xw&depth=1`)).json();
    expect(elements.nodes.map((n: any) => n.data.id).sort()).toEqual(['d:lg', 'd:xw', 'e:kc', 'p:lxl']);
    const two = await (await fetch(`${base}/export/cytoscape.json?center=${encodeURIComponent('寻乌')}&depth=2`)).json();
    expect(two.elements.nodes.length).toBeGreaterThan(4);
  });

  it('gives well-formed GraphML with declared keys, whole or ego', async () => {
    const response = await fetch(`${base}/export/graph.graphml?isolated=true`);
    expect(response.headers.get('content-type')).toMatch(/^application\/graphml\+xml/);
    const text = await response.text();
    expect(XMLValidator.validate(text)).toBe(true);
    const doc = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '@' }).parse(text);
    expect(doc.graphml.graph.node).toHaveLength(entityCount);
    expect(doc.graphml.graph.edge).toHaveLength(drawnRelations);
    const tuv = doc.graphml.graph.node.find((n: any) => n['@id'] === 'n:tuv');
    expect(tuv.data[0]['#text']).toBe('德国莱茵TUV');
    const ego = await (await fetch(`${base}/export/graph.graphml?center=p:lxl&depth=1`)).text();
    expect(XMLValidator.validate(ego)).toBe(true);
    expect(ego).toContain('<node id="e:kc">');
  });

  it('refuses a bad depth or an unknown center with a clear message', async () => {
    const deep = await fetch(`${base}/export/graph.graphml?center=d:xw&depth=9`);
    expect(deep.status).toBe(400);
    expect(await deep.json()).toEqual({ error: 'depth: must be 0 to 3 (got "9")' });
    const empty = await fetch(`${base}/export/cytoscape.json?center=`);
    expect(empty.status).toBe(400);
    expect(await empty.json()).toEqual({ error: 'center: must be 1 to 200 characters' });
    const unknown = await fetch(`${base}/export/cytoscape.json?center=nowhere`);
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toEqual({ error: 'center: no entity with id, name or alias "nowhere"' });
  });
});

describe('playground', () => {
  it.skipIf(!existsSync(CHROMIUM))(`GraphiQL at /graphql runs the example queries (needs ${CHROMIUM})`, async () => {
    const browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
        '--disable-component-update', '--disable-sync'],
    });
    try {
      const page = await browser.newPage();
      const offsite: string[] = [];
      page.on('request', (request) => {
        if (!request.url().startsWith(base) && !request.url().startsWith('blob:') && !request.url().startsWith('data:')) offsite.push(request.url());
      });
      await page.goto(`${base}/graphql`);
      const tabs = page.locator('.graphiql-tab');
      await expect.poll(() => tabs.allInnerTexts(), { timeout: 30_000 }).toEqual(
        ['CoAttendees', 'CoAttendeesInPeriod', 'Holders', 'Posts', 'Signatories', 'Pairings', 'EventsInDistrict', 'Path', 'Neighbors', 'Search'],
      );
      await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 }).toMatch(/coAttendees\(name:\s*"王策飞"\)/);

      await page.locator('.graphiql-execute-button').click();
      await expect.poll(() => page.locator('.graphiql-response').innerText(), { timeout: 30_000 }).toContain('蓝贤林');

      // Full-width punctuation (the Chinese comments) is not boxed as look-alike characters in any editor.
      const highlighting = await page.evaluate(() => {
        const monaco = (self as any).monaco;
        return monaco.editor.getEditors().map((e: any) => e.getOption(monaco.editor.EditorOption.unicodeHighlighting).ambiguousCharacters);
      });
      expect(highlighting.length).toBeGreaterThan(0);
      expect(highlighting.every((on: boolean) => on === false)).toBe(true);

      // One real click switches tabs.
      await page.locator('.graphiql-tab-button', { hasText: 'Path' }).click();
      await expect.poll(() => page.locator('.graphiql-tab-active').innerText(), { timeout: 5_000 }).toBe('Path');
      await expect.poll(() => page.locator('.graphiql-query-editor').innerText(), { timeout: 30_000 }).toMatch(/path\(from:/);
      // GraphiQL updates the tab's operation name a moment after its text: a click in between runs the old
      // name against the new text ("Cannot infer operation CoAttendees"), so the click is repeated until the
      // Path answer shows.
      await expect
        .poll(
          async () => {
            await page.locator('.graphiql-execute-button').click();
            await page.waitForTimeout(500);
            return page.locator('.graphiql-response').innerText();
          },
          { timeout: 30_000, interval: 250 },
        )
        .toContain('"relation"');
      expect(offsite).toEqual([]);
    } finally {
      await browser.close();
    }
  });
});
