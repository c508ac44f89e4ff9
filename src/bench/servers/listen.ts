// What every bench server does around its handler: take the embedded Neo4j's credentials, listen on PORT (0: any)
// on this machine only, print the ready line the bench waits for, and close the server and its driver on SIGTERM.
import type { Server } from 'node:http';
import neo4j, { type Driver } from 'neo4j-driver';

/** The embedded Neo4j runs with auth on: its credentials come in NEO4J_USER / NEO4J_PASSWORD. */
export function benchAuth() {
  return process.env.NEO4J_USER ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? '') : undefined;
}

export function listenForBench(server: Server, driver: Driver): void {
  server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
    const address = server.address();
    console.log(`BENCH_SERVER_READY ${typeof address === 'object' && address ? address.port : ''}`);
  });
  process.on('SIGTERM', () => {
    server.close();
    void driver.close().then(() => process.exit(0));
  });
}
