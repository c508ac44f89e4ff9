// Sends GraphQL to an app in-process (yoga's fetch handler: the same code path as over HTTP), serves an
// app on loopback for the tests that need real HTTP, and finds a free port.
import { createServer as createHttpServer } from 'node:http';
import { createServer as createTcpServer, type AddressInfo } from 'node:net';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { expect } from 'vitest';
import { createApp, type App, type AppOptions } from '../../src/api/app.ts';
import { resetGraph, testDriver } from './support.ts';

export interface GqlResult {
  data?: Record<string, any> | null;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function gql(app: App, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<GqlResult> {
  const response = await app.yoga.fetch('http://localhost/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GqlResult;
}

/** For one test file: the shared Neo4j emptied, filled by `fill`, and a quiet app over it. */
export async function openApp(
  fill: (driver: Driver) => Promise<unknown>,
  options: Partial<AppOptions> = {},
): Promise<{ driver: Driver; app: App }> {
  const driver = testDriver();
  await resetGraph(driver);
  await fill(driver);
  return { driver, app: createApp({ driver, logger: pino({ level: 'silent' }), ...options }) };
}

/** The bearer token of the apps below that take mutations. */
export const TEST_TOKEN_HEADERS = { authorization: 'Bearer test-token' };

/**
 * For one test file: the shared Neo4j emptied and filled through the API's own ingestArticles (identity on by
 * default), every document loaded, and the app that loaded them. Its deadline is wide: the first ingest of a
 * process also starts the extractor's workers, on a busy machine past the 20 s default.
 */
export async function openAppIngested(documents: { source: string; text: string; date?: string }[]): Promise<{ driver: Driver; app: App }> {
  const driver = testDriver();
  await resetGraph(driver);
  const app = createApp({ driver, logger: pino({ level: 'silent' }), apiToken: 'test-token', limits: { deadlineMs: 300_000 } });
  const { data, errors } = await gql(
    app,
    'mutation($docs: [DocumentInput!]!) { ingestArticles(documents: $docs) { articles { id } } }',
    { docs: documents },
    TEST_TOKEN_HEADERS,
  );
  expect(errors).toBeUndefined();
  expect(data!.ingestArticles.articles).toHaveLength(documents.length);
  return { driver, app };
}

export interface LoopbackServer {
  /** http://127.0.0.1:PORT */
  base: string;
  /** Drops open connections (keep-alive ones too) and stops listening. */
  close: () => Promise<void>;
}

/** Serves `app` over HTTP on 127.0.0.1, on a port the system picks. */
export async function serveOnLoopback(app: App): Promise<LoopbackServer> {
  const server = createHttpServer(app.yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    base: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: async () => {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export interface ServedApp {
  driver: Driver;
  app: App;
  /** http://127.0.0.1:PORT */
  base: string;
  /** Undoes it all: the server stopped, the app closed, the graph emptied for the next file, the driver closed. */
  close: () => Promise<void>;
}

/** For one test file over real HTTP: openApp's graph and app, served on loopback. */
export async function openServedApp(fill: (driver: Driver) => Promise<unknown>, options: Partial<AppOptions> = {}): Promise<ServedApp> {
  const { driver, app } = await openApp(fill, options);
  const server = await serveOnLoopback(app);
  return { driver, app, base: server.base, close: () => closeServers(driver, [{ app, server }]) };
}

/** A port free on 127.0.0.1 right now (for a process the test starts, which picks no port itself). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createTcpServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as AddressInfo;
      probe.close(() => resolve(port));
    });
    probe.on('error', reject);
  });
}

/** Undoes openApp: the app closed, the graph emptied for the next file, the driver closed. */
export async function closeApp({ driver, app }: { driver: Driver; app: App }): Promise<void> {
  app.close();
  await resetGraph(driver);
  await driver.close();
}

/** Undoes a file's servers (serveOnLoopback): each stopped and its app closed, the graph emptied, the driver closed. */
export async function closeServers(driver: Driver, servers: { app: App; server: LoopbackServer }[]): Promise<void> {
  for (const { app, server } of servers) {
    await server.close();
    app.close();
  }
  await resetGraph(driver);
  await driver.close();
}
