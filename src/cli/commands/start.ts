import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import type { ServeReady } from '../../api/server.ts';

const samplesDir = fileURLToPath(new URL('../../../samples/', import.meta.url));

const EXAMPLE_QUERY = '{ coAttendees(name: "王策飞") { person { name } events { name date } } }';

/** Where the graph's data lives, in words: the folder of an embedded or container store, else the server. */
function dataPlace(graph: ServeReady['graph'], dataDir: string): string {
  if (graph.via === 'embedded') return `${dataDir} (embedded Neo4j 5.26, ${graph.uri})`;
  if (graph.via === 'testcontainers') return `${join(dataDir, 'docker')} (Neo4j container, ${graph.uri})`;
  return `the Neo4j at ${graph.uri} (NEO4J_URI)`;
}

/** The short block `npm start` ends with: what runs where, and one question to ask it. */
export function startBlock(ready: ServeReady, dataDir: string): string {
  const base = `http://localhost:${ready.port}`;
  const samples = ready.ingested
    ? `${ready.ingested.articles} articles from ${ready.ingested.files} files (new: ${ready.ingested.nodesCreated} nodes, ` +
      `${ready.ingested.relationshipsCreated} relationships${ready.ingested.failures.length ? `; ${ready.ingested.failures.length} files failed` : ''})`
    : 'none loaded';
  const curl = `curl -s ${base}/graphql -H 'content-type: application/json' -d '${JSON.stringify({ query: EXAMPLE_QUERY })}'`;
  return [
    '',
    'kg is ready.',
    `  data        ${dataPlace(ready.graph, dataDir)}`,
    `  samples     ${samples}`,
    `  playground  ${base}/graphql`,
    `  explorer    ${base}/explorer?center=${encodeURIComponent('王策飞')}`,
    `  ask         ${EXAMPLE_QUERY}`,
    `              ${curl}`,
    'Ctrl-C stops it. Request logs: LOG_LEVEL=info npm start (JSON lines, as `kg serve` writes them).',
    '',
  ].join('\n');
}

export function register(program: Command): void {
  program
    .command('start')
    .description('Neo4j (embedded by default, data in KG_DATA_DIR) + schema + the sample articles + the API on PORT')
    .action(async () => {
      const { parsePort, serve } = await import('../../api/server.ts');
      const { defaultDataDir } = await import('../../graph/embedded.ts');
      // A person at a terminal reads the block below; the JSON log lines are for `kg serve` in production
      // (or whoever sets LOG_LEVEL), so only warnings and errors show by default.
      process.env.LOG_LEVEL ??= 'warn';
      if (await (await import('../../api/supervise.ts')).supervise()) return; // the parent restarts crashed APIs
      try {
        await serve({
          port: parsePort(process.env.PORT, 4000),
          ingest: [samplesDir],
          onReady: (ready) => process.stdout.write(`${startBlock(ready, defaultDataDir())}\n`),
        });
      } catch (error) {
        console.error(`kg start: ${(error as Error).message}`);
        process.exit(1);
      }
    });
}
