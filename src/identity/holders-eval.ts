// `holders(at)` accuracy (issue 15): a synthetic corpus with namesakes and careers is ingested with identity
// through the real ingest (extractor and loader) into a real Neo4j, and sampled (district, title, date) triples
// of its gold are asked through the real API in process (createApp, yoga's fetch: the path HTTP takes).
// A single-seat post is right when the answer's holders are exactly the true holder; a multi-seat post (副区长,
// 常委 …) when every true holder is among them. People are compared by name, and where the corpus has
// namesakes by their posts too (every post of the answered person is in a district the true holder held a post
// in), since ids are the graph's own.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { pino } from 'pino';
import { singleSeat } from '../model/seats.ts';
import { writeCorpus, type GoldEntity } from '../synth/corpus.ts';
import { peopleOf, positionTriples, type PositionTriple } from '../synth/identity-gold.ts';
import type { GoldPerson } from '../synth/world.ts';

export interface HoldersOptions {
  articles: number;
  seed: string;
  /** Triples sampled from the gold. */
  triples: number;
  /** Scratch folder for the corpus and the Neo4j store (default: under the system's temp folder). */
  dir?: string;
  log?: (line: string) => void;
  /**
   * What is loaded: the extractor's output (`kg ingest`, the default) or the corpus gold's facts through the same
   * loader (the designed graph: the seat table, identity and the API without the extractor's errors).
   */
  graph?: 'extracted' | 'gold';
  /** Keep the ingested store (and reuse one kept before): for looking into misses with the same graph. */
  keep?: boolean;
}

export interface HolderAnswer {
  triple: PositionTriple;
  single: boolean;
  correct: boolean;
  /** Names answered (distinct people), for the misses the report lists. */
  answered: string[];
  expected: string[];
}

export interface HoldersScore {
  graph: 'extracted' | 'gold';
  articles: number;
  asked: number;
  correct: number;
  single: { asked: number; correct: number };
  multi: { asked: number; correct: number };
  misses: HolderAnswer[];
  ingestMs: number;
}

interface AnsweredPosition {
  person: { id: string; name: string; posts: { title: string; body: { name: string } }[] };
}

const HOLDERS = `query ($body: String!, $title: String, $at: String) {
  holders(body: $body, title: $title, at: $at) { person { id name posts { title body { name } } } }
}`;

/** Whether the answered people are the true holders (see the head of this file). */
export function judge(
  triple: PositionTriple,
  answered: AnsweredPosition['person'][],
  people: Map<string, GoldPerson>,
  namesakes: Set<string>,
): HolderAnswer {
  const truth = triple.holderTrueIds.map((id) => people.get(id)!);
  const single = singleSeat(triple.title) !== null;
  const persons = [...new Map(answered.map((p) => [p.id, p])).values()];
  const isHolder = (p: AnsweredPosition['person'], t: GoldPerson) =>
    p.name === t.name && (!namesakes.has(t.name) || p.posts.every((post) => t.posts.some((g) => post.body.name.startsWith(g.body))));
  const found = truth.every((t) => persons.some((p) => isHolder(p, t)));
  const correct = single ? found && persons.length === truth.length : found;
  return { triple, single, correct, answered: persons.map((p) => p.name).sort(), expected: truth.map((t) => t.name).sort() };
}

/** The corpus gold's facts (GoldExtractor, per file as `kg ingest` would meet them) through the loader with identity. */
async function loadGold(driver: Driver, goldPath: string, opts: HoldersOptions): Promise<{ articles: number; failures: never[] }> {
  const [{ loadExtraction }, { GoldExtractor }, { generateCorpus }] = await Promise.all([
    import('../graph/load.ts'), import('../synth/gold-extraction.ts'), import('../synth/corpus.ts'),
  ]);
  const gold = JSON.parse(readFileSync(goldPath, 'utf8')) as { entities: GoldEntity[] };
  const extractor = new GoldExtractor(gold.entities);
  let articles = 0;
  for (const file of generateCorpus({ articles: opts.articles, seed: opts.seed })) {
    articles += (await loadExtraction(driver, extractor.file(file), { identity: true, replaceSources: [] })).articles;
  }
  return { articles, failures: [] };
}

