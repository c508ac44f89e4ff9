// `kg serve` as a child process for the supervision and scale-out tests: started with a given environment,
// its JSON log lines kept, its port read from the "GraphQL API … at" line, and asked questions over HTTP.
import { spawn, type ChildProcess } from 'node:child_process';
import { join } from 'node:path';
import { repoRoot } from './support.ts';

export interface ServeProcess {
  base: string;
  child: ChildProcess;
  /** Every JSON log line so far. */
  logs: Record<string, unknown>[];
  stop(): Promise<number | null>;
}

/** Environment without the run's NEO4J_* (so `kg` uses the embedded Neo4j of KG_DATA_DIR), plus `extra`. */
export function embeddedEnv(extra: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  // Empty rather than absent: runKg puts the run's NEO4J_* back unless they are given.
  return { ...process.env, NEO4J_URI: '', NEO4J_USER: '', NEO4J_PASSWORD: '', KG_NEO4J_HEAP: '512m', KG_NEO4J_PAGECACHE: '32m', KG_NEO4J_TX_MEMORY: '128m', LOG_LEVEL: 'info', ...extra };
}

export async function startServe(env: NodeJS.ProcessEnv, timeoutMs: number): Promise<ServeProcess> {
  const child = spawn(process.execPath, [join(repoRoot, 'bin/kg.js'), 'serve', '--port', '0'], {
    cwd: repoRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const logs: Record<string, unknown>[] = [];
  let stderr = '';
  let pending = '';
  child.stdout!.on('data', (chunk: Buffer) => {
    const lines = (pending + chunk.toString()).split('\n');
    pending = lines.pop() ?? '';
    for (const line of lines.filter(Boolean)) logs.push(JSON.parse(line) as Record<string, unknown>);
  });
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return child.exitCode;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
    child.kill('SIGTERM');
    return exited;
  };
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const listening = logs.find((line) => typeof line.port === 'number' && typeof line.playground === 'string');
    if (listening) return { base: `http://127.0.0.1:${listening.port as number}`, child, logs, stop };
    if (child.exitCode !== null) throw new Error(`kg serve exited with ${child.exitCode}: ${stderr}`);
    if (Date.now() > deadline) {
      await stop();
      throw new Error(`kg serve did not listen within ${timeoutMs} ms: ${stderr}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

export interface Answer {
  data?: any;
  errors?: { message: string; extensions?: { code?: string } }[];
}

export async function ask(base: string, query: string, variables: Record<string, unknown> = {}, headers: Record<string, string> = {}): Promise<Answer> {
  const response = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as Answer;
}

export const CO_ATTENDEES = '{ coAttendees(name: "王策飞") { person { name } } }';

/** Names of 王策飞's co-attendees, or the first error code. */
export async function coAttendees(base: string): Promise<string[] | string> {
  const answer = await ask(base, CO_ATTENDEES).catch((error: Error) => ({ errors: [{ message: error.message }] }) as Answer);
  if (answer.errors?.length) return answer.errors[0]!.extensions?.code ?? answer.errors[0]!.message;
  return (answer.data.coAttendees as { person: { name: string } }[]).map((row) => row.person.name).sort();
}
