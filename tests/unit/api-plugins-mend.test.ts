// The jit plugin's one mend of graphql-jit's errors, and the health routes' exact paths (plugins/health.ts).
import { GraphQLError, parse } from 'graphql';
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { afterAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/app.ts';
import { mendErrors } from '../../src/api/plugins/jit.ts';

describe("graphql-jit's errors leave plugins/jit.ts mended", () => {
  const document = parse('query Q { coAttendees(name: "x") { person { id } } }');

  it('gives a field error its node and an extensions object that takes a request id', () => {
    // As graphql-jit makes an unexpected error: no nodes, `extensions` defined read-only and undefined.
    const raw = new GraphQLError('boom', { path: ['coAttendees', 0, 'person'], originalError: new Error('boom') });
    Object.defineProperty(raw, 'extensions', { value: undefined, writable: false, enumerable: false });
    const [mended] = mendErrors([raw], document, 'Q');
    expect(mended!.nodes?.[0]?.kind).toBe('Field');
    expect(mended!.locations).toEqual([{ line: 1, column: 36 }]);
    expect(mended!.path).toEqual(['coAttendees', 0, 'person']);
    (mended!.extensions as Record<string, unknown>).requestId = 'r-1';
    expect(mended!.extensions.requestId).toBe('r-1');
  });

  it('leaves an error that needs nothing as it is', () => {
    const coded = new GraphQLError('no', { extensions: { code: 'BAD_USER_INPUT' } });
    expect(mendErrors([coded], document, 'Q')[0]).toBe(coded);
  });
});

describe('health routes answer their exact paths only', () => {
  const driver = neo4j.driver('bolt://127.0.0.1:1'); // never contacted by /healthz
  const app = createApp({ driver, logger: pino({ level: 'silent' }) });
  afterAll(async () => {
    app.close();
    await driver.close();
  });

  it('answers /healthz with or without a query, and not /x/healthz', async () => {
    const ok = await app.yoga.fetch('http://127.0.0.1/healthz?probe=1');
    expect(ok.status).toBe(200);
    expect(await ok.json()).toEqual({ status: 'ok' });
    expect((await app.yoga.fetch('http://127.0.0.1/x/healthz')).status).toBe(404);
  });
});