export async function scoreHolders(opts: HoldersOptions): Promise<HoldersScore> {
  const log = opts.log ?? (() => undefined);
  const dir = opts.dir ?? join(tmpdir(), `kg-eval-holders-${opts.articles}-${opts.seed}`);
  const what = opts.graph === 'gold' ? 'the gold facts loaded' : 'ingested';
  mkdirSync(dir, { recursive: true });
  const corpusDir = join(dir, 'corpus');
  const goldPath = `${corpusDir}.gold.json`;
  if (!existsSync(`${corpusDir}.done`)) {
    rmSync(corpusDir, { recursive: true, force: true });
    writeCorpus({ articles: opts.articles, seed: opts.seed, out: corpusDir, goldPath });
    writeFileSync(`${corpusDir}.done`, '');
  }
  const [{ startEmbedded }, { applySchema }, { ingestPaths }, { createApp }] = await Promise.all([
    import('../graph/embedded.ts'), import('../graph/schema.ts'), import('../ingest/paths.ts'), import('../api/app.ts'),
  ]);
  const dataDir = join(dir, `neo4j-${opts.graph ?? 'extracted'}`);
  const kept = `${dataDir}.ingested`;
  const reuse = opts.keep === true && existsSync(kept);
  if (!reuse) rmSync(dataDir, { recursive: true, force: true });
  const neo = await startEmbedded({ dataDir, log });
  const driver = neo4j.driver(neo.uri, neo.auth);
  try {
    await applySchema(driver);
    const t = performance.now();
    const report = reuse
      ? { articles: Number(readFileSync(kept, 'utf8')), failures: [] }
      : opts.graph === 'gold' ? await loadGold(driver, goldPath, opts) : await ingestPaths(driver, [corpusDir], { identity: true });
    const ingestMs = performance.now() - t;
    if (report.failures.length) throw new Error(`holders eval: ${report.failures.length} file(s) failed to ingest: ${report.failures[0]!.reason}`);
    if (opts.keep) writeFileSync(kept, String(report.articles));
    log(`${what} ${report.articles} articles with identity in ${(ingestMs / 1000).toFixed(0)} s`);
    // An accuracy measure, not a latency one: a loaded machine must not turn a slow answer into a failed run.
    const app = createApp({ driver, logger: pino({ level: 'silent' }), queryTimeoutMs: 300_000, limits: { deadlineMs: 600_000 } });
    const people = new Map(peopleOf(goldPath).map((p) => [p.id, p]));
    const byName = new Map<string, number>();
    for (const p of people.values()) byName.set(p.name, (byName.get(p.name) ?? 0) + 1);
    const namesakes = new Set([...byName].filter(([, n]) => n > 1).map(([name]) => name));
    const score: HoldersScore = {
      graph: opts.graph ?? 'extracted', articles: report.articles, asked: 0, correct: 0, single: { asked: 0, correct: 0 }, multi: { asked: 0, correct: 0 }, misses: [], ingestMs,
    };
    for (const triple of positionTriples(goldPath, opts.triples)) {
      const response = await app.yoga.fetch('http://localhost/graphql', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: HOLDERS, variables: { body: triple.body, title: triple.title, at: triple.at } }),
      });
      const json = (await response.json()) as { data?: { holders: AnsweredPosition[] }; errors?: { message: string }[] };
      if (json.errors?.length) throw new Error(`holders eval: holders(${triple.body}, ${triple.title}, ${triple.at}) failed: ${json.errors[0]!.message}`);
      const answer = judge(triple, (json.data?.holders ?? []).map((h) => h.person), people, namesakes);
      const part = answer.single ? score.single : score.multi;
      score.asked++;
      part.asked++;
      if (answer.correct) {
        score.correct++;
        part.correct++;
      } else score.misses.push(answer);
    }
    return score;
  } finally {
    await driver.close();
    await neo.stop();
    if (!opts.keep) rmSync(dataDir, { recursive: true, force: true });
  }
}

/** The report `kg eval --holders` prints: accuracy with its counts, single- and multi-seat apart, a few misses. */
export function formatHolders(s: HoldersScore, seed: string): string {
  const pct = (c: number, n: number) => (n ? `${((100 * c) / n).toFixed(1)}%` : '—');
  const lines = [
    `== holders(at) accuracy, synthetic corpus with namesakes and careers (${s.articles} articles, seed ${seed}, ${s.graph === 'gold' ? 'its gold facts loaded' : 'ingested by kg ingest'} with identity in ${(s.ingestMs / 1000).toFixed(0)} s)`,
    `all:          ${pct(s.correct, s.asked)} (${s.correct} of ${s.asked} sampled (district, title, date) triples)`,
    `single-seat:  ${pct(s.single.correct, s.single.asked)} (${s.single.correct} of ${s.single.asked}: exactly the true holder)`,
    `multi-seat:   ${pct(s.multi.correct, s.multi.asked)} (${s.multi.correct} of ${s.multi.asked}: the true holders among those answered)`,
  ];
  for (const m of s.misses.slice(0, 10)) {
    lines.push(`  miss: ${m.triple.body} ${m.triple.title} ${m.triple.at}: expected ${m.expected.join('、')}, answered ${m.answered.join('、') || 'nobody'}`);
  }
  return lines.join('\n');
}
