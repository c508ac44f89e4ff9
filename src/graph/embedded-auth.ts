// The embedded Neo4j runs with auth on: one random password per data folder, generated on first use and
// kept in the folder, readable by its owner only (0600). Every `kg` command on the folder reads it there;
// the launcher reads it from the same file, so it never shows in a process list.
import { randomBytes } from 'node:crypto';
import { chmodSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import neo4j, { type AuthToken } from 'neo4j-driver';

export const PASSWORD_FILE = 'neo4j-password';
export const EMBEDDED_USER = 'neo4j';

export function passwordFile(dataDir: string): string {
  return join(dataDir, PASSWORD_FILE);
}

/** The folder's password, created (0600) when it has none yet. */
export function embeddedPassword(dataDir: string): string {
  const file = passwordFile(dataDir);
  try {
    // 'wx': of two processes creating it at once, one writes and the other reads what that one wrote.
    writeFileSync(file, `${randomBytes(24).toString('base64url')}\n`, { flag: 'wx', mode: 0o600 });
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
  }
  // A copy or an editor may have loosened it; the password opens the whole store.
  if ((statSync(file).mode & 0o077) !== 0) chmodSync(file, 0o600);
  const password = readFileSync(file, 'utf8').trim();
  if (!password) throw new Error(`${file} is empty: delete it and start Neo4j again to get a new password`);
  return password;
}

export interface EmbeddedCredentials {
  user: string;
  password: string;
}

export function embeddedCredentials(dataDir: string): EmbeddedCredentials {
  return { user: EMBEDDED_USER, password: embeddedPassword(dataDir) };
}

export function authToken(credentials: EmbeddedCredentials): AuthToken {
  return neo4j.auth.basic(credentials.user, credentials.password);
}
