// The framework's floor over HTTP (yoga-floor-app.ts): a contender of the query bench and of jit-cost.ts --floor.
//   node --import tsx src/bench/servers/yoga-floor.ts   (NEO4J_URI, PORT; KG_FLOOR_DEFAULTS=1: yoga's defaults kept)
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { floorYoga } from './yoga-floor-app.ts';
import { benchAuth, listenForBench } from './listen.ts';

const driver = neo4j.driver(process.env.NEO4J_URI as string, benchAuth(), { disableLosslessIntegers: true });
const server = createServer(floorYoga(driver, process.env.KG_FLOOR_DEFAULTS !== '1'));
listenForBench(server, driver);
