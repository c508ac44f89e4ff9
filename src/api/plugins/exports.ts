// GET /export/cytoscape.json and /export/graph.graphml: the whole graph or an ego network
// (?center=&depth=), optionally within a date range (?from=&to=), isolated nodes only when asked
// (?isolated=true), at most ?limit= nodes. Bad parameters get a 400 naming the parameter and the reason.
import type { Plugin } from 'graphql-yoga';
import type { Logger } from 'pino';
import type { ApiContext } from '../context.ts';
import { isRead } from './routes.ts';
import { httpStatus } from '../errors.ts';
import { toCytoscape, toGraphML } from '../graph-formats.ts';
import { exportView, type ExportOptions } from '../graph-view.ts';
import type { EntityNode } from '../records.ts';
import type { Store } from '../store.ts';

export const EXPORT_ROUTES = ['/export/cytoscape.json', '/export/graph.graphml'];

export interface ExportsOptions {
  store: Store;
  logger: Logger;
  /** Largest export (nodes). */
  maxExportNodes: number;
}

class BadParameter extends Error {}

function json(body: unknown, status = 200): Response {
  return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
}

const datePrefix = /^\d{4}(-\d{2}(-\d{2})?)?$/;

function dateParameter(url: URL, name: 'from' | 'to'): string | null {
  const value = url.searchParams.get(name);
  if (value === null || value === '') return null;
  if (!datePrefix.test(value)) throw new BadParameter(`${name}: "${value}" is not a date (YYYY-MM-DD, YYYY-MM or YYYY)`);
  return value;
}

/** The export's filters from the query string, or a BadParameter naming the one that is wrong. */
export function exportOptions(url: URL): ExportOptions & { depth: number; limit: number | null } {
  const depthText = url.searchParams.get('depth') ?? '2';
  const depth = Number(depthText);
  if (!/^\d$/.test(depthText) || depth > 3) throw new BadParameter(`depth: must be 0 to 3 (got "${depthText}")`);
  const isolatedText = url.searchParams.get('isolated') ?? 'false';
  if (isolatedText !== 'true' && isolatedText !== 'false') {
    throw new BadParameter(`isolated: must be true or false (got "${isolatedText}")`);
  }
  const from = dateParameter(url, 'from');
  const to = dateParameter(url, 'to');
  if (from !== null && to !== null && from.slice(0, to.length) > to) {
    throw new BadParameter(`from: "${from}" is after to: "${to}"`);
  }
  const limitText = url.searchParams.get('limit');
  // The explorer asks for what a browser can draw; the server's own cap (maxExportNodes) still applies.
  if (limitText !== null && !/^[1-9]\d{0,6}$/.test(limitText)) {
    throw new BadParameter(`limit: must be a whole number of nodes from 1 (got "${limitText}")`);
  }
  return { depth, isolated: isolatedText === 'true', from, to, limit: limitText === null ? null : Number(limitText) };
}

export function exportsPlugin({ store, logger, maxExportNodes }: ExportsOptions): Plugin<ApiContext> {
  async function exportGraph(url: URL, format: 'cytoscape' | 'graphml'): Promise<Response> {
    try {
      const options = exportOptions(url);
      const centerRef = url.searchParams.get('center')?.trim() ?? null;
      let center: EntityNode | null = null;
      if (centerRef !== null) {
        if (centerRef === '' || centerRef.length > 200) return json({ error: 'center: must be 1 to 200 characters' }, 400);
        [center = null] = await store.resolve(centerRef, null);
        if (!center) return json({ error: `center: no entity with id, name or alias "${centerRef}"` }, 404);
      }
      const cap = Math.min(options.limit ?? maxExportNodes, maxExportNodes);
      const view = await exportView(store, center, options.depth, cap, options);
      if (format === 'cytoscape') return json(toCytoscape(view));
      return new Response(toGraphML(view), {
        headers: {
          'content-type': 'application/graphml+xml; charset=utf-8',
          'content-disposition': 'attachment; filename="graph.graphml"',
        },
      });
    } catch (error) {
      if (error instanceof BadParameter) return json({ error: error.message }, 400);
      const status = httpStatus(error);
      // Coded errors say what went wrong; anything else is ours, logged rather than shown.
      if (status === 500) logger.error({ err: error }, 'export failed');
      return json({ error: status === 500 ? 'internal error (logged on the server)' : (error as Error).message }, status);
    }
  }

  return {
    // Synchronous unless the request is an export (see useRoute).
    onRequest({ request, url, endResponse }) {
      if (!isRead(request)) return;
      if (url.pathname === '/export/cytoscape.json') return exportGraph(url, 'cytoscape').then(endResponse);
      if (url.pathname === '/export/graph.graphml') return exportGraph(url, 'graphml').then(endResponse);
    },
  };
}
