// `kg serve` and `kg start`: open the Neo4j everything else uses, optionally ingest the sample
// articles, and serve the API over HTTP until SIGINT/SIGTERM.
import { createServer, type Server } from 'node:http';
import { pino } from 'pino';
import { ingestPaths } from '../ingest/paths.ts';
import { openGraph } from '../graph/target.ts';
import { createApp } from './app.ts';
import { responseCacheOptions } from './cache.ts';
import { keepWarm } from './store-warmup.ts';
import { reportServing } from './supervise.ts';

export interface ServeOptions {
  port: number;
  /** Interface to listen on: default HOST or 127.0.0.1 (this machine only; a container sets HOST=0.0.0.0). */
  host?: string;
  /** Folders or files to ingest before serving (idempotent: unchanged files change nothing). */
  ingest?: string[];
  /** Called once the API listens (`kg start` prints its short block from this). */
  onReady?: (ready: ServeReady) => void;
}

export interface ServeReady {
  port: number;
  graph: { uri: string; via: string };
  ingested: { files: number; articles: number; nodesCreated: number; relationshipsCreated: number; failures: unknown[] } | null;
}

export function parsePort(text: string | undefined, fallback: number): number {
  if (text === undefined || text === '') return fallback;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65_535) throw new Error(`PORT: "${text}" is not a port number (0-65535)`);
  return port;
}

/** HOST, else 127.0.0.1: the API answers only this machine unless told otherwise. */
export function listenHost(env: NodeJS.ProcessEnv = process.env): string {
  return env.HOST?.trim() || '127.0.0.1';
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((resolve, reject) => {
    server.once('error', (error: NodeJS.ErrnoException) => {
      if (error.code === 'EADDRINUSE') reject(new Error(`port ${port} is already in use (set PORT to another one)`));
      else if (error.code === 'EADDRNOTAVAIL' || error.code === 'ENOTFOUND') reject(new Error(`HOST: cannot listen on "${host}" (${error.code})`));
      else reject(error);
    });
    server.listen(port, host, () => {
      const address = server.address();
      resolve(typeof address === 'object' && address ? address.port : port);
    });
  });
}

/**
 * Where `kg serve` writes its log lines: asynchronous writes to stdout (lines logged while one is in flight go
 * out together), not a blocking write per line, which was a request's largest CPU cost after the driver's.
 * Buffering lines to 4 KiB (sonic-boom's minLength, flushed every 100 ms) cut the thread-pool round trips, but
 * measured against main with stdout a pipe it doubled the CPU per request of path and search: not kept (item 34).
 */
export function logDestination(dest: number | string = 1): ReturnType<typeof pino.destination> {
  return pino.destination({ dest, sync: false });
}

export async function serve(options: ServeOptions): Promise<void> {
  const destination = logDestination();
  const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' }, destination);
  const graph = await openGraph({ log: (line) => logger.info({ component: 'neo4j' }, line) });
  logger.info({ uri: graph.uri, via: graph.via }, 'Neo4j ready, schema applied');
  const app = createApp({ driver: graph.driver, logger, responseCache: responseCacheOptions() });
  const server = createServer(app.yoga);
  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    server.close();
    server.closeAllConnections();
    app.close();
    await graph.close();
    destination.flushSync();
    process.exit(0);
  };
  process.once('SIGINT', () => void stop('SIGINT'));
  process.once('SIGTERM', () => void stop('SIGTERM'));
  try {
    let ingested: ServeReady['ingested'] = null;
    if (options.ingest?.length) {
      const report = await ingestPaths(graph.driver, options.ingest);
      const { files, articles, nodesCreated, relationshipsCreated, failures } = report;
      ingested = { files, articles, nodesCreated, relationshipsCreated, failures };
      logger.info(ingested, 'sample articles ingested');
    }
    // Plans every statement in the background, on the graph as served (after the ingest, so with its statistics);
    // /readyz says "warming statements: n of m" until it is done.
    keepWarm(app.store, logger);
    const host = options.host ?? listenHost();
    const port = await listen(server, options.port, host);
    reportServing();
    logger.info(
      { host, port, playground: `http://localhost:${port}/graphql`, explorer: `http://localhost:${port}/explorer` },
      `GraphQL API and GraphiQL playground at http://localhost:${port}/graphql`,
    );
    options.onReady?.({ port, graph: { uri: graph.uri, via: graph.via }, ingested });
  } catch (error) {
    app.close();
    await graph.close();
    destination.flushSync();
    throw error;
  }
}
