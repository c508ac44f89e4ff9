// The framework's floor over HTTP (yoga-floor-app.ts): what jit-cost.ts --floor runs beside the bare driver server.
//   node --import tsx src/bench/servers/yoga-floor.ts   (NEO4J_URI, PORT; KG_FLOOR_DEFAULTS=1: yoga's defaults kept)
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { floorYoga } from './yoga-floor-app.ts';

const auth = () => (process.env.NEO4J_USER ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? '') : undefined);
const driver = neo4j.driver(process.env.NEO4J_URI as string, auth(), { disableLosslessIntegers: true });
const server = createServer(floorYoga(driver, process.env.KG_FLOOR_DEFAULTS !== '1'));
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`BENCH_SERVER_READY ${typeof address === 'object' && address ? address.port : ''}`);
});
process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
