// The query bench's warm-up (src/bench/query-phase.ts): passes of the measured load until the servers behind
// Neo4j have answered the target, the response-cached contender warmed in the first pass only and not counted.
// Local HTTP servers stand in for the contenders (autocannon runs against them as in the bench).
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, describe, expect, it } from 'vitest';
import type { BenchOptions } from '../../src/bench/figures.ts';
import { warmUp } from '../../src/bench/query-phase.ts';
import type { Question } from '../../src/bench/queries.ts';

const counts: Record<string, number> = { ours: 0, driver: 0, cached: 0 };
const servers: Server[] = [];

/** A server answering after `ms` (a slow statement), counting what it answered. */
async function contender(name: string, ms: number): Promise<string> {
  const server = createServer((req, res) => {
    req.resume();
    req.on('end', () => setTimeout(() => { counts[name]!++; res.end('{}'); }, ms));
  });
  servers.push(server);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}/`;
}

afterAll(() => servers.forEach((s) => s.close()));

describe('the query bench warm-up', () => {
  it('loads every contender until the target is reached, the cached one only in its first pass', async () => {
    const urls = { ours: await contender('ours', 10), driver: await contender('driver', 10), cached: await contender('cached', 1) };
    const qs: Question[] = [{ name: 'q', describe: 'q', bodies: { ours: '{}', driver: '{}', cached: '{}' } }];
    const opts = { connections: 1, querySeconds: 1 } as BenchOptions;
    const lines: string[] = [];
    const cachedAfterFirstPass: number[] = [];
    const result = await warmUp(qs, { ours: { url: urls.ours }, driver: { url: urls.driver }, cached: { url: urls.cached } }, opts,
      (line) => { lines.push(line); cachedAfterFirstPass.push(counts.cached!); }, 220);
    expect(result.passes).toBeGreaterThanOrEqual(2);
    expect(result.statements).toBeGreaterThanOrEqual(220);
    // Counted: what the two uncached servers answered (each autocannon run may stop with its one request in flight).
    expect(Math.abs(result.statements - counts.ours! - counts.driver!)).toBeLessThanOrEqual(2 * result.passes);
    expect(counts.cached).toBeGreaterThan(0);
    expect(new Set(cachedAfterFirstPass).size).toBe(1); // no cached request after the first pass ended
    expect(lines.at(-1)).toContain(`warm-up pass ${result.passes}: ${result.statements} statements`);
  }, 60_000);
});
