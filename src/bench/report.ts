// BENCHMARKS.md from the results files: goals met or not, growth from size to size, details, method.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join } from 'node:path';
import { PARTS, type SizeResult } from './figures.ts';
import type { Contender } from './queries.ts';
import { fmt, median } from './stats.ts';

export function loadResults(dir: string): SizeResult[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => /^results-\d+\.json$/.test(f))
    .map((f) => JSON.parse(readFileSync(join(dir, f), 'utf8')) as SizeResult)
    .sort((a, b) => a.size - b.size);
}

function javaVersion(): string {
  const r = spawnSync('java', ['-version'], { encoding: 'utf8' });
  return (r.stderr || r.stdout || '').split('\n')[0]?.trim() || 'unknown';
}

const sizeLabel = (n: number) => (n >= 1000 && n % 1000 === 0 ? `${n / 1000}k` : String(n));
const mark = (met: boolean | null) => (met === null ? 'not measured' : met ? '**met**' : '**not met**');
const seconds = (ms: number) => `${fmt(ms / 1000, 1)} s`;

/** Median of one contender's runs for a question: requests/s, p50 and p99 (ms). */
/** Median over the rounds of a's throughput ÷ b's in the same round: contenders of one round ran minutes
 * apart at most, so their ratio shakes less than a ratio of medians on a busy machine. */
function roundRatio(r: SizeResult, question: string, a: Contender, b: Contender): number {
  const [ra, rb] = [r.queries?.runs[question]?.[a] ?? [], r.queries?.runs[question]?.[b] ?? []];
  const ratios = ra.slice(0, rb.length).map((x, i) => x.rps / (rb[i] as { rps: number }).rps);
  return median(ratios);
}

/** Median of per-round ratios of CPU per request (server + Neo4j), a's over b's; null where not measured. Beside a
 * throughput ratio (b's req/s over a's): the cores are saturated, so it should say the same with less noise. */
function cpuRatio(r: SizeResult, question: string, a: Contender, b: Contender): number | null {
  const total = (x: { cpuUs?: { server: number; neo4j: number } }) => (x.cpuUs ? x.cpuUs.server + x.cpuUs.neo4j : NaN);
  const [ra, rb] = [r.queries?.runs[question]?.[a] ?? [], r.queries?.runs[question]?.[b] ?? []];
  const ratios = ra.slice(0, rb.length).map((x, i) => total(x) / total(rb[i]!)).filter(Number.isFinite);
  return ratios.length ? median(ratios) : null;
}
const byCpu = (ratio: number | null) => (ratio === null ? '' : ` (by CPU per request: ${fmt(ratio, 2)}×)`);

function load(r: SizeResult, question: string, c: Contender) {
  const runs = r.queries?.runs[question]?.[c];
  if (!runs?.length) return null;
  return {
    // Requests slower than the load window never complete inside it: the median round then answered nothing.
    answered: median(runs.map((x) => x.requests)) > 0,
    rps: median(runs.map((x) => x.rps)),
    p50: median(runs.map((x) => x.p50)),
    p99: median(runs.map((x) => x.p99)),
    failed: runs.reduce((n, x) => n + x.errors + x.non2xx, 0),
    n: runs.length,
    cpu: runs.every((x) => x.cpuUs) ? `${fmt(median(runs.map((x) => x.cpuUs!.server)))} + ${fmt(median(runs.map((x) => x.cpuUs!.neo4j)))}` : '—',
  };
}

const HEAD_TO_HEAD = ['coAttendees', 'path', 'search', 'neighbors depth 2'];

