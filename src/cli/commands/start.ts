import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';

const samplesDir = fileURLToPath(new URL('../../../samples/', import.meta.url));

export function register(program: Command): void {
  program
    .command('start')
    .description('Neo4j (embedded by default, data in KG_DATA_DIR) + schema + the sample articles + the API on PORT')
    .action(async () => {
      const { parsePort, serve } = await import('../../api/server.ts');
      if (await (await import('../../api/supervise.ts')).supervise()) return; // the parent restarts crashed APIs
      try {
        await serve({ port: parsePort(process.env.PORT, 4000), ingest: [samplesDir] });
      } catch (error) {
        console.error(`kg start: ${(error as Error).message}`);
        process.exit(1);
      }
    });
}
