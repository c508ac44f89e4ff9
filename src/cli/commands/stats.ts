import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Command } from 'commander';

/**
 * Why there is nothing to count, or null: with no NEO4J_URI, no embedded Neo4j running on the data folder
 * and no store in it (embedded or Docker's), opening the graph would only create an empty one.
 */
async function noDatabase(): Promise<string | null> {
  if (process.env.NEO4J_URI) return null;
  const { defaultDataDir, embeddedStatus } = await import('../../graph/embedded.ts');
  const dataDir = defaultDataDir();
  if (await embeddedStatus(dataDir)) return null;
  const stores = [join(dataDir, 'data', 'databases', 'neo4j'), join(dataDir, 'docker', 'databases', 'neo4j')];
  if (stores.some((store) => existsSync(store))) return null;
  return `no database in ${dataDir} (nothing was ever loaded there). Load articles with \`kg ingest FILES\` or \`npm start\`, or point KG_DATA_DIR or NEO4J_URI at the graph to count.`;
}

/** `kg stats | head` closes the pipe early: the rest of the output is not wanted, which is no error. */
function quietOnClosedPipe(): void {
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code !== 'EPIPE' && error.code !== 'ERR_STREAM_DESTROYED') throw error;
  });
}

export function register(program: Command): void {
  program
    .command('stats')
    .description('node counts per label and relationship counts per type')
    .option('--format <format>', 'json or table', 'table')
    .action(async (opts: { format: string }) => {
      if (opts.format !== 'json' && opts.format !== 'table') {
        console.error(`kg stats: --format must be json or table, got "${opts.format}"`);
        process.exitCode = 2;
        return;
      }
      const missing = await noDatabase();
      if (missing) {
        console.error(`kg stats: ${missing}`);
        process.exitCode = 1;
        return;
      }
      quietOnClosedPipe();
      const { withGraph } = await import('../../graph/session.ts');
      const { graphStats } = await import('../../graph/stats.ts');
      await withGraph('stats', async ({ driver }) => {
        const stats = await graphStats(driver);
        if (opts.format === 'json') {
          console.log(JSON.stringify(stats, null, 2));
          return;
        }
        const rows: [string, string, number][] = [
          ...Object.entries(stats.nodes).map(([k, v]) => ['node', k, v] as [string, string, number]),
          ...Object.entries(stats.relationships).map(([k, v]) => ['relationship', k, v] as [string, string, number]),
        ];
        const width = Math.max(...rows.map(([, k]) => k.length));
        for (const [kind, key, value] of rows) console.log(`${kind.padEnd(12)}  ${key.padEnd(width)}  ${String(value).padStart(8)}`);
      });
    });
}
