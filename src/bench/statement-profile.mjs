// The preload identity-cost.ts hands `kg ingest` (plain JS: the extractor's worker threads get NODE_OPTIONS
// too, before their own TypeScript loader is registered). Only the main thread, which runs every statement,
// loads the profiler.
import { isMainThread } from 'node:worker_threads';

if (isMainThread && process.env.KG_STATEMENT_PROFILE) await import('./statement-profile.ts');
