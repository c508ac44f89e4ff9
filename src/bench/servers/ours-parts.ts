// Our app with only some of its parts (app.ts's APP_PARTS), served as `kg serve` serves it (node:http, request
// lines to stdout, response cache off): a contender of jit-cost.ts --parts, to weigh a group of our plugins over
// HTTP, where real-parts.ts weighs them in process. Not a way to run the service: parts left out are features.
//   node --import tsx src/bench/servers/ours-parts.ts   (NEO4J_URI, PORT, KG_APP_PARTS=options,jit,...)
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { APP_PARTS, createApp, type AppPart } from '../../api/app.ts';
import { logDestination } from '../../api/server.ts';
import { benchAuth, listenForBench } from './listen.ts';

const parts = (process.env.KG_APP_PARTS ?? '').split(',').map((p) => p.trim()).filter(Boolean);
const unknown = parts.filter((p) => !(APP_PARTS as readonly string[]).includes(p));
if (parts.length === 0 || unknown.length) {
  throw new Error(`KG_APP_PARTS: a comma-separated list of ${APP_PARTS.join(', ')}${unknown.length ? ` (not parts: ${unknown.join(', ')})` : ''}`);
}
const driver = neo4j.driver(process.env.NEO4J_URI as string, benchAuth());
const logger = pino({ level: process.env.LOG_LEVEL ?? 'info' }, logDestination());
const app = createApp({ driver, logger, parts: parts as AppPart[] });
listenForBench(createServer(app.yoga), driver);
