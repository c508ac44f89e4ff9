// Helpers for integration tests against the run's shared Neo4j (see global-setup.ts).
import { spawn } from 'node:child_process';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import neo4j, { type Driver } from 'neo4j-driver';
import { inject } from 'vitest';
import { read, write } from '../../src/graph/cypher.ts';
import { ingestPaths, type PathIngestOptions as IngestOptions } from '../../src/ingest/paths.ts';
import type { IngestReport } from '../../src/ingest/ingest.ts';
import { graphStats, type GraphStats } from '../../src/graph/stats.ts';

export const repoRoot = fileURLToPath(new URL('../../', import.meta.url));
export const samplesDir = join(repoRoot, 'samples');

/** A driver to the run's Neo4j; close it in afterAll. */
export function testDriver(): Driver {
  const user = inject('neo4jUser');
  return neo4j.driver(inject('neo4jUri'), user ? neo4j.auth.basic(user, inject('neo4jPassword')) : undefined);
}

/** Environment for `kg` processes a test spawns: they talk to the run's Neo4j. */
export function kgEnv(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const user = inject('neo4jUser');
  return {
    ...process.env,
    NEO4J_URI: inject('neo4jUri'),
    ...(user ? { NEO4J_USER: user, NEO4J_PASSWORD: inject('neo4jPassword') } : {}),
    ...extra,
  };
}

/** Deletes every node and relationship (the schema stays). */
export async function resetGraph(driver: Driver): Promise<void> {
  await write(driver, 'graph-delete-all');
}

export function samplePaths(): string[] {
  return readdirSync(samplesDir).filter((f) => f.endsWith('.txt')).sort().map((f) => join(samplesDir, f));
}

/**
 * `count` files in `dir` (copy-000.txt …), the samples in turn, every sentence marked with its copy's number: each
 * file a distinct article, the people and places shared.
 */
export function writeSampleCopies(dir: string, count: number): void {
  const texts = samplePaths().map((p) => readFileSync(p, 'utf8'));
  for (let i = 0; i < count; i++) {
    writeFileSync(join(dir, `copy-${String(i).padStart(3, '0')}.txt`), texts[i % texts.length]!.replaceAll('。', `。（第${i}版）`));
  }
}

/** The real pipeline (decode → extract → load) over samples/*.txt. */
export function ingestSamples(driver: Driver, opts: IngestOptions = {}): Promise<IngestReport> {
  return ingestPaths(driver, samplePaths(), opts);
}

export function stats(driver: Driver): Promise<GraphStats> {
  return graphStats(driver);
}

export interface GraphDump {
  nodes: string[];
  relationships: string[];
}

/**
 * The whole graph in a canonical form: one line per node and relationship, sorted, with provenance lists
 * sorted (evidence kept paired with its article). Two graphs are equal when their dumps are.
 */
export async function dumpGraph(driver: Driver): Promise<GraphDump> {
  const nodes = await read(driver, 'graph-dump-nodes');
  const rels = await read(driver, 'graph-dump-relationships');
  const sorted = (list: unknown) => (Array.isArray(list) ? [...list].sort() : list);
  return {
    nodes: nodes.records
      .map((r) => {
        const o = r.toObject();
        return JSON.stringify({ ...o, labels: sorted(o.labels), aliases: sorted(o.aliases), articles: sorted(o.articles) });
      })
      .sort(),
    relationships: rels.records
      .map((r) => {
        const o = r.toObject();
        const articles = o.articles as string[];
        const evidence = o.evidence as string[];
        const provenance = articles.map((a, i) => [a, evidence[i]]).sort((x, y) => (x[0]! < y[0]! ? -1 : 1));
        return JSON.stringify([o.type, o.from, o.to, o.title, provenance]);
      })
      .sort(),
  };
}

export interface KgRun {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

/** Runs `node bin/kg.js ...args` against the run's Neo4j and collects its output. */
export function runKg(args: string[], opts: { env?: NodeJS.ProcessEnv; input?: string | Buffer; cwd?: string } = {}): Promise<KgRun> {
  return new Promise((res, rej) => {
    const child = spawn(process.execPath, [join(repoRoot, 'bin/kg.js'), ...args], {
      cwd: opts.cwd ?? repoRoot,
      env: kgEnv(opts.env),
      stdio: ['pipe', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('error', rej);
    child.on('close', (code, signal) => res({ code, signal, stdout, stderr }));
    child.stdin.end(opts.input ?? '');
  });
}
