import type { Command } from 'commander';

export function register(program: Command): void {
  program
    .command('serve')
    .description('Serve the GraphQL API (GraphiQL playground at /graphql) over the selected Neo4j')
    .option('-p, --port <port>', 'HTTP port (default PORT or 4000)')
    .option('--host <host>', 'interface to listen on (default HOST or 127.0.0.1; 0.0.0.0 for every interface)')
    .action(async (opts: { port?: string; host?: string }) => {
      const { parsePort, serve } = await import('../../api/server.ts');
      try {
        await serve({ port: parsePort(opts.port ?? process.env.PORT, 4000), ...(opts.host ? { host: opts.host } : {}) });
      } catch (error) {
        console.error(`kg serve: ${(error as Error).message}`);
        process.exit(1);
      }
    });
}
