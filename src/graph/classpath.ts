// The embedded Neo4j's classpath, resolved by Maven on first use and offline afterwards. Maven's own log
// (≈1,550 lines on a first run) is kept out of sight: it drives a progress bar, and its tail is shown only
// when Maven fails.
import { execFile, spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { startProgress } from './progress.ts';

export const launcherDir = fileURLToPath(new URL('../../neo4j-launcher/', import.meta.url));
const classpathFile = join(launcherDir, 'target', 'cp.txt');
const classesDir = join(launcherDir, 'target', 'classes');
const STAMP = 'Launcher.java.sha256';
// Files Maven fetched for Neo4j 5.26 into an empty ~/.m2 (counted once): the bar's estimate of the whole.
const FIRST_RUN_DOWNLOADS = 780;

export interface ClasspathOptions {
  log?: (line: string) => void;
  /** Draw a progress bar (default: when stderr is a terminal). */
  progressBar?: boolean;
}

export async function ensureClasspath(opts: ClasspathOptions = {}): Promise<string> {
  const log = opts.log ?? ((line: string) => process.stderr.write(`${line}\n`));
  const existing = existsSync(classpathFile) ? readFileSync(classpathFile, 'utf8').trim() : '';
  if (existing && existing.split(':').every((jar) => existsSync(jar))) return existing;

  const progress = await startProgress({
    label: existing ? 'Neo4j classpath is stale: Maven resolves it again' : 'First use: Maven downloads Neo4j 5.26 (once; offline afterwards)',
    total: FIRST_RUN_DOWNLOADS,
    log,
    ...(opts.progressBar === undefined ? {} : { bar: opts.progressBar }),
  });
  // Written beside the real file and renamed, so a concurrent reader never sees half a classpath.
  const tmp = `${classpathFile}.${process.pid}`;
  const args = ['-B', 'dependency:build-classpath', `-Dmdep.outputFile=${tmp}`];
  let downloaded = 0;
  const tail: string[] = [];
  const resolved = new Promise<void>((res, rej) => {
    const mvn = spawn('mvn', args, { cwd: launcherDir, stdio: ['ignore', 'pipe', 'pipe'] });
    for (const stream of [mvn.stdout, mvn.stderr]) {
      createInterface({ input: stream }).on('line', (line) => {
        if (/^\[INFO\] Downloaded from /.test(line)) progress.update(++downloaded);
        tail.push(line);
        if (tail.length > 30) tail.shift();
      });
    }
    mvn.on('error', (err) => rej(new Error(`cannot run Maven (mvn): ${err.message}`)));
    mvn.on('exit', (code) => {
      if (code === 0) return res();
      const errors = tail.filter((line) => /ERROR|FAIL/.test(line));
      rej(new Error(`Maven could not resolve Neo4j (exit ${code}):\n${(errors.length ? errors : tail).join('\n')}`));
    });
  });
  try {
    await resolved;
  } catch (err) {
    progress.done('Maven failed');
    throw err;
  }
  renameSync(tmp, classpathFile);
  progress.done(downloaded ? `Neo4j jars ready (${downloaded} files downloaded)` : 'Neo4j jars ready (all in the local Maven repository)');
  return readFileSync(classpathFile, 'utf8').trim();
}

/**
 * The classpath to run `Launcher` with: Launcher.java compiled once into target/classes (again whenever its
 * source changes), then Neo4j's jars. The JDK's single-file source launcher compiled it on every start, which
 * measured 33 s of javac on this machine under load (load average 15): most of a restart's wait.
 */
export async function launcherClasspath(classpath: string): Promise<string> {
  const source = join(launcherDir, 'Launcher.java');
  const hash = createHash('sha256').update(readFileSync(source)).digest('hex');
  const stamp = join(classesDir, STAMP);
  const compiled = () => existsSync(stamp) && readFileSync(stamp, 'utf8') === hash;
  if (!compiled()) {
    // Compiled beside and renamed into place, so a concurrent start never runs half a set of classes.
    const tmp = `${classesDir}.${process.pid}`;
    rmSync(tmp, { recursive: true, force: true });
    const javac = process.env.JAVA_HOME ? join(process.env.JAVA_HOME, 'bin', 'javac') : 'javac';
    try {
      await promisify(execFile)(javac, ['-d', tmp, '-cp', classpath, '-encoding', 'UTF-8', source]);
    } catch (err) {
      rmSync(tmp, { recursive: true, force: true });
      throw new Error(`cannot compile ${source}: ${(err as Error).message}`);
    }
    writeFileSync(join(tmp, STAMP), hash);
    if (!compiled()) {
      rmSync(classesDir, { recursive: true, force: true });
      try {
        renameSync(tmp, classesDir);
      } catch {
        // Another process put its (identical) classes there first.
      }
    }
    rmSync(tmp, { recursive: true, force: true });
  }
  return `${classesDir}:${classpath}`;
}
