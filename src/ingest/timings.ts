// Where an ingest run's time goes (src/bench/findings.md, item 39): wall time of its phases and the summed time
// of each named statement, so `kg ingest --format json` (and the bench's end-to-end part) can show the phases
// of one run without a profiler. Extraction and loading overlap (ingest.ts pipelines them), so the phases add
// up to more than the run; `loaderIdle` is the part of the run the loader spent waiting for extraction.

export interface IngestTimings {
  /** The whole run, ms. */
  totalMs: number;
  /** Reading, extracting and loading (everything but the co-attendance refresh at the end), ms. */
  readExtractLoadMs: number;
  /** Summed wall time of the chunks' extraction in the worker pool, ms (overlaps loading). */
  extractMs: number;
  /** Summed wall time of the chunks' loads (transactions, their statements, the retractions), ms. */
  loadMs: number;
  /** readExtractLoad less load: the loader waiting for files to be read and extracted, ms. */
  loaderIdleMs: number;
  /** CPU of this process (main thread and the extractor's workers), user + system, ms. */
  cpuMs: number;
  /** Summed time of each named statement (as the client waits for it), ms, with how often it ran; largest first. */
  statements: { name: string; ms: number; count: number }[];
}

export function emptyTimings() {
  const phases = { extract: 0, load: 0, readExtractLoad: 0 };
  const statements = new Map<string, { ms: number; count: number }>();
  const cpuStart = process.cpuUsage();
  return {
    add(phase: keyof typeof phases, ms: number): void {
      phases[phase] += ms;
    },
    addStatement(name: string, ms: number): void {
      const s = statements.get(name) ?? { ms: 0, count: 0 };
      s.ms += ms;
      s.count++;
      statements.set(name, s);
    },
    done(totalMs: number): IngestTimings {
      const cpu = process.cpuUsage(cpuStart);
      const round = (ms: number) => Math.round(ms);
      return {
        totalMs: round(totalMs),
        readExtractLoadMs: round(phases.readExtractLoad),
        extractMs: round(phases.extract),
        loadMs: round(phases.load),
        loaderIdleMs: round(phases.readExtractLoad - phases.load),
        cpuMs: round((cpu.user + cpu.system) / 1000),
        statements: [...statements].map(([name, s]) => ({ name, ms: round(s.ms), count: s.count })).sort((a, b) => b.ms - a.ms),
      };
    },
  };
}
