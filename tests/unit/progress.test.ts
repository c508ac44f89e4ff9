// Progress for Maven's first download and the Neo4j start (issue 11): off a terminal, a handful of short plain
// lines however many updates come (the first `npm start` printed 1,551 lines of Maven's log).
import { describe, expect, it } from 'vitest';
import { startProgress } from '../../src/graph/progress.ts';

describe('progress off a terminal', () => {
  it('says where it starts, each quarter and the end, and nothing more', async () => {
    const lines: string[] = [];
    const progress = await startProgress({ label: 'First use: Maven downloads Neo4j', total: 780, log: (l) => lines.push(l), bar: false });
    for (let downloaded = 1; downloaded <= 900; downloaded++) progress.update(downloaded); // the estimate can be short
    progress.done('Neo4j jars ready (900 files downloaded)');
    expect(lines).toEqual([
      'First use: Maven downloads Neo4j…',
      'First use: Maven downloads Neo4j: 25%',
      'First use: Maven downloads Neo4j: 50%',
      'First use: Maven downloads Neo4j: 75%',
      'Neo4j jars ready (900 files downloaded)',
    ]);
  });
});