export function renderReport(results: SizeResult[], command: string, findings: string): string {
  const lines: string[] = [];
  const push = (...l: string[]) => lines.push(...l);
  const at = (size: number) => results.find((r) => r.size === size);
  const hundredK = at(100_000);

  push(
    '# Benchmarks',
    '',
    'Produced on this machine by `npm run bench`; the figures are what the last run of each part and size wrote to',
    '`.bench/results-<size>.json`. Sizes are synthetic corpora from `kg synth` (seed 1: the same articles every time).',
    '',
    '| size | part | measured by |',
    '|---|---|---|',
    ...results.flatMap((r) =>
      PARTS.filter((part) => r[part] !== undefined).map(
        (part) => `| ${sizeLabel(r.size)} | ${part} | \`${r.commands?.[part] ?? r.command ?? command}\` |`,
      ),
    ),
    '',
    '## Machine',
    '',
    `- ${cpus().length} cores (${cpus()[0]?.model.trim() ?? 'unknown CPU'}), ${fmt(totalmem() / 2 ** 30, 1)} GiB RAM, shared with`,
    `  other developers' work (load average when this report was written: ${loadavg().map((x) => x.toFixed(1)).join(', ')}; see "Reading these numbers").`,
    `- Node ${process.version}, ${javaVersion()}, Neo4j ${results.find((r) => r.neo4j)?.neo4j ?? '5.26 community'} embedded (the project's launcher, 1 GiB heap; page cache and store size per size below).`,
    '',
  );

  // ---- goals ----
  push('## Goals', '', '| goal | target | measured | |', '|---|---|---|---|');
  for (const r of results) {
    if (r.extraction) {
      const wall = r.extraction.wallRatio === undefined ? '' : ` CPU (wall ${fmt(r.extraction.wallRatio, 2)}×)`;
      push(`| extraction vs bare nodejieba tagging, ${sizeLabel(r.size)} (median of per-round ratios) | ≤ 4× | ${fmt(r.extraction.ratio, 2)}×${wall} | ${mark(r.extraction.ratio <= 4)} |`);
    }
  }
  for (const r of results) {
    if (r.loader?.oursMs.length) {
      push(`| batched loader vs naive loader, ${sizeLabel(r.size)} (sample of ${r.loader.sampleArticles} articles) | ≥ 10× faster | ${fmt(r.loader.speedup, 1)}× | ${mark(r.loader.speedup >= 10)} |`);
    }
  }
  const e2e100k = hundredK?.e2e ? median(hundredK.e2e.ms) : null;
  const withIdentity = hundredK?.e2e?.identity ? ', identity on' : '';
  push(`| 100k articles end to end (\`kg ingest\`${withIdentity}) | ≤ 10 min | ${e2e100k === null ? '—' : `${fmt(e2e100k / 60_000, 1)} min`} | ${mark(e2e100k === null ? null : e2e100k <= 600_000 && hundredK?.e2e?.exitCode === 0)} |`);
  for (const sized of results) {
    const queries = sized.queries;
    if (!queries) continue;
    for (const q of HEAD_TO_HEAD) {
      const ours = load(sized, q, 'ours');
      const cached = load(sized, q, 'cached');
      const driver = load(sized, q, 'driver');
      const peer = load(sized, q, 'peer');
      // The issue's latency bound for the hub's co-attendees with the cache off: 50 ms at 1k, 100 ms at 100k. Ours
      // alone: it is reported also where the peer answered nothing (at 100k it mostly does not).
      const p99Bound = q === 'coAttendees' ? (sized.size <= 1000 ? 50 : sized.size >= 100_000 ? 100 : null) : null;
      if (ours?.answered && p99Bound !== null) {
        push(`| hub's coAttendees p99, ${sizeLabel(sized.size)} (response cache off, ${queries.connections} connections) | ≤ ${p99Bound} ms | ${fmt(ours.p99)} ms | ${mark(ours.p99 <= p99Bound)} |`);
      }
      if ([ours, driver, peer].some((l) => l && !l.answered)) {
        push(`| ${q}, ${sizeLabel(sized.size)}: overhead and vs @neo4j/graphql | ≤ 1.3× / ≥ 2× | in most rounds a contender answered nothing within the ${queries.seconds} s window (single-request times in the findings) | not measurable |`);
        continue;
      }
      if (ours && driver) {
        const overhead = roundRatio(sized, q, 'driver', 'ours');
        push(`| GraphQL overhead over the bare driver, ${q}, ${sizeLabel(sized.size)} (throughput ratio, median of rounds) | ≤ 1.3× | ${fmt(overhead, 2)}×${byCpu(cpuRatio(sized, q, 'ours', 'driver'))} | ${mark(overhead <= 1.3)} |`);
        // The same ratio for graphql-yoga alone (no goal: what any yoga server pays, beside ours in the same rounds).
        if (load(sized, q, 'floor')?.answered) {
          const floor = roundRatio(sized, q, 'driver', 'floor');
          push(`| (reference) the framework's floor over the bare driver, ${q}, ${sizeLabel(sized.size)}: the same statements through graphql-yoga and graphql-jit alone | — | ${fmt(floor, 2)}×${byCpu(cpuRatio(sized, q, 'floor', 'driver'))} | — |`);
        }
      }
      if (cached && peer && cached.answered) {
        const gain = roundRatio(sized, q, 'cached', 'peer');
        push(`| throughput vs @neo4j/graphql, ${q}, ${sizeLabel(sized.size)} (our API as shipped: response cache on) | ≥ 2× | ${fmt(gain, 2)}× | ${mark(gain >= 2)} |`);
      }
      if (ours && peer) {
        const gain = roundRatio(sized, q, 'ours', 'peer');
        push(`| throughput vs @neo4j/graphql, ${q}, ${sizeLabel(sized.size)} (response cache off, median of rounds) | ≥ 2× | ${fmt(gain, 2)}×${byCpu(cpuRatio(sized, q, 'peer', 'ours'))} | ${mark(gain >= 2)} |`);
      }
    }
    const apiRss = Math.max(queries.rssMiB.ours ?? 0, queries.rssMiB.cached ?? 0) || undefined;
    if (apiRss !== undefined) push(`| API RSS under load, ${sizeLabel(sized.size)} | ≤ 500 MB | ${fmt(apiRss)} MiB | ${mark(apiRss <= 500)} |`);
  }
  const ingestRss = hundredK?.e2e ? Math.max(...hundredK.e2e.peakRssMiB) : null;
  push(`| ingest RSS at 100k (\`kg ingest\` process) | ≤ 500 MB | ${ingestRss === null ? '—' : `${fmt(ingestRss)} MiB`} | ${mark(ingestRss === null ? null : ingestRss <= 500)} |`, '');

  // ---- growth ----
  push('## Growth from size to size', '', `| figure | ${results.map((r) => sizeLabel(r.size)).join(' | ')} |`, `|---|${results.map(() => '---:').join('|')}|`);
  const row = (name: string, f: (r: SizeResult) => string) => push(`| ${name} | ${results.map(f).join(' | ')} |`);
  row('corpus files / chars', (r) => `${fmt(r.corpus.files)} / ${fmt(r.corpus.chars)}`);
  row('synth time', (r) => seconds(r.corpus.synthMs));
  row('extraction chars/s', (r) => fmt(r.extraction?.extractCharsPerSec));
  row('nodejieba.tag chars/s', (r) => fmt(r.extraction?.jiebaCharsPerSec));
  row('extraction ÷ tagging time (CPU / wall)', (r) => (r.extraction ? `${fmt(r.extraction.ratio, 2)}× / ${fmt(r.extraction.wallRatio, 2)}×` : '—'));
  row('extraction accuracy vs corpus gold (overall F1)', (r) => fmt(r.accuracy?.overallF1, 3));
  row('load average (1 min) before → after', (r) => (r.loadAverage ? `${r.loadAverage.before[0]!.toFixed(1)} → ${r.loadAverage.after[0]!.toFixed(1)}` : '—'));
  row('graph relationships', (r) => fmt(r.loader?.fullMs.length ? r.loader.fullRelationships : r.e2e?.relationships));
  row('load: articles/s', (r) => fmt(r.loader?.articlesPerSec));
  row('load: relationships/s', (r) => fmt(r.loader?.relationshipsPerSec));
  row('load: whole corpus', (r) => (r.loader?.fullMs.length ? seconds(median(r.loader.fullMs)) : '— (end to end only)'));
  row('naive ÷ batched loader time (sample)', (r) => (r.loader?.oursMs.length ? `${fmt(r.loader.speedup, 1)}×` : '—'));
  row('end to end `kg ingest`', (r) => (r.e2e ? seconds(median(r.e2e.ms)) : '—'));
  row('end to end articles/s', (r) => (r.e2e ? fmt((r.size / median(r.e2e.ms)) * 1000) : '—'));
  row('end to end relationships/s', (r) => (r.e2e ? fmt((r.e2e.relationships / median(r.e2e.ms)) * 1000) : '—'));
  row('`kg ingest` peak RSS', (r) => (r.e2e ? `${fmt(Math.max(...r.e2e.peakRssMiB))} MiB` : '—'));
  row('end to end: co-attendance refresh (part of it)', (r) => (r.e2e?.coAttendance?.length ? r.e2e.coAttendance.map((c) => `${seconds(c.ms)}${c.stamped ? '' : ' (unstamped)'}`).join(', ') : '—'));
  row('Neo4j page cache / store when queried', (r) => (r.neo4jMemory ? `${r.neo4jMemory.pageCache} / ${fmt(r.neo4jMemory.storeMiB, 1)} MiB` : '—'));
  row('co-attendance projection: nodes / build time', (r) =>
    r.coAttendanceBuild ? `${fmt(r.coAttendanceBuild.projected)} / ${seconds(r.coAttendanceBuild.ms)}${r.coAttendanceBuild.stamped ? '' : ' (unused)'}` : '—');
  row('hub person: events', (r) => fmt(r.queries?.inputs.hubEvents));
  for (const q of HEAD_TO_HEAD) {
    for (const c of ['ours', 'cached', 'driver', 'floor', 'peer'] as Contender[]) {
      row(`${q}, ${CONTENDER[c]}: req/s · p50 · p99 (ms) · CPU µs per request, server + Neo4j`, (r) => {
        const l = load(r, q, c);
        if (l && !l.answered) return `mostly no answer within ${r.queries!.seconds} s`;
        return l ? `${fmt(l.rps, 1)} · ${fmt(l.p50)} · ${fmt(l.p99)} · ${l.cpu}${l.failed ? ` (${l.failed} failed)` : ''}` : '—';
      });
    }
  }
  row('coAttendees via generated traversal (@neo4j/graphql): req/s · p50 · p99', (r) => {
    const l = load(r, 'coAttendees (generated traversal)', 'peer');
    if (l && !l.answered) return `mostly no answer within ${r.queries!.seconds} s`;
    return l ? `${fmt(l.rps, 1)} · ${fmt(l.p50)} · ${fmt(l.p99)}` : '—';
  });
  row('API RSS under load (ours / ours cached / driver / yoga floor / @neo4j/graphql)', (r) =>
    r.queries ? (['ours', 'cached', 'driver', 'floor', 'peer'] as Contender[]).map((c) => `${fmt(r.queries!.rssMiB[c])}`).join(' / ') + ' MiB' : '—');
  push('');

  // ---- runs ----
  push('## Runs behind the medians', '');
  for (const r of results) {
    push(`### ${sizeLabel(r.size)} articles (measured ${r.measuredAt}, graph from ${r.graph === 'gold' ? 'the gold facts' : 'the extractor'})`, '');
    if (r.extraction) push(`- extraction rounds (ms): ${r.extraction.extractMs.map((x) => fmt(x)).join(', ')}; tagging rounds (ms): ${r.extraction.jiebaMs.map((x) => fmt(x)).join(', ')}`);
    if (r.extraction?.extractCpuMs) push(`- extraction rounds (CPU ms): ${r.extraction.extractCpuMs.map((x) => fmt(x)).join(', ')}; tagging rounds (CPU ms): ${(r.extraction.jiebaCpuMs ?? []).map((x) => fmt(x)).join(', ')}; per-round ratios CPU ${(r.extraction.cpuRatios ?? []).map((x) => fmt(x, 2)).join(', ')}, wall ${(r.extraction.wallRatios ?? []).map((x) => fmt(x, 2)).join(', ')}`);
    if (r.loader?.oursMs.length) push(`- loader sample (${r.loader.sampleArticles} articles, ${r.loader.sampleRows} rows) ours (ms): ${r.loader.oursMs.map((x) => fmt(x)).join(', ')}; naive (ms): ${r.loader.naiveMs.map((x) => fmt(x)).join(', ')}`);
    if (r.loader) push(`- whole-corpus load rounds (ms): ${r.loader.fullMs.map((x) => fmt(x)).join(', ')}`);
    if (r.e2e) {
      const load = r.e2e.loadAverages?.length ? `; load average at the start of each round ${r.e2e.loadAverages.map((l) => l.map((x) => x.toFixed(1)).join('/')).join(', ')}` : '';
      push(`- end to end rounds (ms${r.e2e.identity ? ', `kg ingest --identity`' : ''}): ${r.e2e.ms.map((x) => fmt(x)).join(', ')}; exit code ${r.e2e.exitCode}; ${fmt(r.e2e.relationships)} relationships after${load}`);
    }
    if (r.queries) push(`- queries: ${r.queries.connections} connections, ${r.queries.seconds} s per measurement, ${Object.values(r.queries.runs)[0]?.ours?.length ?? 0} rounds${r.queries.warmup ? ` after a warm-up of ${r.queries.warmup.statements} statements (${r.queries.warmup.passes} passes, ${r.queries.warmup.seconds.toFixed(0)} s)` : ''}; hub ${r.queries.inputs.hubName} (${r.queries.inputs.hubEvents} events${r.queries.inputs.hubAnchors ? `, the busiest person: ${r.queries.inputs.hubAnchors} anchor nodes of one identity cluster, asked by its id ${r.queries.inputs.hubId}` : ''}), path to ${r.queries.inputs.farName}`);
    for (const n of r.notes) push(`- note: ${n}`);
    push('');
  }

  push(METHOD, '', findings.trim(), '');
  return lines.join('\n');
}

