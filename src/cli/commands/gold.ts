import type { Command } from 'commander';

/** Runs a subcommand, turning a PackError (a missing or changed source, a person's name found nowhere) into exit 2. */
async function guarded(name: string, run: () => Promise<void>): Promise<void> {
  const { PackError } = await import('../../eval/pack.ts');
  try {
    await run();
  } catch (err) {
    if (!(err instanceof PackError)) throw err;
    console.error(`kg gold ${name}: ${err.message}`);
    process.exitCode = 2;
  }
}

export function register(program: Command): void {
  const gold = program.command('gold').description('keep hand-made gold for the real corpus in the repo as packs: offsets into the sources, no text of them');
  gold
    .command('pack')
    .description('write a pack of GOLD: every string taken from the articles becomes a span into its source file')
    .argument('<gold>', 'the gold file (the format of score.mjs)')
    .requiredOption('--sources <dir>', 'the folder of the gold\'s source files')
    .requiredOption('--out <file>', 'the pack to write (tests/fixtures/real-packs/NAME.pack.json)')
    .option('--role <role>', 'tuning (scored with its misses) or held-back (table and score only)', 'tuning')
    .option('--set <name>', 'the set\'s name in kg eval (default: the gold file\'s name)')
    .action((goldPath: string, opts: { sources: string; out: string; role: string; set?: string }) =>
      guarded('pack', async () => {
        if (opts.role !== 'tuning' && opts.role !== 'held-back') {
          console.error(`kg gold pack: --role takes tuning or held-back, got "${opts.role}"`);
          process.exitCode = 2;
          return;
        }
        const { writeFileSync } = await import('node:fs');
        const { basename } = await import('node:path');
        const { packFile, packCounts } = await import('../../eval/pack-files.ts');
        const set = opts.set ?? basename(goldPath).replace(/\.gold\.json$|\.json$/, '');
        const { pack, literals } = packFile(goldPath, opts.sources, { set, role: opts.role });
        writeFileSync(opts.out, `${JSON.stringify(pack)}\n`);
        const c = packCounts(pack);
        const articles = (pack.gold.articles as unknown[]).length;
        console.log(
          `${opts.out}: set ${set} (${opts.role}), ${articles} articles in ${pack.sources.length} sources; ${c.spans} spans (${c.t2s} in the t2s view), ${c.pieces} strings in pieces, ${c.entities} entity references, ${literals.length} literal(s)`,
        );
        // A held-back gold's strings stay unseen, even these; a tuning pack shows them so a human can check none is page text.
        if (literals.length && opts.role === 'tuning') console.log(`literals (found nowhere in the sources): ${literals.map((l) => JSON.stringify(l)).join(', ')}`);
      }),
    );
  gold
    .command('unpack')
    .description('write the gold of PACK back, reading the strings from the source files (refused if a file changed)')
    .argument('<pack>', 'the pack file')
    .requiredOption('--sources <dir>', 'the folder of the pack\'s source files')
    .requiredOption('--out <file>', 'the gold file to write')
    .action((packPath: string, opts: { sources: string; out: string }) =>
      guarded('unpack', async () => {
        const { writeFileSync } = await import('node:fs');
        const { unpackFile } = await import('../../eval/pack-files.ts');
        const gold = unpackFile(packPath, opts.sources);
        writeFileSync(opts.out, `${JSON.stringify(gold, null, 1)}\n`);
        console.log(`${opts.out}: ${gold.articles.length} articles, ${gold.entities.length} entities`);
      }),
    );
}
