import type { Command } from 'commander';

interface Neo4jOptions {
  dataDir?: string;
  port?: string;
}

export function register(program: Command): void {
  const neo4j = program
    .command('neo4j')
    .description('the embedded Neo4j on the data folder (KG_DATA_DIR, default .data/): start, stop, status');

  neo4j
    .command('start')
    .description('start it in the background (other kg commands then reuse it)')
    .option('--data-dir <dir>', 'data folder (default KG_DATA_DIR or .data/)')
    .option('--port <n>', 'Bolt port on 127.0.0.1 (default: a free one)')
    .action(async (opts: Neo4jOptions) => {
      const port = opts.port === undefined ? undefined : Number(opts.port);
      if (port !== undefined && !(Number.isInteger(port) && port > 0 && port < 65536)) {
        console.error(`kg neo4j start: --port must be a port number, got "${opts.port}"`);
        process.exitCode = 2;
        return;
      }
      const { startEmbedded, embeddedStatus, defaultDataDir } = await import('../../graph/embedded.ts');
      const { passwordFile } = await import('../../graph/embedded-auth.ts');
      const dataDir = opts.dataDir ?? defaultDataDir();
      const running = await embeddedStatus(dataDir);
      if (running) {
        console.log(`already running: ${running.uri} (pid ${running.pid}, data ${dataDir})`);
        return;
      }
      try {
        const started = await startEmbedded({ dataDir, detached: true, ...(port ? { port } : {}) });
        console.log(`started: ${started.uri} (pid ${started.pid}, data ${dataDir})`);
        console.log(`auth: user ${started.credentials.user}, password in ${passwordFile(dataDir)} (owner-only)`);
      } catch (err) {
        console.error(`kg neo4j start: ${(err as Error).message}`);
        process.exitCode = 1;
      }
    });

  neo4j
    .command('stop')
    .description('stop it (whichever kg command started it; the command that started it does not start it again)')
    .option('--data-dir <dir>', 'data folder (default KG_DATA_DIR or .data/)')
    .action(async (opts: Neo4jOptions) => {
      const { stopEmbedded, defaultDataDir } = await import('../../graph/embedded.ts');
      const dataDir = opts.dataDir ?? defaultDataDir();
      console.log((await stopEmbedded(dataDir)) ? `stopped (data ${dataDir})` : `not running (data ${dataDir})`);
    });

  neo4j
    .command('status')
    .description('whether it runs, and where; exits 3 when it does not')
    .option('--data-dir <dir>', 'data folder (default KG_DATA_DIR or .data/)')
    .action(async (opts: Neo4jOptions) => {
      const { embeddedStatus, defaultDataDir } = await import('../../graph/embedded.ts');
      const { passwordFile } = await import('../../graph/embedded-auth.ts');
      const dataDir = opts.dataDir ?? defaultDataDir();
      if (process.env.NEO4J_URI) console.log(`NEO4J_URI is set: kg commands use ${process.env.NEO4J_URI}, not the embedded one`);
      const running = await embeddedStatus(dataDir);
      if (running) {
        console.log(`running: ${running.uri} (pid ${running.pid}, data ${dataDir})`);
        console.log(`auth: user neo4j, password in ${passwordFile(dataDir)} (owner-only)`);
      } else {
        console.log(`not running (data ${dataDir})`);
        process.exitCode = 3;
      }
    });
}
