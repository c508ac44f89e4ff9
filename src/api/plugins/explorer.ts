// GET /explorer: the graph explorer page (src/api/explorer/), and its scripts: our own files and the
// installed cytoscape and opencc-js browser builds, all served from this machine (nothing from a CDN).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'graphql-yoga';
import type { ApiContext } from '../context.ts';
import { isRead } from './routes.ts';

export const EXPLORER_PATH = '/explorer';
export const EXPLORER_ASSETS = '/explorer/assets/';

// Through the packages' own exports (neither exports its package.json): their CommonJS entries are browser builds.
const require = createRequire(import.meta.url);
const ownDir = fileURLToPath(new URL('../explorer/', import.meta.url));

const types = {
  html: 'text/html; charset=utf-8',
  js: 'text/javascript; charset=utf-8',
  css: 'text/css; charset=utf-8',
};

/** The only files served: URL name → file and media type. */
const assets: Record<string, { file: string; type: string }> = {
  'cytoscape.min.js': { file: join(dirname(require.resolve('cytoscape')), 'cytoscape.min.js'), type: types.js },
  // Traditional → simplified only (108 kB): names in the graph are stored in simplified script.
  'opencc-t2cn.js': { file: require.resolve('opencc-js/t2cn'), type: types.js },
  'explorer.css': { file: join(ownDir, 'explorer.css'), type: types.css },
  'api.js': { file: join(ownDir, 'api.js'), type: types.js },
  'views.js': { file: join(ownDir, 'views.js'), type: types.js },
  'dates.js': { file: join(ownDir, 'dates.js'), type: types.js },
  'explorer.js': { file: join(ownDir, 'explorer.js'), type: types.js },
};
const page = { file: join(ownDir, 'index.html'), type: types.html };

const cache = new Map<string, Promise<Buffer>>();

async function serveFile(asset: { file: string; type: string }, maxAge: number): Promise<Response> {
  let body = cache.get(asset.file);
  if (!body) {
    body = readFile(asset.file);
    cache.set(asset.file, body);
    body.catch(() => cache.delete(asset.file));
  }
  return new Response(new Uint8Array(await body), {
    headers: { 'content-type': asset.type, 'cache-control': `public, max-age=${maxAge}` },
  });
}

export function explorerPlugin(): Plugin<ApiContext> {
  return {
    // Synchronous unless the request is the explorer's (see useRoute).
    onRequest({ request, url, endResponse }) {
      if (!isRead(request)) return;
      if (url.pathname === EXPLORER_PATH || url.pathname === `${EXPLORER_PATH}/`) return serveFile(page, 0).then(endResponse);
      if (url.pathname.startsWith(EXPLORER_ASSETS)) {
        const asset = assets[url.pathname.slice(EXPLORER_ASSETS.length)];
        // Our own scripts change with the code: revalidated each time; the libraries are kept a day.
        if (asset) return serveFile(asset, asset.file.startsWith(ownDir) ? 0 : 86_400).then(endResponse);
      }
    },
  };
}
