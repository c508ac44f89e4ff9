// The graph layer's public API (teammates import from here).
export { openGraph, GraphUnavailableError, TESTCONTAINERS_IMAGE, type Graph, type GraphVia, type OpenGraphOptions } from './target.ts';
export { startEmbedded, stopEmbedded, embeddedStatus, defaultDataDir, ensureClasspath, type EmbeddedNeo4j, type EmbeddedOptions, type EmbeddedState } from './embedded.ts';
export { embeddedCredentials, type EmbeddedCredentials } from './embedded-auth.ts';
export { followEmbedded, type FollowingDriver } from './follow.ts';
export { applySchema } from './schema.ts';
export { loadExtraction, retractArticles, type LoadOptions, type LoadResult, type WriteCounts } from './load.ts';
export { planLoad, type LoadPlan, type LoadBatch } from './plan.ts';
export { graphStats, NODE_LABELS, type GraphStats } from './stats.ts';
export { read, write, runIn, cypher, observeStatements } from './cypher.ts';
