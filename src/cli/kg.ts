// Entry point of the `kg` command: one subcommand per module in ./commands.
import { Command } from 'commander';

const program = new Command('kg')
  .description('Knowledge graph of Chinese local-government news: extract, load into Neo4j, serve GraphQL')
  .showHelpAfterError();

// Each module exports `register(program)`; kept as a list so the help shows them in this order.
const commandModules = ['extract', 'eval', 'gold', 'ingest', 'stats', 'neo4j', 'serve', 'start', 'synth', 'bench'] as const;
for (const name of commandModules) {
  const mod = (await import(`./commands/${name}.ts`)) as { register: (p: Command) => void };
  mod.register(program);
}

await program.parseAsync(process.argv);
