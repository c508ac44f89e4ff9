// The embedded Neo4j is not open to every local process or page (issue 13, item 3): auth is on with a
// password of the data folder's own (0600), and its Bolt port refuses WebSocket upgrades, whatever the Origin.
import { existsSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { createConnection } from 'node:net';
import neo4j, { type AuthToken } from 'neo4j-driver';
import { describe, expect, inject, it } from 'vitest';
import { read } from '../../src/graph/cypher.ts';
import { passwordFile } from '../../src/graph/embedded-auth.ts';

const embedded = inject('neo4jVia') === 'embedded';
const uri = inject('neo4jUri');

async function runAs(auth: AuthToken | undefined): Promise<string> {
  const driver = neo4j.driver(uri, auth);
  try {
    await read(driver, 'api-ready');
    return 'answered';
  } catch (error) {
    return (error as { code?: string }).code ?? (error as Error).message;
  } finally {
    await driver.close();
  }
}

/** Sends one raw HTTP request to the Bolt port and returns whatever comes back before the socket closes. */
function rawHttp(request: string): Promise<string> {
  const { hostname, port } = new URL(uri.replace(/^[a-z+]+:/, 'http:'));
  return new Promise((resolve, reject) => {
    let answer = '';
    const socket = createConnection({ host: hostname, port: Number(port) }, () => socket.write(request));
    socket.setTimeout(15_000, () => socket.destroy(new Error('no answer and no close within 15 s')));
    socket.on('data', (chunk: Buffer) => (answer += chunk.toString('latin1')));
    socket.on('close', () => resolve(answer));
    socket.on('error', (error: NodeJS.ErrnoException) => (error.code === 'ECONNRESET' ? resolve(answer) : reject(error)));
  });
}

const upgrade = (origin: string | null) =>
  [
    'GET / HTTP/1.1',
    `Host: ${new URL(uri.replace(/^[a-z+]+:/, 'http:')).host}`,
    'Connection: Upgrade',
    'Upgrade: websocket',
    'Sec-WebSocket-Version: 13',
    'Sec-WebSocket-Key: dGhlIHNhbXBsZSBub25jZQ==',
    ...(origin ? [`Origin: ${origin}`] : []),
    '',
    '',
  ].join('\r\n');

describe.skipIf(!embedded)('the embedded Neo4j with auth on', () => {
  it('refuses a Bolt session without credentials, or with a wrong password', async () => {
    expect(await runAs(undefined)).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await runAs(neo4j.auth.basic('neo4j', 'neo4j'))).toBe('Neo.ClientError.Security.Unauthorized');
    expect(await runAs(neo4j.auth.basic('neo4j', `${inject('neo4jPassword')}x`))).toBe('Neo.ClientError.Security.Unauthorized');
  });

  it('answers with the password of the data folder', async () => {
    expect(inject('neo4jUser')).toBe('neo4j');
    expect(await runAs(neo4j.auth.basic('neo4j', inject('neo4jPassword')))).toBe('answered');
  });

  it('keeps that password in the data folder, readable by its owner only', () => {
    const file = passwordFile(inject('neo4jDataDir'));
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(inject('neo4jPassword').length).toBeGreaterThanOrEqual(24);
    // The initial-user file that gave the new store its password (never the default neo4j/neo4j) is gone.
    expect(existsSync(join(inject('neo4jDataDir'), 'data', 'dbms', 'auth.ini'))).toBe(false);
  });

  it('gives a WebSocket upgrade from a foreign Origin no 101, and closes the connection', async () => {
    const answer = await rawHttp(upgrade('https://evil.example'));
    expect(answer).not.toMatch(/^HTTP\/1\.1 101/);
    expect(answer).toBe('');
  });

  it('refuses WebSocket without an Origin too (the transport is off), while Bolt itself still works', async () => {
    expect(await rawHttp(upgrade(null))).toBe('');
    expect(await runAs(neo4j.auth.basic('neo4j', inject('neo4jPassword')))).toBe('answered');
  });
});
