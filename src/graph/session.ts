// What every graph-using `kg` command does around its work: open the graph (with the one clear message
// when no Neo4j can be had), run, always close (stopping an embedded Neo4j this command started).
import type { Graph, OpenGraphOptions } from './target.ts';

export async function withGraph(command: string, work: (graph: Graph) => Promise<void>, opts: OpenGraphOptions = {}): Promise<void> {
  const { openGraph, GraphUnavailableError } = await import('./target.ts');
  let graph: Graph;
  try {
    graph = await openGraph(opts);
  } catch (err) {
    console.error(`kg ${command}: ${err instanceof GraphUnavailableError ? err.message : (err as Error).stack}`);
    process.exitCode = 1;
    return;
  }
  try {
    await work(graph);
  } finally {
    await graph.close();
  }
}
