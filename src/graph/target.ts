// Which Neo4j to use, in this order: NEO4J_URI (an existing server) → testcontainers (where a Docker
// engine answers) → the embedded default (Java + Maven). If none works, one message names all three.
// An embedded Neo4j already running on the data folder is reused before Docker is even asked.
import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import neo4j, { type BookmarkManager, type Driver } from 'neo4j-driver';
import { withSharedBookmarks } from './bookmarks.ts';
import { defaultDataDir, embeddedStatus, startEmbedded, type EmbeddedNeo4j, type EmbeddedOptions } from './embedded.ts';
import { embeddedPassword } from './embedded-auth.ts';
import { followEmbedded } from './follow.ts';
import { applySchema } from './schema.ts';

export type GraphVia = 'env' | 'testcontainers' | 'embedded';

export interface Graph {
  driver: Driver;
  uri: string;
  via: GraphVia;
  /** Basic-auth credentials, or null when the server runs without auth. */
  credentials: { user: string; password: string } | null;
  /**
   * Called when the driver now talks to another address (the embedded Neo4j restarted on a new port); `driver`
   * stays the same object throughout. Returns an unsubscribe function. Never called for the other ways.
   */
  onMove(listener: (uri: string) => void): () => void;
  /** The bookmarks every session of `driver` shares when it routes (read your own writes on a cluster), else null
   * (one server; see bookmarks.ts). */
  bookmarks: BookmarkManager | null;
  /** Closes the driver and stops the server if this call started it. */
  close(): Promise<void>;
}

const neverMoves = () => () => {};

export interface OpenGraphOptions extends EmbeddedOptions {
  /** Environment to read NEO4J_URI / NEO4J_USER / NEO4J_PASSWORD from (default process.env). */
  env?: NodeJS.ProcessEnv;
  /** Apply cypher/schema-*.cypher (default true). */
  schema?: boolean;
  /** Testcontainers: keep the store in `<dataDir>/docker` so it outlives the container (default true). */
  persistContainer?: boolean;
}

/** No way to a Neo4j worked; the message names the three ways and why each failed. */
export class GraphUnavailableError extends Error {
  override name = 'GraphUnavailableError';
}

export const TESTCONTAINERS_IMAGE = 'neo4j:5.26-community';

export async function openGraph(opts: OpenGraphOptions = {}): Promise<Graph> {
  const env = opts.env ?? process.env;
  const selected = await selectGraph(opts, env);
  const { driver, bookmarks } = withSharedBookmarks(selected.driver, selected.uri);
  const graph: Graph = Object.defineProperties({ ...selected, driver, bookmarks }, { uri: { get: () => selected.uri } });
  if (opts.schema ?? true) {
    try {
      await applySchema(graph.driver);
    } catch (err) {
      await graph.close();
      throw err;
    }
  }
  return graph;
}

type SelectedGraph = Omit<Graph, 'bookmarks'>;

async function selectGraph(opts: OpenGraphOptions, env: NodeJS.ProcessEnv): Promise<SelectedGraph> {
  if (env.NEO4J_URI) return connectToUri(env.NEO4J_URI, env.NEO4J_USER, env.NEO4J_PASSWORD);

  // An embedded Neo4j already serving this data folder (say `npm start`) is the graph the user means,
  // and a second store must not be opened beside it: reuse it before looking for Docker.
  if (await embeddedStatus(opts.dataDir ?? defaultDataDir())) return embeddedGraph(await startEmbedded(opts));

  const docker = await dockerAnswers();
  if (docker === true) return startContainer(opts);

  try {
    return embeddedGraph(await startEmbedded(opts));
  } catch (err) {
    throw new GraphUnavailableError(
      [
        'No Neo4j could be reached. Three ways, tried in this order:',
        '  1. NEO4J_URI (with NEO4J_USER, NEO4J_PASSWORD) pointing at a running Neo4j 5.26: not set.',
        `  2. testcontainers with a Docker engine: ${docker}.`,
        `  3. the embedded default (Java 17 and Maven with Maven Central, see neo4j-launcher/): ${(err as Error).message}`,
      ].join('\n'),
    );
  }
}

async function embeddedGraph(embedded: EmbeddedNeo4j): Promise<SelectedGraph> {
  const following = followEmbedded({ dataDir: embedded.dataDir, uri: embedded.uri, auth: embedded.auth });
  const driver = following.driver;
  try {
    await driver.verifyConnectivity();
  } catch (err) {
    await driver.close();
    await embedded.stop();
    throw err;
  }
  return {
    driver,
    get uri() {
      return following.uri();
    },
    via: 'embedded',
    credentials: embedded.credentials,
    onMove: following.onMove,
    close: async () => {
      await driver.close();
      await embedded.stop();
    },
  };
}

async function connectToUri(uri: string, user?: string, password?: string): Promise<SelectedGraph> {
  const credentials = user ? { user, password: password ?? '' } : null;
  const driver = neo4j.driver(uri, credentials ? neo4j.auth.basic(credentials.user, credentials.password) : undefined);
  try {
    await driver.verifyConnectivity();
  } catch (err) {
    await driver.close();
    throw new GraphUnavailableError(`NEO4J_URI=${uri}: cannot connect: ${(err as Error).message}`);
  }
  return { driver, uri, via: 'env', credentials, onMove: neverMoves, close: () => driver.close() };
}

/** true when a Docker engine answers; otherwise the reason it does not. */
async function dockerAnswers(): Promise<true | string> {
  try {
    const { getContainerRuntimeClient } = await import('testcontainers');
    await getContainerRuntimeClient();
    return true;
  } catch (err) {
    return `no Docker engine answers (${firstLine((err as Error).message)})`;
  }
}

async function startContainer(opts: OpenGraphOptions): Promise<SelectedGraph> {
  const { Neo4jContainer } = await import('@testcontainers/neo4j');
  const dataDir = resolve(opts.dataDir ?? defaultDataDir());
  const persist = opts.persistContainer ?? true;
  // A persisted store keeps the password it was made with: the data folder's own (as the embedded one's),
  // so a container started later on the same store still gets in. A throwaway store gets a random one.
  if (persist) mkdirSync(dataDir, { recursive: true });
  const password = persist ? embeddedPassword(dataDir) : randomBytes(24).toString('base64url');
  let container = new Neo4jContainer(TESTCONTAINERS_IMAGE).withPassword(password);
  if (persist) {
    const store = join(dataDir, 'docker');
    mkdirSync(store, { recursive: true });
    container = container.withBindMounts([{ source: store, target: '/data' }]);
  }
  const started = await container.start();
  const uri = started.getBoltUri();
  const credentials = { user: started.getUsername(), password: started.getPassword() };
  const driver = neo4j.driver(uri, neo4j.auth.basic(credentials.user, credentials.password));
  return {
    driver,
    uri,
    via: 'testcontainers',
    credentials,
    onMove: neverMoves,
    close: async () => {
      await driver.close();
      await started.stop();
    },
  };
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text;
}
