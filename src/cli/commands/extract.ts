import { availableParallelism } from 'node:os';
import type { Command } from 'commander';

interface ExtractCliOptions {
  format: string;
  date?: string;
  readOn?: string;
  maxBytes?: string;
  threads?: string;
}

/** Inputs larger than this (in characters, all files together) are extracted in worker threads. */
const PARALLEL_THRESHOLD = 2_000_000;

export function register(program: Command): void {
  program
    .command('extract')
    .description('extract articles, entities and relations from text files (or - for stdin) as one JSON object')
    .argument('<files...>', 'text files, or - for stdin')
    .option('--format <format>', 'output format (json)', 'json')
    .option('--date <YYYY-MM-DD>', 'publication date of the files, when the caller knows it')
    .option('--read-on <YYYY-MM-DD>', 'the day the files are read: a month and day with no year anywhere in a file take its year (default: today)')
    .option('--max-bytes <n>', 'refuse files larger than this many bytes')
    .option('--threads <n>', 'worker threads for large inputs (default: by input size and cores)')
    .action(async (files: string[], opts: ExtractCliOptions) => {
      if (opts.format !== 'json') return fail(`unknown --format "${opts.format}" (only json)`);
      if (opts.date !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.date)) return fail(`--date "${opts.date}" is not YYYY-MM-DD`);
      if (opts.readOn !== undefined && !/^\d{4}-\d{2}-\d{2}$/.test(opts.readOn)) return fail(`--read-on "${opts.readOn}" is not YYYY-MM-DD`);
      const maxBytes = opts.maxBytes === undefined ? undefined : Number(opts.maxBytes);
      if (maxBytes !== undefined && !(maxBytes > 0)) return fail(`--max-bytes "${opts.maxBytes}" is not a positive number`);
      const threads = opts.threads === undefined ? undefined : Number(opts.threads);
      if (threads !== undefined && !(Number.isInteger(threads) && threads >= 1)) return fail(`--threads "${opts.threads}" is not a positive integer`);

      const { readDocument, decodeBytes, InputError, DEFAULT_MAX_BYTES } = await import('../../extract/decode.ts');
      const { extractEach, mergeResults, isFailure, today } = await import('../../extract/index.ts');
      const readOn = opts.readOn ?? today();
      const { extractEachParallel } = await import('../../extract/parallel.ts');
      const docs: { source: string; text: string; date?: string; readOn: string }[] = [];
      let failed = 0;
      for (const file of files) {
        try {
          const decoded =
            file === '-' ? decodeBytes('<stdin>', await readStdin(), maxBytes ?? DEFAULT_MAX_BYTES) : await readDocument(file, maxBytes ?? DEFAULT_MAX_BYTES);
          docs.push({ source: file === '-' ? '<stdin>' : file, text: decoded.text, readOn, ...(opts.date ? { date: opts.date } : {}) });
        } catch (err) {
          failed++;
          console.error(`kg extract: ${err instanceof InputError ? err.message : `${file}: ${String(err)}`}`);
        }
      }
      const size = docs.reduce((n, d) => n + d.text.length, 0);
      const useWorkers = docs.length > 1 && (threads !== undefined ? threads > 1 : size > PARALLEL_THRESHOLD);
      const results = useWorkers ? await extractEachParallel(docs, threads ?? Math.min(availableParallelism(), 4)) : extractEach(docs);
      const good = [];
      for (const [i, r] of results.entries()) {
        if (isFailure(r)) {
          failed++;
          console.error(`kg extract: ${docs[i]!.source}: could not be extracted: ${r.error}`);
          continue;
        }
        for (const w of r.warnings) console.error(`kg extract: ${docs[i]!.source}: ${w}`);
        if (r.articles.length === 0) console.error(`kg extract: ${docs[i]!.source}: no article text found`);
        good.push(r);
      }
      process.stdout.write(JSON.stringify(mergeResults(good)) + '\n');
      if (failed > 0) process.exitCode = 1;
    });
}

function fail(message: string): void {
  console.error(`kg extract: ${message}`);
  process.exitCode = 2;
}

async function readStdin(): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}
