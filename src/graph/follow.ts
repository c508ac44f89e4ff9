// A driver that follows the embedded Neo4j of a data folder wherever it runs: when the folder's state file
// names another Bolt address (a restart by its supervisor on a new port, `kg neo4j stop` then `start`), the
// next session opens on a fresh driver to the new address. Callers hold one Driver object throughout, so a
// running `kg serve` needs no restart of its own; `onMove` tells those who want to know (the API's probes).
import neo4j, { type AuthToken, type Config, type Driver } from 'neo4j-driver';
import { readEmbeddedState } from './embedded.ts';

export interface FollowingDriver {
  /** Stands for whichever driver is current; close() also ends the following. */
  driver: Driver;
  uri(): string;
  /** Called with the new URI after each move; returns an unsubscribe function. */
  onMove(listener: (uri: string) => void): () => void;
}

export interface FollowOptions {
  dataDir: string;
  uri: string;
  auth: AuthToken;
  config?: Config;
  /** How often the state file is read (default KG_NEO4J_FOLLOW_MS or 1000 ms: a stat and a small read). */
  everyMs?: number;
}

export function followEmbedded(opts: FollowOptions): FollowingDriver {
  const make = (uri: string) => neo4j.driver(uri, opts.auth, opts.config);
  let uri = opts.uri;
  let current = make(uri);
  const listeners = new Set<(uri: string) => void>();

  const look = () => {
    const state = readEmbeddedState(opts.dataDir);
    if (!state || state.uri === uri) return;
    const old = current;
    [uri, current] = [state.uri, make(state.uri)];
    // Sessions still open on the old driver fail on their own (that server is gone); this frees its pool.
    void old.close().catch(() => {});
    for (const listener of listeners) listener(uri);
  };
  const everyMs = opts.everyMs ?? (Number(process.env.KG_NEO4J_FOLLOW_MS) || 1_000);
  const timer = setInterval(look, everyMs);
  timer.unref();

  const close = async () => {
    clearInterval(timer);
    await current.close();
  };
  const driver = new Proxy({} as Driver, {
    get(_target, prop) {
      if (prop === 'close') return close;
      const value: unknown = Reflect.get(current, prop, current);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value;
    },
  });
  return {
    driver,
    uri: () => uri,
    onMove: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
