import type { Command } from 'commander';

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
