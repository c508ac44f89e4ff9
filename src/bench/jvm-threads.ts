// Which of the embedded Neo4j's threads burn CPU during a burst of statements (the `RETURN 1` floor by default):
// per-thread user + system CPU from /proc/PID/task/*/stat around the burst, grouped by thread name with its
// numbers dropped (Bolt workers, Netty event loops, the JIT's compiler threads, GC, the checkpointer …), as µs
// per call. Where the JVM's fixed CPU per statement goes, apart from the query itself (findings item 45).
//   node --import tsx src/bench/jvm-threads.ts --dir /tmp/jv/profile-1000 [--calls 4000] [--connections 4] [--statement bench-floor]
import { readdirSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import neo4j from 'neo4j-driver';
import { cypher } from '../graph/cypher.ts';
import { startEmbedded } from '../graph/embedded.ts';

const { values } = parseArgs({
  options: {
    dir: { type: 'string' },
    calls: { type: 'string', default: '4000' },
    connections: { type: 'string', default: '4' },
    statement: { type: 'string', default: 'bench-floor' },
  },
});
if (!values.dir) throw new Error('--dir: the data folder of an embedded Neo4j (e.g. /tmp/jv/profile-1000)');
const calls = Number(values.calls);
const connections = Number(values.connections);

/** Each thread's name and user + system CPU in µs (clock ticks of 10 ms). */
function threadCpu(pid: number): Map<string, { name: string; us: number }> {
  const out = new Map<string, { name: string; us: number }>();
  for (const tid of readdirSync(`/proc/${pid}/task`)) {
    try {
      const stat = readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
      const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out.set(tid, { name, us: (Number(fields[11]) + Number(fields[12])) * 10_000 });
    } catch {
      // the thread ended between the listing and the read
    }
  }
  return out;
}

const neo = await startEmbedded({ dataDir: values.dir, detached: true });
const driver = neo4j.driver(neo.uri, neo.auth, { disableLosslessIntegers: true });
try {
  const text = cypher(values.statement!);
  const burst = async (n: number) => {
    let left = n;
    await Promise.all(Array.from({ length: connections }, async () => {
      while (left-- > 0) {
        const session = driver.session({ defaultAccessMode: 'READ' });
        try {
          await session.run(text);
        } finally {
          await session.close();
        }
      }
    }));
  };
  await burst(Math.min(calls, 2000)); // warms: plan cache, JIT, pools
  const before = threadCpu(neo.pid);
  const wall0 = performance.now();
  await burst(calls);
  const wallMs = performance.now() - wall0;
  const after = threadCpu(neo.pid);
  const groups = new Map<string, { threads: number; us: number }>();
  for (const [tid, t] of after) {
    const us = t.us - (before.get(tid)?.us ?? 0);
    const group = t.name.replace(/\d+/g, 'N');
    const g = groups.get(group) ?? { threads: 0, us: 0 };
    groups.set(group, { threads: g.threads + 1, us: g.us + us });
  }
  const total = [...groups.values()].reduce((n, g) => n + g.us, 0);
  console.log(`# ${values.statement} × ${calls} over ${connections} connections, pid ${neo.pid}: ${(total / calls).toFixed(0)} µs JVM CPU per call, ${(wallMs / calls * 1000).toFixed(0)} µs wall per call`);
  console.log('| thread group | threads | µs per call | share |');
  console.log('|---|---|---|---|');
  for (const [name, g] of [...groups].sort((a, b) => b[1].us - a[1].us)) {
    if (g.us === 0) continue;
    console.log(`| ${name} | ${g.threads} | ${(g.us / calls).toFixed(1)} | ${((100 * g.us) / total).toFixed(1)}% |`);
  }
} finally {
  await driver.close();
}
