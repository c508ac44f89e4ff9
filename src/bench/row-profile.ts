// CPU-profiles `kg serve` (of --repo) and the driver server under autocannon on coAttendees and neighbors.
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
const { values } = parseArgs({ options: { dir: { type: 'string' }, repo: { type: 'string' }, out: { type: 'string' }, seconds: { type: 'string', default: '10' }, only: { type: 'string' } } });
const repo = values.repo!;
import { startEmbedded } from '../graph/embedded.ts';
import { autocannon, spawnReady, stopChild } from './procs.ts';
import { queryInputs } from './query-phase.ts';
import { questions } from './queries.ts';
const neo = await startEmbedded({ dataDir: values.dir!, detached: true });
[process.env.NEO4J_USER, process.env.NEO4J_PASSWORD] = [neo.credentials.user, neo.credentials.password];
const driver = neo4j.driver(neo.uri, neo.auth);
const inputs = await queryInputs(driver);
await driver.close();
const env = { NEO4J_URI: neo.uri, PORT: '0', NODE_ENV: 'production', KG_RESPONSE_CACHE: 'off' };
const qs = questions(inputs).filter((q: any) => q.name === 'coAttendees' || q.name === 'neighbors depth 2');
for (const kind of ['ours', 'driver'] as const) {
  if (values.only && values.only !== kind) continue;
  for (const q of qs) {
    const dir = join(values.out!, `${kind}-${q.name.split(' ')[0]}`);
    const args = kind === 'ours' ? ['--cpu-prof', '--cpu-prof-dir', dir, join(repo, 'bin/kg.js'), 'serve'] : ['--cpu-prof', '--cpu-prof-dir', dir, '--import', 'tsx', join(repo, 'src/bench/servers/driver.ts')];
    const { child, match } = await spawnReady(args, env, kind === 'ours' ? /"port":(\d+)/ : /BENCH_SERVER_READY (\d+)/);
    const url = `http://127.0.0.1:${match[1]}${kind === 'ours' ? '/graphql' : '/'}`;
    await autocannon(url, q.bodies[kind]!, { connections: 8, seconds: 3 });
    const r = await autocannon(url, q.bodies[kind]!, { connections: 8, seconds: Number(values.seconds) });
    console.log(kind, q.name, JSON.stringify(r), url);
    await stopChild(child);
  }
}
