// A request whose parameters are not JSON is the client's error (400 BAD_REQUEST, naming the parameter):
// yoga's GET parser lets JSON.parse's SyntaxError through, which became a masked 500.
import { createGraphQLError, type Plugin } from 'graphql-yoga';

export function useParseErrors(): Plugin {
  return {
    onRequestParse({ requestParser, setRequestParser }) {
      if (!requestParser) return;
      setRequestParser(async (request) => {
        try {
          return await requestParser(request);
        } catch (error) {
          if (!(error instanceof SyntaxError)) throw error;
          throw createGraphQLError(`the request's variables or extensions are not valid JSON (${error.message})`, {
            extensions: { http: { status: 400 }, code: 'BAD_REQUEST' },
          });
        }
      });
    },
  };
}
