// Preloaded into a `kg ingest` child (NODE_OPTIONS=--import) by identity-cost.ts: sums the time and count of
// every named Cypher statement the process runs and writes them, as JSON, to $KG_STATEMENT_PROFILE at exit.
// The observer is the one src/graph/cypher.ts offers for metrics, so the ingest runs its own code unchanged.
import { writeFileSync } from 'node:fs';
import { observeStatements } from '../graph/cypher.ts';

const out = process.env.KG_STATEMENT_PROFILE;
if (out) {
  const totals: Record<string, { ms: number; calls: number }> = {};
  observeStatements((name, ms) => {
    const t = (totals[name] ??= { ms: 0, calls: 0 });
    t.ms += ms;
    t.calls++;
  });
  // bin/kg.js runs the ingest in a child that gets this preload too: only the process that ran statements writes.
  process.on('exit', () => Object.keys(totals).length > 0 && writeFileSync(out, JSON.stringify(totals)));
}
