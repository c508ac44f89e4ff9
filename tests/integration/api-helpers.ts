// Sends GraphQL to an app in-process (yoga's fetch handler: the same code path as over HTTP).
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
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

/** Undoes openApp: the app closed, the graph emptied for the next file, the driver closed. */
export async function closeApp({ driver, app }: { driver: Driver; app: App }): Promise<void> {
  app.close();
  await resetGraph(driver);
  await driver.close();
}
