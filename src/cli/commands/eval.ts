import type { Command } from 'commander';

/** Gold sets scored by `kg eval`: the seeds, and every *.gold.json under tests/ with its sources beside it. */
interface GoldSet {
  name: string;
  gold: string;
  sources: string;
}

export function register(program: Command): void {
  program
    .command('eval')
    .description('score the extractor against the seed gold and every gold fixture under tests/ (score.mjs tables)')
    .option('--shared <dir>', 'the shared folder with eval/score.mjs and seeds/', '../shared')
    .action(async (opts: { shared: string }) => {
      const { existsSync, readdirSync, readFileSync, mkdtempSync, writeFileSync, statSync } = await import('node:fs');
      const { join, resolve, dirname } = await import('node:path');
      const { tmpdir } = await import('node:os');
      const { spawnSync } = await import('node:child_process');
      const { extractDocuments } = await import('../../extract/index.ts');
      const shared = resolve(opts.shared);
      const score = join(shared, 'eval', 'score.mjs');
      if (!existsSync(score)) {
        console.error(`kg eval: ${score} not found (give --shared DIR)`);
        process.exitCode = 2;
        return;
      }
      const sets: GoldSet[] = [{ name: 'seeds', gold: join(shared, 'eval', 'seeds.gold.json'), sources: join(shared, 'seeds') }];
      const walk = (dir: string): void => {
        for (const entry of readdirSync(dir).sort()) {
          const path = join(dir, entry);
          if (statSync(path).isDirectory()) walk(path);
          else if (entry.endsWith('.gold.json')) sets.push({ name: path, gold: path, sources: dirname(path) });
        }
      };
      if (existsSync('tests')) walk('tests');
      const out = mkdtempSync(join(tmpdir(), 'kg-eval-'));
      let worst = 1;
      for (const set of sets) {
        const gold = JSON.parse(readFileSync(set.gold, 'utf8')) as { articles: { source: string }[] };
        const files = [...new Set(gold.articles.map((a) => a.source))];
        const docs = files.map((f) => ({ source: f, text: readFileSync(join(set.sources, f), 'utf8') }));
        const pred = join(out, `${set.name.replace(/[^\w.-]+/g, '_')}.pred.json`);
        writeFileSync(pred, JSON.stringify(extractDocuments(docs)));
        const run = spawnSync(process.execPath, [score, '--gold', set.gold, '--pred', pred, '--sources', set.sources], { encoding: 'utf8' });
        console.log(`== ${set.name} (${files.length} files, ${gold.articles.length} articles)`);
        process.stdout.write(run.stdout);
        if (run.status !== 0) {
          console.error(run.stderr);
          process.exitCode = 1;
        }
        const overall = /overall F1 ([\d.]+)/.exec(run.stdout);
        if (overall) worst = Math.min(worst, Number(overall[1]));
      }
      console.log(`lowest overall F1 ${worst.toFixed(3)}`);
    });
}
