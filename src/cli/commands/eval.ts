import type { Command } from 'commander';
import { linkGoldSources, readPackEntries, realSets, tableOnly, type GoldSet } from './eval-sets.ts';

interface GoldEntity {
  name: string;
  aliases?: string[];
}
interface GoldFile {
  entities: GoldEntity[];
  optional?: unknown[];
  articles: { source: string }[];
}

const squash = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

/**
 * The gold of some source files only. Gold entities are listed once per file, not per article, so an entity
 * belongs to the part when the part's text names it or the part's articles refer to it (a signatory written
 * `区政府` whose gold name is `X区人民政府`).
 */
function goldPart(gold: GoldFile, texts: Map<string, string>, only: (source: string) => boolean): GoldFile {
  const articles = gold.articles.filter((a) => only(a.source));
  const partText = [...texts].filter(([source]) => only(source)).map(([, text]) => squash(text)).join('\n');
  const referenced = squash(JSON.stringify(articles));
  const entities = gold.entities.filter((e) =>
    // One-character aliases (珠 for 珠海市 in "京珠合作") would be found in any text.
    [e.name, ...(e.aliases ?? [])].some((n) => (squash(n).length >= 2 && partText.includes(squash(n))) || referenced.includes(`"${squash(n)}"`)),
  );
  return { ...gold, entities, articles };
}

/**
 * Several gold files as one (their source file names do not clash). An entity in several files (天津市, 习近平) becomes
 * one with all its aliases: twice listed, it would count as two gold entities in the untyped recall.
 */
function mergeGold(golds: GoldFile[]): GoldFile {
  const byName = new Map<string, GoldEntity>();
  for (const e of golds.flatMap((g) => g.entities)) {
    const first = byName.get(e.name);
    if (first) first.aliases = [...new Set([...(first.aliases ?? []), ...(e.aliases ?? [])])];
    else byName.set(e.name, { ...e });
  }
  return {
    entities: [...byName.values()],
    optional: golds.flatMap((g) => g.optional ?? []),
    articles: golds.flatMap((g) => g.articles),
  };
}

/** `--identity` alone means 10k articles; a value lists the sizes. Null when a size is not a positive whole number. */
function identitySizes(value: string | boolean): number[] | null {
  if (value === true || value === false) return [10_000];
  const sizes = value.split(',').map((v) => Number(v.trim()));
  return sizes.every((n) => Number.isInteger(n) && n > 0) ? sizes : null;
}

async function printIdentityScores(sizes: number[]): Promise<void> {
  const { scoreIdentity } = await import('../../identity/eval.ts');
  const f = (x: number) => x.toFixed(3);
  for (const articles of sizes) {
    const s = scoreIdentity({ articles, seed: '1' });
    console.log(`== person identity, synthetic corpus with namesakes (${s.articles} articles, seed 1, ${s.mentions} mentions, ${(s.ms / 1000).toFixed(0)} s)`);
    console.log('B-cubed over mentions        precision  recall  F1');
    for (const [label, m] of [['clustered (the graph\'s person)', s.clustered], ['anchor nodes alone', s.anchored], ['name only (before)', s.nameOnly]] as const) {
      console.log(`${label.padEnd(29)}${f(m.precision).padStart(9)}${f(m.recall).padStart(8)}${f(m.f1).padStart(7)}`);
    }
    console.log(`mentions nothing placed: ${s.unanchored}`);
  }
}

