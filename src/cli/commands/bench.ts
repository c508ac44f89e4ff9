import type { Command } from 'commander';

const list = (text: string) => text.split(',').map((s) => s.trim()).filter(Boolean);

function positive(name: string, text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${text}"`);
  return n;
}

export function register(program: Command): void {
  program
    .command('bench')
    .description('benchmark extraction, loading, queries and end-to-end ingest on synthetic corpora; writes BENCHMARKS.md')
    .option('--sizes <list>', 'corpus sizes in articles, comma-separated', '1000,10000,100000')
    .option('--runs <n>', 'rounds per timing (medians reported)', '5')
    .option('--large-runs <n>', 'rounds of whole-corpus timings (full load, end to end) at sizes ≥ --large-from', '1')
    .option('--large-from <n>', 'size from which --large-runs applies', '100000')
    .option('--seed <s>', 'corpus seed', '1')
    .option('--dir <dir>', 'working folder (corpora, stores, results)', '.bench')
    .option('--out <file>', 'report file', 'BENCHMARKS.md')
    .option('--graph <source>', 'load the extractor\'s output ("extracted") or the gold facts ("gold")', 'extracted')
    .option('--naive-articles <n>', 'articles in the loader comparison sample', '200')
    .option('--query-seconds <n>', 'seconds of load per query measurement', '3')
    .option('--connections <n>', 'concurrent connections of the load generator', '8')
    .option('--parts <list>', 'extraction,loader,queries,e2e', 'extraction,loader,queries,e2e')
    .option('--report-only', 'only rewrite the report from the results already in --dir')
    .action(async (o: Record<string, string | boolean | undefined>) => {
      const { PARTS, runBench } = await import('../../bench/run.ts');
      const { loadResults, renderReport } = await import('../../bench/report.ts');
      const { existsSync, readFileSync, writeFileSync } = await import('node:fs');
      let parts: (typeof PARTS)[number][];
      let opts: Parameters<typeof runBench>[0];
      try {
        parts = list(String(o.parts)) as typeof parts;
        const unknown = parts.filter((p) => !PARTS.includes(p));
        if (unknown.length) throw new Error(`--parts: unknown ${unknown.join(', ')} (choose from ${PARTS.join(', ')})`);
        if (o.graph !== 'extracted' && o.graph !== 'gold') throw new Error(`--graph must be "extracted" or "gold", got "${String(o.graph)}"`);
        opts = {
          sizes: list(String(o.sizes)).map((s) => positive('--sizes', s)),
          runs: positive('--runs', String(o.runs)),
          largeRuns: positive('--large-runs', String(o.largeRuns)),
          largeFrom: positive('--large-from', String(o.largeFrom)),
          seed: String(o.seed),
          dir: String(o.dir),
          out: String(o.out),
          graph: o.graph,
          naiveArticles: positive('--naive-articles', String(o.naiveArticles)),
          querySeconds: positive('--query-seconds', String(o.querySeconds)),
          connections: positive('--connections', String(o.connections)),
          parts,
          command: `npm run bench -- ${process.argv.slice(3).join(' ')}`.trim(),
          log: (line) => console.error(line),
        };
      } catch (err) {
        console.error(`kg bench: ${(err as Error).message}`);
        process.exitCode = 2;
        return;
      }
      if (!o.reportOnly) await runBench(opts);
      const findingsFile = new URL('../../bench/findings.md', import.meta.url);
      const findings = existsSync(findingsFile) ? readFileSync(findingsFile, 'utf8') : '';
      writeFileSync(opts.out, renderReport(loadResults(opts.dir), opts.command, findings));
      console.error(`kg bench: wrote ${opts.out}`);
    });
}
