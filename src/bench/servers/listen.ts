// What every bench server does around its handler: listen on PORT (0: any) on this machine only, print the
// ready line the bench waits for, and close the server and its driver on SIGTERM.
import type { Server } from 'node:http';
import type { Driver } from 'neo4j-driver';

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
