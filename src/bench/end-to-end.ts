// The bench's end-to-end phase: `kg ingest` of the corpus folder as a user runs it, timed with its peak RSS.
import { dirname, join, resolve } from 'node:path';
import { loadavg } from 'node:os';
import type { Driver } from 'neo4j-driver';
import { repo } from './batches.ts';
import type { CoAttendanceRefresh } from '../graph/co-attendance.ts';
import type { EndToEndFigures } from './figures.ts';
import type { IngestTimings } from '../ingest/timings.ts';
import { relationshipCount, wipe } from './naive-load.ts';
import { watchRss } from './procs.ts';

export async function benchEndToEnd(
  driver: Driver,
  uri: string,
  corpusDir: string,
  rounds: number,
  log: (line: string) => void,
): Promise<EndToEndFigures> {
  const { spawn } = await import('node:child_process');
  const ms: number[] = [];
  const peakRssMiB: number[] = [];
  const peakPssMiB: number[] = [];
  let exitCode: number | null = null;
  let articles = 0;
  const loadAverages: number[][] = [];
  const coAttendance: CoAttendanceRefresh[] = [];
  for (let run = 0; run < rounds; run++) {
    await wipe(driver);
    loadAverages.push(loadavg());
    const t = performance.now();
    // Identity from context on, as the API's answers about people need it (src/identity); said explicitly so
    // the figure means the same whatever `kg ingest`'s default. Started as a user's `kg` is (bin/kg.js as a
    // program: sh execs the limited node, one process), with this node first on the PATH.
    // The JSON summary says what the co-attendance refresh at its end took (src/graph/co-attendance.ts).
    const child = spawn(join(repo, 'bin/kg.js'), ['ingest', '--identity', '--format', 'json', resolve(corpusDir)], {
      env: { ...process.env, NEO4J_URI: uri, PATH: `${dirname(process.execPath)}:${process.env.PATH ?? ''}` },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const rss = watchRss(child.pid!, 200);
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr.on('data', () => undefined);
    exitCode = await new Promise<number | null>((res) => child.on('exit', (code) => res(code)));
    ms.push(performance.now() - t);
    peakRssMiB.push(rss.stop());
    peakPssMiB.push(rss.peakPssMiB());
    const summary = parseSummary(out);
    articles = summary?.articles ?? 0;
    if (summary?.coAttendance) coAttendance.push(summary.coAttendance);
    const refresh = summary?.coAttendance ? `, co-attendance refresh ${(summary.coAttendance.ms / 1000).toFixed(1)} s (${summary.coAttendance.refreshed} people, ${summary.coAttendance.projected} nodes${summary.coAttendance.stamped ? '' : ', not stamped'})` : '';
    log(`  end to end round ${run + 1}/${rounds} (identity on): exit ${exitCode}, ${(ms.at(-1)! / 1000).toFixed(1)} s${refresh}, peak RSS ${peakRssMiB.at(-1)!.toFixed(0)} MiB (PSS ${peakPssMiB.at(-1)!.toFixed(0)}), load ${loadAverages.at(-1)!.map((x) => x.toFixed(1)).join('/')} → ${loadavg().map((x) => x.toFixed(1)).join('/')}`);
    if (summary?.timings) log(`    ${phaseLine(summary.timings)}`);
  }
  return { ms, peakRssMiB, peakPssMiB, articles, relationships: await relationshipCount(driver), exitCode, identity: true, loadAverages, coAttendance };
}

/** The run's phases and its costliest statements (src/ingest/timings.ts), seconds. */
function phaseLine(t: IngestTimings): string {
  const s = (ms: number) => (ms / 1000).toFixed(1);
  const top = t.statements.slice(0, 8).map((st) => `${st.name} ${s(st.ms)} (${st.count}×)`).join(', ');
  return `phases (s): read+extract+load ${s(t.readExtractLoadMs)} (loading ${s(t.loadMs)}, loader idle ${s(t.loaderIdleMs)}; extraction ${s(t.extractMs)} in workers), ingest CPU ${s(t.cpuMs)}; statements: ${top}`;
}

function parseSummary(out: string): { articles: number; coAttendance?: CoAttendanceRefresh; timings?: IngestTimings } | null {
  try {
    return JSON.parse(out.slice(out.indexOf('{'))) as { articles: number; coAttendance?: CoAttendanceRefresh; timings?: IngestTimings };
  } catch {
    return null;
  }
}
