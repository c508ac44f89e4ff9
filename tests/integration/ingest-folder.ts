// For a describe block that ingests text files into the run's shared Neo4j and reads them back: a driver and a
// quiet in-process app, a temp folder holding the given texts, the graph emptied before each test; all undone
// (graph emptied for the next file, driver closed, folder removed) after the block.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, beforeAll, beforeEach } from 'vitest';
import { createApp, type App, type AppOptions } from '../../src/api/app.ts';
import { resetGraph, testDriver } from './support.ts';

export interface IngestFolder {
  /** Set from beforeAll on: read them inside hooks and tests. */
  readonly driver: Driver;
  readonly app: App;
  readonly dir: string;
  /** A file of the folder. */
  path(name: string): string;
}

export function useIngestFolder(prefix: string, texts: Record<string, string> = {}, appOptions: Partial<AppOptions> = {}): IngestFolder {
  let made: { driver: Driver; app: App; dir: string } | undefined;
  const get = () => {
    if (!made) throw new Error('useIngestFolder: read before its beforeAll ran');
    return made;
  };
  beforeAll(() => {
    const driver = testDriver();
    made = { driver, app: createApp({ driver, logger: pino({ level: 'silent' }), ...appOptions }), dir: mkdtempSync(join(tmpdir(), prefix)) };
    for (const [name, text] of Object.entries(texts)) writeFileSync(join(made.dir, name), text);
  });
  beforeEach(() => resetGraph(get().driver));
  afterAll(async () => {
    const { driver, app, dir } = get();
    app.close();
    await resetGraph(driver);
    await driver.close();
    rmSync(dir, { recursive: true, force: true });
  });
  return {
    get driver() {
      return get().driver;
    },
    get app() {
      return get().app;
    },
    get dir() {
      return get().dir;
    },
    path: (name) => join(get().dir, name),
  };
}
