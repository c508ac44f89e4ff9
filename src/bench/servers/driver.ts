// The baseline for GraphQL overhead: the same named statements the API's resolvers run for each
// benchmark question, sent through the bare driver from a plain HTTP server, records as JSON.
//   node --import tsx src/bench/servers/driver.ts   (NEO4J_URI, PORT)
import { createServer } from 'node:http';
import neo4j from 'neo4j-driver';
import { driverAnswers, type Args } from './driver-questions.ts';
import { benchAuth, listenForBench } from './listen.ts';

const driver = neo4j.driver(process.env.NEO4J_URI as string, benchAuth(), { disableLosslessIntegers: true });
const questions = driverAnswers(driver);

const server = createServer((req, res) => {
  let body = '';
  req.on('data', (d: Buffer) => (body += d.toString()));
  req.on('end', async () => {
    try {
      const { op, args } = JSON.parse(body) as { op: string; args: Args };
      const fn = questions[op];
      if (!fn) throw new Error(`unknown question ${op}`);
      const data = await fn(args);
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ data }));
    } catch (err) {
      res.writeHead(500, { 'content-type': 'application/json' }).end(JSON.stringify({ error: (err as Error).message }));
    }
  });
});
listenForBench(server, driver);