const CONTENDER: Record<Contender, string> = {
  ours: 'our GraphQL, cache off',
  cached: 'our GraphQL, cache on',
  driver: 'bare driver',
  floor: 'yoga floor',
  peer: '@neo4j/graphql',
};

const METHOD = `## Method

- **Corpus**: \`kg synth --articles N --seed 1\`: district-paper files of 3–6 articles (bylines, posts, attendee
  lists, signings, pairings, OCR-style line breaks), people drawn Zipf-style so a district's leaders are at hundreds
  or thousands of events. Its gold scores 1.000 in \`score.mjs\` when used as a prediction (unit-tested).
- **Extraction**: \`extractDocuments\` over the whole corpus in chunks of about 4 M characters (the chunk
  \`kg ingest\` uses), against \`nodejieba.tag\` over the same file texts: both in the same thread (one core
  each, whatever the machine has), both with the same dictionary (the extractor's load, the default plus its
  posts, bodies and places, serves both) and both warmed up on a whole chunk first, untimed, so neither a
  dictionary load nor V8's first optimization of the extractor is timed. Rounds are
  interleaved, in turn tagging first and extraction first, at least 7 on corpora up to 5 M characters; each
  round's ratio is taken of its own pair, and the goal is the median of the per-round ratios of CPU time
  (\`process.cpuUsage\`, user + system; nothing else runs in the process meanwhile), with the wall-time
  ratio beside it: wall time counts the time a neighbour holds the core, CPU time does not. Reading files is
  not timed.
- **Loading**: into the size's own embedded Neo4j (a fresh store under \`.bench/\`, stopped afterwards). The
  sample comparison loads the first articles of the first chunk with \`loadExtraction\` (batched \`UNWIND … MERGE\`,
  several articles per transaction) and with the naive loader (\`cypher/bench-naive-*.cypher\`: one auto-commit
  statement per article, entity and relationship, same provenance rules), emptying the database before each.
  The whole-corpus load times \`loadExtraction\` per chunk (the JSON is read untimed); relationships are counted
  from the count store afterwards. At 100k it is not run: it would cost as long as \`kg ingest\` itself, so the
  load rates there are the end-to-end ones, and the queries run on the graph the last end-to-end round left.
- **End to end**: \`kg ingest <corpus folder>\` as a child process against the same Neo4j (\`NEO4J_URI\`), from
  an empty database: decoding, extraction and loading; its RSS sampled every 200 ms from /proc (peak shown).
- **Queries**: each contender is its own process — \`kg serve\` (our API, with its limits, logging and metrics)
  twice: with its response cache off (\`KG_RESPONSE_CACHE=off\`: every request runs its statements, the same
  work as the driver baseline) and as shipped, cache on (a repeated question is answered from memory until the
  graph's version changes; load here repeats one question, the cache's best case: unique questions get the
  cache-off figures), a plain HTTP server sending the same named statements our resolvers send through the driver
  (\`src/bench/servers/driver.ts\`), the same statements and records through graphql-yoga with graphql-jit and nothing
  of ours, every yoga default that can be turned off off (\`src/bench/servers/yoga-floor.ts\`: the framework's floor,
  a reference for the overhead), and @neo4j/graphql 7 over type definitions for our graph model
  (\`src/bench/servers/neo4j-graphql.ts\`; aggregation and shortest path are \`@cypher\` fields from
  \`cypher/bench-ngql-*.cypher\`, and the co-attendee question is also asked through its generated traversal
  fields). Every server runs with \`NODE_ENV=production\` (as \`kg serve\` does by default). Every answer is
  checked once before load, then untimed passes of the measured load over every question and contender until
  Neo4j has answered 15 000 statements (warm-up: a fresh JVM compiles for its first tens of thousands). Load
  comes from autocannon in a separate process (fixed connections, fixed seconds, POST); throughput and latency
  percentiles are medians over the rounds, the contenders interleaved within each round and each round
  starting with the next contender.
  RSS of each server process sampled every 100 ms under load; the CPU time of the server process and of Neo4j read
  from /proc around each measurement (10 ms ticks), per answered request.
- **Overhead** is the bare driver's throughput over ours (cache off) on the same question (the reference row
  below it: the bare driver's over the yoga floor's); **vs @neo4j/graphql**
  is our throughput over its throughput, shown for our API as shipped and with the cache off. Beside each, the same
  comparison by CPU per request (server + Neo4j, median of per-round ratios): the two cores are saturated under
  load, so that cost decides throughput, and it swings less than req/s when the machine's speed changes between
  rounds (the load generator's own CPU is left out).`;
