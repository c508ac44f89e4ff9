// What identity costs `kg ingest`, measured side by side: one synthetic corpus, one embedded Neo4j, rounds
// alternating identity off and on (so a busy machine's load falls on both alike), each round a fresh graph and
// a spawned `kg ingest` whose time, peak RSS, Person nodes and per-statement time (statement-profile.ts) are kept.
//   node --import tsx src/bench/identity-cost.ts --sizes 1000,10000 --rounds 2 [--dir .bench] [--seed 1]
//     [--launcher node|exec] [--samples /tmp/prefix]  (how kg is started; rss-sampler.mjs's breakdown per round)
import { existsSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import { dirname, join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Driver } from 'neo4j-driver';
import { read } from '../graph/cypher.ts';
import { writeCorpus } from '../synth/corpus.ts';
import { benchArgs, count, CORPUS_ROUNDS, sizes } from './args.ts';
import { relationshipCount, wipe } from './naive-load.ts';
import { watchRss } from './procs.ts';
import { startScratchNeo4j } from './scratch-neo4j.ts';

export interface IngestRound {
  identity: boolean;
  ms: number;
  peakRssMiB: number;
  /** Peak PSS of the same process tree (shared pages split among the processes that share them). */
  peakPssMiB: number;
  exitCode: number | null;
  persons: number;
  relationships: number;
  load: number[];
  /** Statement name → summed time and calls inside the ingest. */
  statements: Record<string, { ms: number; calls: number }>;
}

const repo = fileURLToPath(new URL('../../', import.meta.url));

/** A corpus under `dir` as `kg bench` names it (reused when present: kg synth is deterministic). */
export function ensureCorpus(dir: string, size: number, seed: string): string {
  const corpusDir = join(dir, `corpus-${size}-${seed}`);
  if (!existsSync(`${corpusDir}.done`)) {
    rmSync(corpusDir, { recursive: true, force: true });
    const t = performance.now();
    writeCorpus({ articles: size, seed, out: corpusDir, goldPath: `${corpusDir}.gold.json` });
    writeFileSync(`${corpusDir}.done`, JSON.stringify({ synthMs: performance.now() - t }));
  }
  return corpusDir;
}

/**
 * One `kg ingest` of the corpus into an emptied graph. `launcher`: 'node' runs `node bin/kg.js` (a node parent
 * waits for the limited child), 'exec' runs bin/kg.js as a program (sh execs the limited node: one process).
 * `samples`: a path prefix for src/bench/rss-sampler.mjs's breakdown of the ingest's memory.
 */
export async function ingestRound(
  driver: Driver, uri: string, corpusDir: string, identity: boolean, scratch: string,
  opts: { launcher?: 'node' | 'exec'; samples?: string } = {},
): Promise<IngestRound> {
  await wipe(driver);
  const profile = join(scratch, `statements-${process.pid}.json`);
  rmSync(profile, { force: true });
  const load = loadavg();
  const t = performance.now();
  const args = [join(repo, 'bin/kg.js'), 'ingest', resolve(corpusDir), identity ? '--identity' : '--no-identity'];
  const sampler = opts.samples ? ` --import ${join(repo, 'src/bench/rss-sampler.mjs')}` : '';
  const preload = `--import tsx --import ${join(repo, 'src/bench/statement-profile.mjs')}${sampler}`;
  const env = {
    ...process.env, NEO4J_URI: uri, KG_STATEMENT_PROFILE: profile, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} ${preload}`.trim(),
    // The sh launcher execs the `node` it finds first: this one.
    PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}`,
    ...(opts.samples ? { KG_RSS_SAMPLES: `${opts.samples}-${identity ? 'on' : 'off'}` } : {}),
  };
  const child = opts.launcher === 'exec'
    ? spawn(args[0]!, args.slice(1), { env, stdio: ['ignore', 'ignore', 'pipe'] })
    : spawn(process.execPath, args, { env, stdio: ['ignore', 'ignore', 'pipe'] });
  const rss = watchRss(child.pid!, 200);
  let err = '';
  child.stderr.on('data', (d: Buffer) => (err = (err + d.toString()).slice(-2000)));
  const exitCode = await new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
  const ms = performance.now() - t;
  if (exitCode !== 0) process.stderr.write(err);
  const persons = Number((await read(driver, 'bench-person-count')).records[0]?.get('persons') ?? 0);
  const statements = existsSync(profile) ? (JSON.parse(readFileSync(profile, 'utf8')) as IngestRound['statements']) : {};
  const peakRssMiB = rss.stop();
  return { identity, ms, peakRssMiB, peakPssMiB: rss.peakPssMiB(), exitCode, persons, relationships: await relationshipCount(driver), load, statements };
}

/** The statements that took most of a round, as `name ms/calls`. */
export function topStatements(r: IngestRound, n = 6): string {
  return Object.entries(r.statements)
    .sort((a, b) => b[1].ms - a[1].ms)
    .slice(0, n)
    .map(([name, s]) => `${name} ${(s.ms / 1000).toFixed(1)}s/${s.calls}`)
    .join(', ');
}

async function main(): Promise<void> {
  const values = benchArgs({
    ...CORPUS_ROUNDS,
    only: { type: 'string' },
    launcher: { type: 'string', default: 'node' },
    samples: { type: 'string' },
  });
  const roundCount = count('rounds', values.rounds);
  const dir = resolve(values.dir);
  const neo = await startScratchNeo4j(dir, 'neo4j-identity-cost');
  const driver = neo.driver;
  const all: Record<string, IngestRound[]> = {};
  try {
    for (const size of sizes(values.sizes)) {
      const corpusDir = ensureCorpus(dir, size, values.seed);
      const rounds: IngestRound[] = [];
      const modes = values.only ? [values.only === 'on'] : [false, true];
      for (let i = 0; i < roundCount; i++) {
        for (const identity of modes) {
          const r = await ingestRound(driver, neo.uri, corpusDir, identity, dir, {
            launcher: values.launcher === 'exec' ? 'exec' : 'node',
            ...(values.samples ? { samples: `${resolve(values.samples)}-${size}-${i}` } : {}),
          });
          rounds.push(r);
          console.log(
            `${size} identity ${identity ? 'on ' : 'off'}: ${(r.ms / 1000).toFixed(1)} s, peak RSS ${r.peakRssMiB.toFixed(0)} MiB (PSS ${r.peakPssMiB.toFixed(0)}), ` +
              `exit ${r.exitCode}, Person ${r.persons}, rels ${r.relationships}, load ${r.load.map((x) => x.toFixed(1)).join('/')}\n    ${topStatements(r)}`,
          );
        }
      }
      all[size] = rounds;
      writeFileSync(join(dir, `identity-cost-${size}.json`), JSON.stringify(rounds, null, 2));
    }
  } finally {
    await neo.stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
