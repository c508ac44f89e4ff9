// Person identity scored on the synthetic corpus with namesakes (kg synth's gold carries each mention's true
// identity): the loader's decision run in memory over the gold extraction, file by file as `kg ingest` would
// see them, against the gold's identities, as B-cubed precision/recall/F1 over mentions. The name-only identity
// the graph had before (one node per name) is scored beside it.
import type { Extraction } from '../extract/format.ts';
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

/** Person mentions of extractions, fed one at a time, clustered as the graph would (cluster.ts). */
export class IdentityAccumulator {
  /** `${article}\0${name}` → anchor node id. */
  readonly anchors = new Map<string, string>();
  unanchored = 0;
  private readonly groups = new Map<string, Map<string, AnchorGroup>>();

  add(extraction: Extraction): void {
    for (const { mention: m, id, anchor } of decideIdentities(mentionsOf(extraction))) {
      if (m.type !== 'Person') continue;
      this.anchors.set(mentionKey(m.article, m.name), id);
      if (!anchor) this.unanchored++;
      const byId = this.groups.get(m.name) ?? new Map<string, AnchorGroup>();
      this.groups.set(m.name, byId);
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

  /** Mention key → cluster id (the person). */
  clusters(): Map<string, string> {
    const clusterOf = new Map<string, string>();
    for (const byId of this.groups.values()) for (const [id, c] of clusterName([...byId.values()])) clusterOf.set(id, c);
    return new Map([...this.anchors].map(([k, id]) => [k, clusterOf.get(id) ?? id]));
  }

  /** Names that end as several people, with their anchors. */
  splitNames(): { name: string; people: number; anchors: number }[] {
    const clusters = this.clusters();
    const byName = new Map<string, Set<string>>();
    for (const [key, c] of clusters) {
      const name = key.slice(key.indexOf('\u0000') + 1);
      byName.set(name, (byName.get(name) ?? new Set()).add(c));
    }
    return [...byName].filter(([, set]) => set.size > 1)
      .map(([name, set]) => ({ name, people: set.size, anchors: this.groups.get(name)?.size ?? 0 }));
  }
}

export function scoreIdentity(opts: SynthOptions): IdentityScores {
  const started = performance.now();
  const world = buildWorld(opts.seed, opts.articles);
  // The gold extractor types names by the entities the whole corpus names: one pass to collect them.
  const index = new EntityIndex();
  for (const file of generateCorpus(opts, index, world)) void file;
  const extractor = new GoldExtractor(index.entities());
  const acc = new IdentityAccumulator();
  let articles = 0;
  for (const file of generateCorpus(opts, new EntityIndex(), world)) {
    const extraction = extractor.file(file);
    articles += extraction.articles.length;
    acc.add(extraction);
  }
  const nameOnly = new Map([...acc.anchors.keys()].map((k) => [k, k.slice(k.indexOf('\u0000') + 1)]));
  const gold = new Map(identityMentions(opts).map((m) => [mentionKey(m.article, m.name), m.trueId]));
  return {
    articles,
    mentions: gold.size,
    unanchored: acc.unanchored,
    anchored: bcubed(gold, acc.anchors),
    clustered: bcubed(gold, acc.clusters()),
    nameOnly: bcubed(gold, nameOnly),
    ms: performance.now() - started,
  };
}
