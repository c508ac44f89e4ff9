// Splits the CPU profiles that src/bench/jit-cost.ts --profile DIR writes (one folder per server) by part: the
// self time of every sampled function, summed by where its code lives (a package in node_modules, a file of
// ours, a node: module, V8's own entries), in µs per answered request of the profiled rounds, side by side.
//   node --import tsx src/bench/cpu-parts.ts DIR [--top 25] [--by package|file]
// A sampler's profile counts time on the CPU and time descheduled while inside a function alike, so on a busy
// machine compare the servers' rows against each other, not the absolute µs.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '25' }, by: { type: 'string', default: 'package' } },
});
const dir = positionals[0];
if (!dir) throw new Error('usage: cpu-parts.ts DIR (the --profile folder of jit-cost.ts)');

/** Where a function's code lives: a package, a file of ours, a node: module, or V8's own entry. */
function partOf(frame: ProfileNode['callFrame'], byFile: boolean): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : `(native) ${functionName || 'anonymous'}`;
  const pkg = /node_modules\/((?:@[^/]+\/)?[^/]+)\/(.*)$/.exec(url);
  if (pkg) return byFile ? `${pkg[1]}/${pkg[2]!.replace(/^(lib|dist|cjs|esm|build)\//, '')}` : pkg[1]!;
  const ours = /\/(src\/.*)$/.exec(url);
  if (ours) return ours[1]!;
  if (url.startsWith('node:')) return url.replace(/^node:(internal\/)?/, 'node:').replace(/^node:(deps\/)?([^/]+).*$/, 'node:$2');
  return url;
}

/** µs of self time per part and per function, summed over every profile in `folder`. */
function selfTimes(folder: string, byFile: boolean) {
  const parts = new Map<string, number>();
  const functions = new Map<string, number>();
  let total = 0;
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.cpuprofile'))) {
    const profile = JSON.parse(readFileSync(join(folder, file), 'utf8')) as Profile;
    const byId = new Map(profile.nodes.map((node) => [node.id, node]));
    // The profiler's own stop (cpu-prof-signal.mjs and what it calls) is not the server's work.
    const own = new Set<number>();
    const mark = (node: ProfileNode, inside: boolean) => {
      const mine = inside || node.callFrame.url.endsWith('cpu-prof-signal.mjs');
      if (mine) own.add(node.id);
      for (const child of node.children ?? []) mark(byId.get(child)!, mine);
    };
    mark(profile.nodes[0]!, false);
    profile.samples.forEach((id, i) => {
      const node = byId.get(id)!;
      const us = profile.timeDeltas[i] ?? 0;
      if (node.callFrame.functionName === '(idle)' || own.has(id)) return;
      total += us;
      const part = partOf(node.callFrame, byFile);
      parts.set(part, (parts.get(part) ?? 0) + us);
      const fn = `${node.callFrame.functionName || 'anonymous'} ${part}:${node.callFrame.lineNumber + 1}`;
      functions.set(fn, (functions.get(fn) ?? 0) + us);
    });
  }
  return { parts, functions, total };
}

const servers = readdirSync(dir, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
const measured = servers.map((name) => {
  const requests = Number(readFileSync(join(dir, name, 'requests'), 'utf8'));
  return { name, requests, ...selfTimes(join(dir, name), values.by === 'file') };
});
const top = Number(values.top);
const perRequest = (us: number, requests: number) => (us / Math.max(requests, 1)).toFixed(0);
const allParts = new Map<string, number>();
for (const m of measured) for (const [part, us] of m.parts) allParts.set(part, Math.max(allParts.get(part) ?? 0, us / Math.max(m.requests, 1)));
const ranked = [...allParts.entries()].sort((a, b) => b[1] - a[1]).slice(0, top).map(([part]) => part);
console.log(`| part (self time, µs per request) | ${measured.map((m) => `${m.name} (${m.requests} requests)`).join(' | ')} |`);
console.log(`|---|${measured.map(() => '---:').join('|')}|`);
console.log(`| **all sampled** | ${measured.map((m) => perRequest(m.total, m.requests)).join(' | ')} |`);
for (const part of ranked) console.log(`| ${part} | ${measured.map((m) => perRequest(m.parts.get(part) ?? 0, m.requests)).join(' | ')} |`);
const rest = (m: (typeof measured)[number]) => m.total - ranked.reduce((sum, part) => sum + (m.parts.get(part) ?? 0), 0);
console.log(`| (the rest) | ${measured.map((m) => perRequest(rest(m), m.requests)).join(' | ')} |`);
for (const m of measured) {
  console.log(`\n${m.name}: top functions by self time, µs per request`);
  for (const [fn, us] of [...m.functions.entries()].sort((a, b) => b[1] - a[1]).slice(0, top)) console.log(`  ${perRequest(us, m.requests).padStart(5)}  ${fn}`);
}
