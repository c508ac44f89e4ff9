import { createServer, request, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { pino } from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type App } from '../../src/api/app.ts';

// The body limit over real HTTP, with and without a Content-Length (chunked). `{ __typename }` needs no
// database, so the driver is one that fails if anything asks it for a session.
const LIMIT = 300;
let app: App;
let server: Server;
let port: number;

beforeAll(async () => {
  const driver = { session: () => { throw new Error('no database in this test'); } } as never;
  app = createApp({ driver, logger: pino({ level: 'silent' }), maxRequestBytes: LIMIT });
  server = createServer(app.yoga);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as AddressInfo).port;
});
afterAll(async () => {
  app.close();
  await new Promise((resolve) => server.close(resolve));
});

/** POSTs `body` as JSON, either with its Content-Length or chunked in pieces of 64 bytes. */
function post(body: string, chunked: boolean): Promise<{ status: number; json: any }> {
  return new Promise((resolve, reject) => {
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (!chunked) headers['content-length'] = String(Buffer.byteLength(body));
    const req = request({ host: '127.0.0.1', port, path: '/graphql', method: 'POST', headers }, (res) => {
      let text = '';
      res.on('data', (d: Buffer) => (text += d.toString()));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, json: JSON.parse(text) }));
    });
    req.on('error', reject);
    if (chunked) for (let i = 0; i < body.length; i += 64) req.write(body.slice(i, i + 64));
    else req.write(body);
    req.end();
  });
}

const small = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(100) } });
const large = JSON.stringify({ query: '{ __typename }', variables: { pad: 'x'.repeat(400) } });

describe('request body limit', () => {
  for (const chunked of [false, true]) {
    const how = chunked ? 'chunked' : 'with Content-Length';
    it(`answers a body under the limit (${how})`, async () => {
      expect(Buffer.byteLength(small)).toBeLessThan(LIMIT);
      const { status, json } = await post(small, chunked);
      expect(status).toBe(200);
      expect(json).toEqual({ data: { __typename: 'Query' } });
    });
    it(`refuses a body over the limit with 413, naming the limit (${how})`, async () => {
      expect(Buffer.byteLength(large)).toBeGreaterThan(LIMIT);
      const { status, json } = await post(large, chunked);
      expect(status).toBe(413);
      expect(json.errors[0].message).toBe(`Request body too large: the limit is ${LIMIT} bytes`);
    });
  }
});
