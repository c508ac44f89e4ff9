import type { Command } from 'commander';
import type { FileEvent, IngestReport } from '../../ingest/ingest.ts';

/** Transaction size of a bulk `kg ingest` without --batch (see its use below). */
const BULK_TX = { articlesPerTx: 2_000, rowsPerTx: 60_000 };

interface IngestCliOptions {
  date?: string;
  readOn?: string;
  maxBytes?: string;
  batch?: string;
  format: string;
  identity?: boolean;
}

export function register(program: Command): void {
  program
    .command('ingest')
    .description('decode, extract and load files, folders or - (stdin) into Neo4j; idempotent')
    .argument('<inputs...>', 'files, folders (read recursively) or - for stdin')
    .option('--date <YYYY-MM-DD>', 'publication date of the input, when the text does not say')
    .option('--read-on <YYYY-MM-DD>', 'the day the input is read: a month and day with no year anywhere in a file take its year (default: none, such dates stay null; a stored date is kept)')
    .option('--max-bytes <n>', 'refuse files larger than this')
    .option('--batch <articles>', 'whole articles per write transaction (default: a whole extracted chunk, at most 2000)')
    .option('--format <format>', 'summary as text or json', 'text')
    .option('--identity', 'tell namesakes apart by their posts and places (src/identity): the default, kept for scripts that say it')
    .option('--no-identity', 'one person per name, as before identity from context (src/identity tells namesakes apart by their posts and places; on by default)')
    .action(async (inputs: string[], opts: IngestCliOptions) => {
      const problem = optionProblem(opts);
      if (problem) {
        console.error(`kg ingest: ${problem}`);
        process.exitCode = 2;
        return;
      }
      const { withGraph } = await import('../../graph/session.ts');
      const { ingestPaths } = await import('../../ingest/paths.ts');
      const { graphStats } = await import('../../graph/stats.ts');
      await withGraph('ingest', async ({ driver }) => {
        const progress = await progressReporter();
        let report: IngestReport;
        try {
          report = await ingestPaths(driver, inputs, {
            ...(opts.date ? { date: opts.date } : {}),
            ...(opts.readOn ? { readOn: opts.readOn } : {}),
            ...(opts.maxBytes ? { maxBytes: Number(opts.maxBytes) } : {}),
            // A bulk run writes one transaction per extracted chunk (≈1 700 articles of 1M characters) rather than
            // the loader's 500: every transaction rewrites the provenance lists of the hubs it touches and marks
            // their co-attendance, a cost per transaction that grows with the graph (src/bench/findings.md, item 39).
            ...(opts.batch ? { articlesPerTx: Number(opts.batch) } : BULK_TX),
            identity: opts.identity !== false,
            keepLoaded: false,
            timings: true,
            onStart: progress.start,
            onFile: progress.file,
          });
        } finally {
          progress.stop();
        }
        // With Neo4j gone there are no totals to read: the summary says what was loaded and what was not.
        const totals = report.aborted ? null : await graphStats(driver);
        const nodes = totals ? Object.values(totals.nodes).reduce((a, b) => a + b, 0) : null;
        const relationships = totals ? Object.values(totals.relationships).reduce((a, b) => a + b, 0) : null;
        const { loaded: _loaded, ...summary } = report;
        if (opts.format === 'json') {
          const graph = totals ? { totalNodes: nodes, totalRelationships: relationships, ...totals } : null;
          console.log(JSON.stringify({ ...summary, graph }, null, 2));
        } else {
          printSummary(report, nodes, relationships);
        }
        if (report.failures.length > 0) process.exitCode = 1;
      });
    });

  program
    .command('delete-article')
    .description('remove an article and every fact only it supported (shared entities stay)')
    .argument('<id>', 'article id, e.g. a:3f2c…')
    .action(async (id: string) => {
      const { withGraph } = await import('../../graph/session.ts');
      const { retractArticles } = await import('../../graph/load.ts');
      await withGraph('delete-article', async ({ driver }) => {
        const result = await retractArticles(driver, [id]);
        const { refreshCoAttendance } = await import('../../graph/co-attendance.ts');
        await refreshCoAttendance(driver);
        if (result.retracted.length === 0) {
          console.error(`kg delete-article: no article with id ${id}`);
          process.exitCode = 1;
          return;
        }
        console.log(
          `deleted ${id}: ${result.nodesDeleted} nodes and ${result.relationshipsDeleted} relationships went with it`,
        );
      });
    });
}

function optionProblem(opts: IngestCliOptions): string | null {
  if (opts.format !== 'text' && opts.format !== 'json') return `--format must be text or json, got "${opts.format}"`;
  for (const [flag, value] of [['--date', opts.date], ['--read-on', opts.readOn]] as const) {
    if (value === undefined) continue;
    const valid = /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`)) && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value);
    if (!valid) return `${flag} must be a calendar date as YYYY-MM-DD, got "${value}"`;
  }
  for (const [flag, value] of [['--max-bytes', opts.maxBytes], ['--batch', opts.batch]] as const) {
    if (value !== undefined && !(Number.isInteger(Number(value)) && Number(value) > 0)) {
      return `${flag} must be a positive whole number, got "${value}"`;
    }
  }
  return null;
}

/** A progress bar on a terminal; plain lines (one per file) otherwise. */
async function progressReporter(): Promise<{ start: (files: number) => void; file: (e: FileEvent) => void; stop: () => void }> {
  if (!process.stderr.isTTY) {
    return {
      start: (files) => console.error(`ingesting ${files} file(s)`),
      file: (e) => console.error(e.ok ? `ok      ${e.file} (${e.articles} articles)` : `FAILED  ${e.file}: ${e.reason}`),
      stop: () => {},
    };
  }
  const { default: cliProgress } = await import('cli-progress');
  const bar = new cliProgress.SingleBar(
    { format: 'ingest [{bar}] {value}/{total} files | {articles} articles | {last}', stream: process.stderr, hideCursor: true },
    cliProgress.Presets.shades_classic,
  );
  let articles = 0;
  return {
    start: (files) => bar.start(files, 0, { articles, last: '' }),
    file: (e) => {
      // Failures are listed with their reasons in the summary, once the bar is gone.
      if (e.ok) articles += e.articles;
      bar.increment({ articles, last: e.file });
    },
    stop: () => bar.stop(),
  };
}

function printSummary(report: IngestReport, nodes: number | null, relationships: number | null): void {
  const ok = report.files - report.failures.length;
  const inGraph = (n: number | null) => (n === null ? 'total unknown' : `${n} in the graph`);
  if (report.aborted) console.error(`kg ingest: stopped early: ${report.aborted}`);
  console.log(`files: ${ok} loaded, ${report.failures.length} failed${report.aborted ? ' or not loaded' : ''}`);
  console.log(`articles: ${report.articles} loaded, ${report.retracted.length} retracted (their source no longer produces them)`);
  console.log(`nodes: +${report.nodesCreated} −${report.nodesDeleted}, ${inGraph(nodes)}`);
  console.log(`relationships: +${report.relationshipsCreated} −${report.relationshipsDeleted}, ${inGraph(relationships)}`);
  if (report.skipped.length > 0) {
    console.log(`skipped extraction records: ${report.skipped.length}`);
    for (const s of report.skipped.slice(0, 10)) console.log(`  ${s}`);
  }
  if (report.failures.length > 0) {
    console.error('failures by file:');
    for (const f of report.failures) console.error(`  ${f.file}: ${f.reason}`);
  }
}
