// What keeping the co-attendance projection costs `kg ingest`, measured side by side: one synthetic corpus,
// one embedded Neo4j, rounds alternating the projection off (KG_CO_ATTENDANCE=off) and on, identity on in
// both, each round a fresh graph and a spawned `kg ingest` (identity-cost.ts's round): time, peak RSS and the
// time of the projection's own statements (marks in every load transaction, the refresh at the end).
//   node --import tsx src/bench/co-attendance-cost.ts --sizes 1000,10000 --rounds 2 [--dir .bench] [--seed 1]
import { writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { benchArgs, count, CORPUS_ROUNDS, sizes } from './args.ts';
import { ensureCorpus, ingestRound, type IngestRound } from './identity-cost.ts';
import { startScratchNeo4j } from './scratch-neo4j.ts';

/** The projection's statements in a round: marking (inside loads) and refreshing (after them). */
function projectionStatements(r: IngestRound): { markMs: number; refreshMs: number; marks: number } {
  let [markMs, refreshMs, marks] = [0, 0, 0];
  for (const [name, s] of Object.entries(r.statements)) {
    if (name === 'co-attendance-mark' || name === 'co-attendance-affected-by-articles') {
      markMs += s.ms;
      if (name === 'co-attendance-mark') marks += s.calls;
    } else if (name.startsWith('co-attendance-')) refreshMs += s.ms;
  }
  return { markMs, refreshMs, marks };
}

async function main(): Promise<void> {
  const values = benchArgs(CORPUS_ROUNDS);
  const roundCount = count('rounds', values.rounds);
  const dir = resolve(values.dir);
  const neo = await startScratchNeo4j(dir, 'neo4j-co-attendance-cost');
  const driver = neo.driver;
  try {
    for (const size of sizes(values.sizes)) {
      const corpusDir = ensureCorpus(dir, size, values.seed);
      const rounds: (IngestRound & { projection: boolean })[] = [];
      for (let i = 0; i < roundCount; i++) {
        for (const projection of [false, true]) {
          // The spawned `kg ingest` inherits it.
          process.env.KG_CO_ATTENDANCE = projection ? 'on' : 'off';
          const r = await ingestRound(driver, neo.uri, corpusDir, true, dir);
          rounds.push({ ...r, projection });
          const p = projectionStatements(r);
          console.log(
            `${size} projection ${projection ? 'on ' : 'off'}: ${(r.ms / 1000).toFixed(1)} s, peak RSS ${r.peakRssMiB.toFixed(0)} MiB, ` +
              `exit ${r.exitCode}, load ${r.load.map((x) => x.toFixed(1)).join('/')}; marking ${(p.markMs / 1000).toFixed(1)} s ` +
              `in ${p.marks} transactions, refresh ${(p.refreshMs / 1000).toFixed(1)} s`,
          );
        }
      }
      writeFileSync(join(dir, `co-attendance-cost-${size}.json`), JSON.stringify(rounds, null, 2));
    }
  } finally {
    delete process.env.KG_CO_ATTENDANCE;
    await neo.stop();
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) await main();
