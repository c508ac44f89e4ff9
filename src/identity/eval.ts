// Person identity scored on the synthetic corpus with namesakes (kg synth's gold carries each mention's true
// identity): the loader's decision run in memory over the gold extraction, file by file as `kg ingest` would
// see them, against the gold's identities, as B-cubed precision/recall/F1 over mentions. The name-only identity
// the graph had before (one node per name) is scored beside it.
import { EntityIndex, generateCorpus, type SynthOptions } from '../synth/corpus.ts';
import { GoldExtractor } from '../synth/gold-extraction.ts';
import { bcubed, identityMentions, mentionKey } from '../synth/identity-gold.ts';
import { buildWorld } from '../synth/world.ts';
import { clusterName, type AnchorGroup } from './cluster.ts';
import { mentionsOf } from './context.ts';
import { decideIdentities } from './decide.ts';

export interface IdentityScores {
  articles: number;
  mentions: number;
  /** Mentions nothing anchored (they keep the extraction's one-per-name id). */
  unanchored: number;
  anchored: { precision: number; recall: number; f1: number };
  /** Anchors of one name clustered into careers (cluster.ts). */
  clustered: { precision: number; recall: number; f1: number };
  nameOnly: { precision: number; recall: number; f1: number };
  ms: number;
}

export function scoreIdentity(opts: SynthOptions): IdentityScores {
  const started = performance.now();
  const world = buildWorld(opts.seed, opts.articles);
  // The gold extractor types names by the entities the whole corpus names: one pass to collect them.
  const index = new EntityIndex();
  for (const file of generateCorpus(opts, index, world)) void file;
  const extractor = new GoldExtractor(index.entities());
  const pred = new Map<string, string>();
  const nameOnly = new Map<string, string>();
  let unanchored = 0;
  const groups = new Map<string, Map<string, AnchorGroup>>();
  let articles = 0;
  for (const file of generateCorpus(opts, new EntityIndex(), world)) {
    const extraction = extractor.file(file);
    articles += extraction.articles.length;
    for (const { mention: m, id, anchor } of decideIdentities(mentionsOf(extraction))) {
      if (m.type !== 'Person') continue;
      const key = mentionKey(m.article, m.name);
      pred.set(key, id);
      nameOnly.set(key, m.name);
      if (!anchor) unanchored++;
      const byId = groups.get(m.name) ?? new Map<string, AnchorGroup>();
      groups.set(m.name, byId);
      const g = byId.get(id) ?? { id, posted: false, first: null, last: null, unanchored: !anchor, mentions: 0 };
      byId.set(id, g);
      g.mentions++;
      if (anchor?.basis === 'post') {
        g.posted = true;
        if (m.date && (!g.first || m.date < g.first)) g.first = m.date;
        if (m.date && (!g.last || m.date > g.last)) g.last = m.date;
      }
    }
  }
  const clusterOf = new Map<string, string>();
  for (const byId of groups.values()) for (const [id, c] of clusterName([...byId.values()])) clusterOf.set(id, c);
  const clustered = new Map([...pred].map(([k, id]) => [k, clusterOf.get(id) ?? id]));
  const gold = new Map(identityMentions(opts).map((m) => [mentionKey(m.article, m.name), m.trueId]));
  return {
    articles,
    mentions: gold.size,
    unanchored,
    anchored: bcubed(gold, pred),
    clustered: bcubed(gold, clustered),
    nameOnly: bcubed(gold, nameOnly),
    ms: performance.now() - started,
  };
}