/** `--holders [size]`: holders(at) accuracy through the real ingest and API (src/identity/holders-eval.ts). */
async function printHoldersScore(value: string | boolean, graph: string): Promise<boolean> {
  const articles = value === true ? 2_000 : Number(value);
  if (!Number.isInteger(articles) || articles <= 0) {
    console.error(`kg eval: --holders takes an article count (e.g. 2000), got "${value}"`);
    return false;
  }
  const graphs: ('extracted' | 'gold')[] | null =
    graph === 'both' ? ['extracted', 'gold'] : graph === 'extracted' || graph === 'gold' ? [graph] : null;
  if (!graphs) {
    console.error(`kg eval: --holders-graph takes extracted, gold or both, got "${graph}"`);
    return false;
  }
  const { scoreHolders, formatHolders } = await import('../../identity/holders-eval.ts');
  const seed = '1';
  for (const g of graphs) {
    console.log(formatHolders(await scoreHolders({ articles, seed, graph: g, triples: 400, log: (line) => console.error(line) }), seed));
  }
  return true;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('score the extractor against the seed gold, every gold fixture under tests/, and the real corpus in ../shared with its gold and the packs of tests/fixtures/real-packs (score.mjs tables)')
    .option('--shared <dir>', 'the shared folder with eval/score.mjs, seeds/ and corpus/real/', '../shared')
    .option('--identity [sizes]', 'also score person identity (B-cubed) on synthetic corpora of these sizes, e.g. 10000,100000', false)
    .option('--identity-only', 'score person identity only (implies --identity)')
    .option('--holders [size]', 'also score holders(at) on a synthetic corpus of this size (default 2000) ingested with identity into a scratch Neo4j', false)
    .option('--holders-graph <graph>', 'for --holders: load the extractor\'s output (extracted), the corpus gold\'s facts (gold) or both', 'extracted')
    .action(async (opts: { shared: string; identity: string | boolean; identityOnly?: boolean; holders: string | boolean; holdersGraph: string }) => {
      if (opts.holders !== false && !(await printHoldersScore(opts.holders, opts.holdersGraph))) {
        process.exitCode = 2;
        return;
      }
      if (opts.identity !== false || opts.identityOnly) {
        const sizes = identitySizes(opts.identity);
        if (!sizes) {
          console.error(`kg eval: --identity takes article counts separated by commas (e.g. 10000,100000), got "${opts.identity}"`);
          process.exitCode = 2;
          return;
        }
        await printIdentityScores(sizes);
        if (opts.identityOnly) return;
      }
      const { existsSync, readdirSync, readFileSync, mkdtempSync, writeFileSync, statSync } = await import('node:fs');
      const { join, resolve, dirname } = await import('node:path');
      const { tmpdir } = await import('node:os');
      const { spawnSync } = await import('node:child_process');
      const { extractDocuments, today } = await import('../../extract/index.ts');
      // As `kg extract` reads them: a year-less date takes today's year (SourceDocument.readOn); only month and day score.
      const readOn = today();
      const shared = resolve(opts.shared);
      const score = join(shared, 'eval', 'score.mjs');
      if (!existsSync(score)) {
        console.error(`kg eval: ${score} not found (give --shared DIR)`);
        process.exitCode = 2;
        return;
      }
      const sets: GoldSet[] = [{ name: 'seeds', gold: [join(shared, 'eval', 'seeds.gold.json')], sources: join(shared, 'seeds') }];
      const walk = (dir: string): void => {
        for (const entry of readdirSync(dir).sort()) {
          const path = join(dir, entry);
          if (statSync(path).isDirectory()) walk(path);
          else if (entry.endsWith('.gold.json')) sets.push({ name: path, gold: [path], sources: dirname(path) });
        }
      };
      if (existsSync('tests')) walk('tests');
      const real = realSets(shared, readPackEntries());
      sets.push(...real.sets);
      real.skipped.forEach((line) => console.log(line));
      const identity = opts.identity !== false ? await import('../../identity/eval.ts') : null;
      const { unpackFile } = await import('../../eval/pack-files.ts');
      const { PackError } = await import('../../eval/pack.ts');
      // A gold pack (tests/fixtures/real-packs) is read against its set's sources: a changed source refuses the set.
      const loadGold = (path: string, dir: string): GoldFile =>
        path.endsWith('.pack.json') ? (unpackFile(path, dir) as GoldFile) : (JSON.parse(readFileSync(path, 'utf8')) as GoldFile);
      const out = mkdtempSync(join(tmpdir(), 'kg-eval-'));
      let worst = 1;
      for (const set of sets) {
        let golds: GoldFile[];
        try {
          golds = set.gold.map((g, i) => loadGold(g, set.goldSources?.[i] ?? set.sources));
        } catch (err) {
          if (!(err instanceof PackError)) throw err;
          console.log(`== ${set.name} not scored: ${err.message}`);
          process.exitCode = 1;
          continue;
        }
        let gold: GoldFile = golds.length === 1 && golds[0] ? golds[0] : mergeGold(golds);
        let goldPath = set.gold[0] ?? '';
        const slug = set.name.replace(/[^\w.-]+/g, '_');
        const sources = set.goldSources ? linkGoldSources(join(out, `${slug}.sources`), golds, set.goldSources) : set.sources;
        const files = [...new Set(gold.articles.map((a) => a.source))].filter((f) => set.only?.(f) ?? true);
        const texts = new Map(files.map((f) => [f, readFileSync(join(sources, f), 'utf8')]));
        // An unpacked pack is scored whole, as its gold file would be; a part or a merge keeps the entities it names.
        if (set.only || golds.length > 1) gold = goldPart(gold, texts, set.only ?? (() => true));
        if (set.only || golds.length > 1 || goldPath.endsWith('.pack.json')) {
          goldPath = join(out, `${slug}.gold.json`);
          writeFileSync(goldPath, JSON.stringify(gold));
        }
        const pred = join(out, `${slug}.pred.json`);
        const extraction = extractDocuments(files.map((f) => ({ source: f, text: texts.get(f) ?? '', readOn })));
        writeFileSync(pred, JSON.stringify(extraction));
        const run = spawnSync(process.execPath, [score, '--gold', goldPath, '--pred', pred, '--sources', sources], { encoding: 'utf8' });
        console.log(`== ${set.name} (${files.length} files, ${gold.articles.length} articles)`);
        // The held-back set shows its table and score only: its missed and extra names would be tuning data.
        process.stdout.write(set.tableOnly ? tableOnly(run.stdout) : run.stdout);
        if (run.status !== 0) {
          console.error(run.stderr);
          process.exitCode = 1;
        }
        if (identity) {
          // The score above is the extraction's; the loader then splits a name only where it ends as several people.
          const acc = new identity.IdentityAccumulator();
          acc.add(extraction);
          const split = acc.splitNames();
          const names = split.length && !set.tableOnly ? `: ${split.map((x) => `${x.name} (${x.people})`).join(', ')}` : '';
          console.log(`identity: ${split.length} person name(s) the loader keeps as several people${names}`);
        }
        const overall = /overall F1 ([\d.]+)/.exec(run.stdout);
        if (overall) worst = Math.min(worst, Number(overall[1]));
      }
      console.log(`lowest overall F1 ${worst.toFixed(3)}`);
    });
}
