// The request-body limit, in place of yoga's own (`maxRequestBodySize`). Yoga pipes every body through a
// counting TransformStream, even one whose Content-Length it has just checked; on a small query that stream
// and its abort signal were half of the server's CPU per request (src/bench/findings.md, item 18). Node's
// HTTP parser never hands on more bytes than the Content-Length it accepted, so a declared length is checked
// as a number and the body read as it is; only a body without one (chunked) is read and counted here.
import { createGraphQLError, type Plugin } from 'graphql-yoga';

const CONTENT_LENGTH = /^\d+$/;

function tooLarge(limit: number) {
  return createGraphQLError(`Request body too large: the limit is ${limit} bytes`, {
    extensions: { http: { status: 413 }, code: 'REQUEST_ENTITY_TOO_LARGE' },
  });
}

/** Refuses request bodies over `limit` bytes (413), and a Content-Length that is not one number (400). */
export function bodyLimit(limit: number): Plugin {
  return {
    onRequestParse({ request, requestParser, setRequestParser, fetchAPI }) {
      const declared = request.headers.get('content-length');
      if (declared !== null) {
        if (!CONTENT_LENGTH.test(declared)) {
          throw createGraphQLError(`Content-Length header is invalid: "${declared}"`, {
            extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
          });
        }
        if (Number(declared) > limit) throw tooLarge(limit);
        return;
      }
      if (!requestParser || !request.body) return;
      const parse = requestParser;
      setRequestParser(async (req) => {
        const body = await readUpTo(req.body as ReadableStream<Uint8Array>, limit);
        return parse(new fetchAPI.Request(req.url, { method: req.method, headers: req.headers, body, signal: req.signal }));
      });
    },
  };
}

/** The whole stream, or a 413 as soon as it passes `limit` bytes (the rest is never read). */
async function readUpTo(stream: ReadableStream<Uint8Array>, limit: number): Promise<Blob> {
  const chunks: Uint8Array[] = [];
  let size = 0;
  const reader = stream.getReader();
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel();
      throw tooLarge(limit);
    }
    chunks.push(value);
  }
  return new Blob(chunks as Uint8Array<ArrayBuffer>[]);
}
