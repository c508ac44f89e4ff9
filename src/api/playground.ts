// The GraphiQL playground at /graphql, with its assets served from the installed
// @graphql-yoga/graphiql package (yoga's default page loads them from a CDN, unusable offline).
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { GraphiQLOptions } from 'graphql-yoga';

export const ASSET_PREFIX = '/graphiql/';

const distDir = join(dirname(createRequire(import.meta.url).resolve('@graphql-yoga/graphiql/package.json')), 'dist');

/** The only files served under ASSET_PREFIX: URL name → file in the package and its media type. */
const assets: Record<string, { file: string; type: string }> = {
  'graphiql.css': { file: 'graphiql.css', type: 'text/css; charset=utf-8' },
  'yoga-graphiql.umd.js': { file: 'yoga-graphiql.umd.js', type: 'text/javascript; charset=utf-8' },
  'editor.worker.js': { file: 'monacoeditorwork/editor.worker.bundle.js', type: 'text/javascript; charset=utf-8' },
  'json.worker.js': { file: 'monacoeditorwork/json.worker.bundle.js', type: 'text/javascript; charset=utf-8' },
  'graphql.worker.js': { file: 'monacoeditorwork/graphql.worker..bundle.js', type: 'text/javascript; charset=utf-8' },
};
const cache = new Map<string, Promise<Buffer>>();

/** The asset response for `pathname` under ASSET_PREFIX, or null when it names no asset. */
export async function playgroundAsset(pathname: string): Promise<Response | null> {
  const name = pathname.slice(ASSET_PREFIX.length);
  const asset = Object.hasOwn(assets, name) ? assets[name] : undefined; // not `constructor`, `__proto__` …
  if (!asset) return null;
  let body = cache.get(asset.file);
  if (!body) {
    body = readFile(join(distDir, asset.file));
    cache.set(asset.file, body);
  }
  return new Response(new Uint8Array(await body), {
    headers: { 'content-type': asset.type, 'cache-control': 'public, max-age=86400' },
  });
}

export const exampleQueries = {
  coAttendees: `# Who took part in events together with 王策飞, most shared events first
query CoAttendees {
  coAttendees(name: "王策飞") {
    person { name }
    events { name date }
    count
  }
}
`,
  path: `# The shortest connection between two people, with the sentence behind each hop
query Path {
  path(from: "王策飞", to: "蓝贤林", maxLength: 4) {
    length
    hops {
      from { name }
      relation
      to { name }
      evidence { sentence article { title } }
    }
  }
}
`,
  search: `# Full-text search over names and aliases (龙岗 finds 龙岗区)
query Search {
  search(text: "龙岗", first: 10) {
    edges { score node { __typename id name aliases } }
  }
}
`,
};

/** `query` is yoga GraphiQL's initial editor content (without it, the first tab shows a welcome text). */
export const graphiqlOptions: GraphiQLOptions & { query: string } = {
  title: 'Knowledge graph — GraphiQL',
  defaultTabs: Object.values(exampleQueries).map((query) => ({ query })),
  query: exampleQueries.coAttendees,
};

/** Yoga's GraphiQL page with the asset URLs pointing at this server. */
export function renderPlayground(options: GraphiQLOptions | undefined): string {
  const opts = JSON.stringify(options ?? {}).replace(/</g, '\\u003c');
  const title = (options?.title ?? 'GraphiQL').replace(/[<>&]/g, '');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>${title}</title>
<link rel="stylesheet" href="${ASSET_PREFIX}graphiql.css">
</head>
<body id="body" class="no-focus-outline">
<noscript>You need to enable JavaScript to run this app.</noscript>
<div id="root">Loading ${title}…</div>
<script>
// Monaco's workers are fetched once and run from blob URLs, as yoga's own page does.
const workers = {};
const workerUrls = {
  editorWorkerService: '${ASSET_PREFIX}editor.worker.js',
  json: '${ASSET_PREFIX}json.worker.js',
  graphql: '${ASSET_PREFIX}graphql.worker.js',
};
function prepareWorkers() {
  return Promise.all(Object.entries(workerUrls).map(async ([label, url]) => {
    const source = await (await fetch(url)).text();
    workers[label] = URL.createObjectURL(new Blob([source], { type: 'application/javascript' }));
  }));
}
self.MonacoEnvironment = { globalAPI: false, getWorkerUrl: (_moduleId, label) => workers[label] };
</script>
<script src="${ASSET_PREFIX}yoga-graphiql.umd.js"></script>
<script>prepareWorkers().finally(() => YogaGraphiQL.renderYogaGraphiQL(root, ${opts}));</script>
</body>
</html>
`;
}
