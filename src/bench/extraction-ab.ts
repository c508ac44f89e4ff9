// Side by side: the extractor of two checkouts on the same corpus, each in its own process (one nodejieba
// dictionary per process), rounds interleaved and in turn which goes first, each round timed in CPU after
// untimed warm-up rounds. Each process also tags the corpus with bare nodejieba every round, so its own
// extraction ÷ tagging ratio (issue 10's figure) is printed beside: the verdict is the median of per-round
// ratios, new ÷ old.
//   node --import tsx src/bench/extraction-ab.ts --old /work/wt-old --new . --corpus DIR [--rounds 9] [--warmup 3]
// --profile DIR: each process writes a V8 CPU profile of its measured rounds only to DIR/<old|new>/, with the
// round count in DIR/<old|new>/requests, for `node --import tsx src/bench/cpu-parts.ts DIR --by file`.
import { fork, type ChildProcess } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { SourceDocument } from '../extract/index.ts';
import { median } from './stats.ts';

interface Round {
  extractCpu: number;
  tagCpu: number;
}

/** The child: one checkout's extractor, driven a round at a time by the parent. */
async function child(checkout: string, corpus: string, profileDir?: string): Promise<void> {
  const { extractDocuments } = (await import(pathToFileURL(join(checkout, 'src/extract/index.ts')).href)) as {
    extractDocuments: (docs: SourceDocument[]) => unknown;
  };
  const nodejieba = createRequire(join(checkout, 'package.json'))('nodejieba') as { tag: (t: string) => unknown };
  const docs = readdirSync(corpus).sort().map((f) => ({ source: f, text: readFileSync(join(corpus, f), 'utf8') }));
  const cpu = (fn: () => void) => {
    const c0 = process.cpuUsage();
    fn();
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  const round = (): Round => ({
    extractCpu: cpu(() => extractDocuments(docs)),
    tagCpu: cpu(() => {
      for (const d of docs) nodejieba.tag(d.text);
    }),
  });
  const session = profileDir ? new Session() : undefined;
  let rounds = 0;
  session?.connect();
  process.on('message', async (m: 'warm' | 'round' | 'end') => {
    if (m === 'warm') process.send!(round());
    else if (m === 'round') {
      if (session && rounds === 0) await session.post('Profiler.enable').then(() => session.post('Profiler.start'));
      rounds++;
      process.send!(round());
    } else {
      if (session && profileDir) {
        const { profile } = await session.post('Profiler.stop');
        mkdirSync(profileDir, { recursive: true });
        writeFileSync(join(profileDir, 'rounds.cpuprofile'), JSON.stringify(profile));
        writeFileSync(join(profileDir, 'requests'), String(rounds));
      }
      process.send!('done', () => process.exit(0));
    }
  });
  process.send!('ready');
}

function ask(c: ChildProcess, m: string): Promise<Round | string> {
  return new Promise((ok) => {
    c.once('message', (r) => ok(r as Round | string));
    c.send(m);
  });
}

async function parent(): Promise<void> {
  const { values } = parseArgs({
    options: { old: { type: 'string' }, new: { type: 'string', default: '.' }, corpus: { type: 'string' }, rounds: { type: 'string', default: '9' }, warmup: { type: 'string', default: '3' }, profile: { type: 'string' } },
  });
  if (!values.old || !values.corpus) throw new Error('usage: extraction-ab.ts --old CHECKOUT [--new CHECKOUT] --corpus DIR [--rounds 9] [--warmup 3] [--profile DIR]');
  const sides = { old: resolve(values.old), new: resolve(values.new) };
  const kids = Object.fromEntries(
    Object.entries(sides).map(([name, checkout]) => {
      const args = ['--child', checkout, resolve(values.corpus!), ...(values.profile ? [join(resolve(values.profile), name)] : [])];
      return [name, fork(fileURLToPath(import.meta.url), args, { execArgv: ['--import', 'tsx'] })];
    }),
  ) as Record<'old' | 'new', ChildProcess>;
  await Promise.all(Object.values(kids).map((c) => new Promise((ok) => c.once('message', ok))));
  const order = (k: number): ('old' | 'new')[] => (k % 2 ? ['new', 'old'] : ['old', 'new']);
  for (let k = 0; k < Number(values.warmup); k++) for (const side of order(k)) await ask(kids[side], 'warm');
  const got: Record<'old' | 'new', Round[]> = { old: [], new: [] };
  for (let k = 0; k < Number(values.rounds); k++) {
    for (const side of order(k)) got[side].push((await ask(kids[side], 'round')) as Round);
    const [o, n] = [got.old[k]!, got.new[k]!];
    console.log(`round ${k + 1}: extract cpu old ${o.extractCpu.toFixed(0)} new ${n.extractCpu.toFixed(0)} ms (new÷old ${(n.extractCpu / o.extractCpu).toFixed(3)}); tag cpu old ${o.tagCpu.toFixed(0)} new ${n.tagCpu.toFixed(0)}; ratio to tagging old ${(o.extractCpu / o.tagCpu).toFixed(2)}× new ${(n.extractCpu / n.tagCpu).toFixed(2)}×`);
  }
  await Promise.all(Object.values(kids).map((c) => ask(c, 'end')));
  const med = (xs: number[]) => median(xs).toFixed(3);
  const per = (f: (o: Round, n: Round) => number) => got.old.map((o, k) => f(o, got.new[k]!));
  console.log(`median extract cpu: old ${median(got.old.map((r) => r.extractCpu)).toFixed(0)} ms, new ${median(got.new.map((r) => r.extractCpu)).toFixed(0)} ms`);
  console.log(`median per-round new÷old extract cpu: ${med(per((o, n) => n.extractCpu / o.extractCpu))}`);
  console.log(`median per-round ratio to tagging: old ${med(got.old.map((r) => r.extractCpu / r.tagCpu))}×, new ${med(got.new.map((r) => r.extractCpu / r.tagCpu))}×`);
}

if (process.argv[2] === '--child') await child(process.argv[3]!, process.argv[4]!, process.argv[5]);
else await parent();
