import type { Command } from 'commander';

// Placeholder: filled in by the work on this command.
export function register(program: Command): void {
  program.command('ingest').description('(not yet implemented)').action(() => {
    console.error('kg ingest: not yet implemented');
    process.exitCode = 2;
  });
}
