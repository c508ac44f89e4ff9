// Node CPU of turning the hub's api-co-attendees row into the API's objects, main's way (a copy of each map
// with labels added, then the label lookup) against store-rows.ts's, side by side on the same record, many times.
//   node --import tsx src/bench/rows-cost.ts --dir /tmp/rows/profile-1000   (a running embedded Neo4j's folder)
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { readOnce } from '../graph/cypher.ts';
import { startEmbedded } from '../graph/embedded.ts';
import { strings, toEntity, type EntityNode } from '../api/records.ts';
import { CO_ATTENDANCE_PAGE, toCoAttendanceRows } from '../api/store-rows.ts';
import { queryInputs } from './query-phase.ts';
import { median } from './stats.ts';

type Props = Record<string, unknown>;
/** store-rows.ts's toCoAttendanceRows before item 44. */
function before(row: Props) {
  const page = new Map((row.pageEvents as Props[]).map((item) => [String(item.id), toEntity({ ...item, labels: ['Event'] })]));
  return (row.rows as Props[]).map((item) => {
    const eventIds = strings(item.events);
    const events = eventIds.slice(0, CO_ATTENDANCE_PAGE).map((id) => page.get(id)).filter((e): e is EntityNode => e !== undefined);
    return { person: toEntity({ ...(item.person as Props), labels: ['Person'] }), count: neo4j.isInt(item.count) ? item.count.toNumber() : Number(item.count), eventIds, events };
  });
}

const { values } = parseArgs({ options: { dir: { type: 'string' }, rounds: { type: 'string', default: '9' }, calls: { type: 'string', default: '2000' } } });
const neo = await startEmbedded({ dataDir: values.dir!, detached: true });
const driver = neo4j.driver(neo.uri, neo.auth);
const inputs = await queryInputs(driver);
const params = { ref: inputs.hubId, ids: [], first: neo4j.int(20), maxEvents: neo4j.int(20), pageEvents: neo4j.int(20), from: null, to: null,
                 personAliases: false, eventAliases: false, eventKind: false };
const row = (await readOnce(driver, 'api-co-attendees', params)).records[0]!.toObject() as Props;
await driver.close();
if (JSON.stringify(before(row)) !== JSON.stringify(toCoAttendanceRows(row))) throw new Error('the two ways differ');
const time = (fn: (r: Props) => unknown) => {
  const start = process.cpuUsage();
  for (let i = 0; i < Number(values.calls); i++) fn(row);
  const used = process.cpuUsage(start);
  return (used.user + used.system) / Number(values.calls);
};
const a: number[] = [];
const b: number[] = [];
for (let round = 0; round < Number(values.rounds); round++) {
  a.push(time(before));
  b.push(time(toCoAttendanceRows));
}
const events = (row.pageEvents as unknown[]).length;
console.log(`hub row: ${(row.rows as unknown[]).length} co-attendees, ${events} page events; µs CPU per row conversion (median of ${values.rounds} rounds of ${values.calls}): before ${median(a.slice(1)).toFixed(1)}, after ${median(b.slice(1)).toFixed(1)}`);
