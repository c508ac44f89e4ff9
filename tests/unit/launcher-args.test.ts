// The embedded Neo4j's java command line: the heap fixed at its size, the latency flags (src/bench/findings.md,
// item 36), KG_NEO4J_JAVA_OPTS after ours so that they win, and a JVM on this machine that accepts them all.
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extraJavaOptions, JVM_FLAGS, launcherArgs } from '../../src/graph/launcher-process.ts';

const opts = { pageCache: '64m', txMemory: '128m' };

describe('launcherArgs', () => {
  it('starts the heap at its maximum and turns off the housekeeping safepoint', () => {
    const args = launcherArgs('/tmp/kg-x', 'cp', { ...opts, heap: '768m' }, {});
    expect(args.slice(0, 2)).toEqual(['-Xmx768m', '-Xms768m']);
    expect(args).toContain('-XX:GuaranteedSafepointInterval=0');
    expect(args.indexOf('-XX:+UnlockDiagnosticVMOptions')).toBeLessThan(args.indexOf('-XX:GuaranteedSafepointInterval=0'));
    expect(args.slice(args.indexOf('Launcher'))).toEqual([
      'Launcher', '--home', '/tmp/kg-x', '--port', '0', '--pagecache', '64m', '--tx-memory', '128m',
      '--state', join('/tmp/kg-x', 'neo4j-state.json'), '--password-file', join('/tmp/kg-x', 'neo4j-password'),
    ]);
  });

  it('takes the heap from KG_NEO4J_HEAP, and puts KG_NEO4J_JAVA_OPTS after its own flags', () => {
    const args = launcherArgs('/tmp/kg-x', 'cp', opts, { KG_NEO4J_HEAP: '2g', KG_NEO4J_JAVA_OPTS: ' -Xms256m\t-XX:+UseParallelGC ' });
    expect(args.slice(0, 2)).toEqual(['-Xmx2g', '-Xms2g']);
    const mine = args.indexOf('-Xms256m');
    expect(mine).toBeGreaterThan(args.indexOf('-XX:GuaranteedSafepointInterval=0'));
    expect(args[mine + 1]).toBe('-XX:+UseParallelGC');
    expect(args.indexOf('-cp')).toBe(mine + 2);
    expect(extraJavaOptions({})).toEqual([]);
  });

  it('names flags this machine’s java accepts', () => {
    // A flag the JVM does not know stops it before Neo4j starts: java -version fails the same way.
    const out = execFileSync(process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'java') : 'java', [
      '-Xmx256m', '-Xms256m', ...JVM_FLAGS, '-XX:+PrintFlagsFinal', '-version',
    ], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    expect(out).toMatch(/GuaranteedSafepointInterval\s*=\s*0\b/);
  });
});
