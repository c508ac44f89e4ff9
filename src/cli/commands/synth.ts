import type { Command } from 'commander';

function positiveInt(value: string, name: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got "${value}"`);
  return n;
}

export function register(program: Command): void {
  program
    .command('synth')
    .description('write a deterministic synthetic corpus (district-paper files) and its gold for score.mjs')
    .requiredOption('--articles <n>', 'number of articles')
    .option('--seed <s>', 'seed: the same articles and seed give byte-identical output', '1')
    .requiredOption('--out <dir>', 'folder for the article files')
    .option('--gold <file>', 'gold file (default: <out>.gold.json, beside the folder)')
    .action(async (opts: { articles: string; seed: string; out: string; gold?: string }) => {
      let articles: number;
      try {
        articles = positiveInt(opts.articles, '--articles');
      } catch (err) {
        console.error(`kg synth: ${(err as Error).message}`);
        process.exitCode = 2;
        return;
      }
      const { writeCorpus } = await import('../../synth/corpus.ts');
      const started = performance.now();
      let lastReport = 0;
      const summary = writeCorpus({ articles, seed: opts.seed, out: opts.out, ...(opts.gold ? { goldPath: opts.gold } : {}) }, (done) => {
        if (process.stderr.isTTY && done - lastReport >= 5000) {
          lastReport = done;
          process.stderr.write(`\r${done}/${articles} articles`);
        }
      });
      if (process.stderr.isTTY && lastReport) process.stderr.write('\n');
      const seconds = ((performance.now() - started) / 1000).toFixed(1);
      console.log(
        `${summary.articles} articles in ${summary.files} files (${summary.chars} chars) → ${opts.out}; gold → ${summary.goldPath} (${seconds} s)`,
      );
      const n = summary.namesakes;
      console.log(
        `namesakes: ${n.withNamesake} of ${n.officials} officials (${((100 * n.withNamesake) / n.officials).toFixed(1)}%) share the full name with an official of another district; ${n.commonest.name} in ${n.commonest.districts} districts`,
      );
    });
}
