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

/** One tab per kind of question, each commented in Chinese and in English. */
export const exampleQueries = {
  coAttendees: `# 同场出席：与王策飞一起出席过活动的人，共同出席次数多的在前
# Co-attendees: who took part in events together with 王策飞, most shared events first
query CoAttendees {
  coAttendees(name: "王策飞") {
    person { name }
    events { name date }
    count
  }
}
`,
  coAttendeesInPeriod: `# 某时段的同场出席：只算 2026 年 3 月的活动（无日期的活动不计）
# Co-attendees in a period: only events dated in March 2026 count (undated events are left out)
query CoAttendeesInPeriod {
  coAttendees(name: "王策飞", from: "2026-03-01", to: "2026-03-31") {
    person { name }
    events { name date }
    count
  }
}
`,
  holders: `# 任职者：某日谁在龙岗区（含区委、区政府等下属机构）任区长；不写 at 则列出历任及任期
# Post holders: who was 区长 in 龙岗区 (its bodies included) on a date; without \`at\`, every holder with their term
query Holders {
  holders(body: "龙岗区", title: "区长", at: "2026-03-27") {
    person { id name }
    title
    body { name }
    from
    to
    evidence { sentence article { title date } }
  }
}
`,
  posts: `# 任职经历：一个人的职务及其起止（首次与末次见报；一人一席的职务到下任首次见报为止）
# Career: a person's posts with from and to (first and last seen; a one-holder post ends when the next holder is first seen)
query Posts {
  entity(id: "王策飞") {
    name
    ... on Person { posts { title body { name } from to } }
  }
}
`,
  signatories: `# 签约方：在一次签约活动中签字的各方（活动名可只写一部分）
# Signatories: the parties that signed at an event (part of its name will do)
query Signatories {
  signatories(event: "签约仪式") {
    entity { __typename name }
    role
    evidence { sentence article { title date } }
  }
}
`,
  pairings: `# 结对关系：寻乌县的结对、对口帮扶、支援合作伙伴（简称“寻乌”也可以）
# Pairings: the standing partners of 寻乌县 (结对, 对口帮扶, 支援合作); the short name 寻乌 works too
query Pairings {
  pairings(district: "寻乌") {
    parties { name }
    evidence { sentence article { title date } }
  }
}
`,
  events: `# 某地某时段的活动：2026 年在龙岗区（含下辖街道）举行的活动，新的在前
# Events in a district and period: held in 龙岗区 (its sub-districts included) in 2026, newest first
query EventsInDistrict {
  events(district: "龙岗区", from: "2026-01-01", to: "2026-12-31") {
    edges { node { name date kind place { name } attendees { name } } }
  }
}
`,
  path: `# 关系路径：两人之间最短的联系，每一步附原文句子
# Path: the shortest connection between two people, with the sentence behind each hop
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
  neighbors: `# 邻居：龙岗区一步之内的一切（人物、机构、活动……），近的在前
# Neighbours: everything within one hop of 龙岗区 (people, bodies, events …), nearest first
query Neighbors {
  neighbors(id: "龙岗区", depth: 1, first: 20) {
    edges { distance node { __typename name } }
  }
}
`,
  search: `# 搜索：按名称或别名全文搜索（“龙岗”能找到龙岗区；一个字、繁体“龍崗”也可以）
# Search: full text over names and aliases (龙岗 finds 龙岗区; so do one character and the traditional 龍崗)
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
<style>
/* The tab bar is a drag-to-reorder list whose tabs keep a layout transform that pointerdown re-measures: the
   press lands on one tab and the release beside it, so a click did not switch tabs (only a second one did). */
.graphiql-tab { transform: none !important; }
</style>
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
// globalAPI exposes \`monaco\`, so that every editor can be told the options below as it is made.
self.MonacoEnvironment = { globalAPI: true, getWorkerUrl: (_moduleId, label) => workers[label] };
</script>
<script src="${ASSET_PREFIX}yoga-graphiql.umd.js"></script>
<script>
// Chinese text is full of full-width punctuation (，：（）“”), which Monaco otherwise boxes as characters
// that could be mistaken for ASCII ones.
const plainUnicode = { unicodeHighlight: { ambiguousCharacters: false, invisibleCharacters: false, nonBasicASCII: false } };
if (self.monaco) self.monaco.editor.onDidCreateEditor((editor) => editor.updateOptions(plainUnicode));
prepareWorkers().finally(() => YogaGraphiQL.renderYogaGraphiQL(root, ${opts}));
</script>
</body>
</html>
`;
}
