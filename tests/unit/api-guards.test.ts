import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { writeRefusal } from '../../src/api/app.ts';
import { apiError, badInput, httpStatus, isTimeout, isUnavailable } from '../../src/api/errors.ts';
import { decodeCursor, encodeCursor, MAX_FIRST, MAX_OFFSET, pageSize, connection } from '../../src/api/paging.ts';
import { luceneEscape } from '../../src/api/store.ts';

describe('bearer token check', () => {
  it('refuses every write when no token is configured', () => {
    expect(writeRefusal(undefined, 'Bearer anything')).toMatch(/no KG_API_TOKEN configured/);
    expect(writeRefusal('', 'Bearer ')).toMatch(/no KG_API_TOKEN configured/);
  });
  it('names what is wrong with the header', () => {
    expect(writeRefusal('s3cret', null)).toMatch(/missing "Authorization: Bearer <token>"/);
    expect(writeRefusal('s3cret', 'Basic czNjcmV0')).toMatch(/not "Bearer <token>"/);
    expect(writeRefusal('s3cret', 'Bearer s3cre')).toBe('invalid bearer token');
    expect(writeRefusal('s3cret', 'Bearer s3cret!')).toBe('invalid bearer token');
  });
  it('accepts exactly the configured token', () => {
    expect(writeRefusal('s3cret', 'Bearer s3cret')).toBeNull();
    expect(writeRefusal('s3cret', 'bearer s3cret')).toBeNull();
  });
});

describe('paging', () => {
  it('caps first at MAX_FIRST and refuses negative sizes', () => {
    expect(pageSize(10_000, 20)).toBe(MAX_FIRST);
    expect(pageSize(undefined, 20)).toBe(20);
    expect(() => pageSize(-1, 20)).toThrow(/first: must be a non-negative integer/);
  });
  it('resumes right after the cursor it handed out', () => {
    fc.assert(fc.property(fc.nat(1_000_000), (offset) => decodeCursor(encodeCursor(offset)) === offset + 1));
  });
  it('refuses a cursor past the deepest offset, naming the argument (not a Neo4j long overflow)', () => {
    expect(decodeCursor(encodeCursor(MAX_OFFSET))).toBe(MAX_OFFSET + 1);
    expect(() => decodeCursor(encodeCursor(MAX_OFFSET + 1))).toThrow(/^after: the cursor points past offset 1000000/);
    expect(() => decodeCursor(Buffer.from('offset:99999999999999999999999').toString('base64url'))).toThrow(/points past offset/);
  });
  it('refuses cursors it did not make', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow(/after: "bm9wZQ" is not a cursor/);
  });
  it('reports a next page only when more items came back than asked for', () => {
    const page = connection([{ n: 1 }, { n: 2 }, { n: 3 }], 10, 2);
    expect(page.edges.map((e) => e.n)).toEqual([1, 2]);
    expect(page.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(decodeCursor(page.pageInfo.endCursor)).toBe(12);
    expect(connection([{ n: 1 }], 0, 2).pageInfo.hasNextPage).toBe(false);
  });
  it('gives each edge the cursor of its own position, whatever fields the edge carries', () => {
    const page = connection([{ offset: 99 }, { offset: 98 }], 5, 2);
    expect(page.edges.map((e) => decodeCursor(e.cursor))).toEqual([6, 7]);
    expect(page.pageInfo.startCursor).toBe(page.edges[0]?.cursor);
    expect(connection([], 5, 2).pageInfo).toMatchObject({ startCursor: null, endCursor: null, hasPreviousPage: true });
  });
});

describe('full-text escaping', () => {
  it('escapes every Lucene operator so user text is searched as words', () => {
    expect(luceneEscape('龙岗 AND (x:y*) "q" ~1 || !z')).toBe('龙岗 and \\(x\\:y\\*\\) \\"q\\" \\~1 \\|\\| \\!z');
    expect(luceneEscape('a\\b/c')).toBe('a\\\\b\\/c');
  });
});

describe('Neo4j failures as coded errors', () => {
  it('tells an unreachable database from a timed-out query from anything else', () => {
    expect(isUnavailable({ code: 'ServiceUnavailable' })).toBe(true);
    expect(isUnavailable({ code: 'SessionExpired' })).toBe(true);
    expect(isUnavailable({ code: 'Neo.ClientError.Statement.SyntaxError' })).toBe(false);
    expect(isTimeout({ code: 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration' })).toBe(true);
    expect(isTimeout(new Error('plain'))).toBe(false);
  });
  it('maps codes to HTTP statuses for the REST routes', () => {
    expect(httpStatus(apiError('NEO4J_UNAVAILABLE', 'x'))).toBe(503);
    expect(httpStatus(apiError('QUERY_TIMEOUT', 'x'))).toBe(504);
    expect(httpStatus(badInput('depth', 'x'))).toBe(400);
    expect(httpStatus(new Error('boom'))).toBe(500);
  });
});
