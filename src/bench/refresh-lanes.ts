// The co-attendance refresh's bulk in one transaction at a time against LANES at once (src/graph/co-attendance.ts),
// side by side on one graph: the bench's extracted batches loaded once into a scratch Neo4j, then full rebuilds
// (every person marked) alternating 1 and 2 lanes, after an untimed warm-up; time of each and the median ratio.
//   node --import tsx src/bench/refresh-lanes.ts --size 10000 --dir DIR --rounds 3
// (DIR holds batches-SIZE-extracted, as `npm run bench -- --sizes SIZE --parts queries` leaves it.)
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { Extraction } from '../extract/format.ts';
import { rebuildCoAttendance } from '../graph/co-attendance.ts';
import { loadExtraction } from '../graph/load.ts';
import { startScratchNeo4j } from './scratch-neo4j.ts';

const { values } = parseArgs({
  options: { size: { type: 'string', default: '10000' }, dir: { type: 'string' }, rounds: { type: 'string', default: '3' } },
});
if (!values.dir) throw new Error('--dir DIR (with batches-SIZE-extracted in it) is required');
const dir = resolve(values.dir);
const batchDir = join(dir, `batches-${values.size}-extracted`);
const neo = await startScratchNeo4j(dir, 'neo4j-refresh-lanes');
try {
  for (const f of readdirSync(batchDir).sort()) {
    await loadExtraction(neo.driver, JSON.parse(readFileSync(join(batchDir, f), 'utf8')) as Extraction, { identity: true });
  }
  const warm = await rebuildCoAttendance(neo.driver);
  console.log(`warm-up: ${warm.refreshed} people, ${warm.projected} nodes, ${(warm.ms / 1000).toFixed(1)} s`);
  const ratios: number[] = [];
  for (let round = 0; round < Number(values.rounds); round++) {
    const ms: Record<number, number> = {};
    // Alternating which goes first.
    for (const lanes of round % 2 === 0 ? [1, 2] : [2, 1]) {
      const r = await rebuildCoAttendance(neo.driver, { lanes });
      ms[lanes] = r.ms;
      console.log(`round ${round + 1}, ${lanes} lane(s): ${(r.ms / 1000).toFixed(1)} s (${r.inBulk} people in the bulk, ${r.projected} nodes, stamped ${r.stamped})`);
    }
    ratios.push(ms[2]! / ms[1]!);
  }
  ratios.sort((a, b) => a - b);
  console.log(`2 lanes ÷ 1 lane, median of ${ratios.length} rounds: ${ratios[Math.floor(ratios.length / 2)]!.toFixed(2)} (${ratios.map((r) => r.toFixed(2)).join(', ')})`);
} finally {
  await neo.stop();
}
