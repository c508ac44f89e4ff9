// ingestArticles' default: the one ingest use case (src/ingest/), as `kg ingest` runs it — the CLI's decode
// checks, extraction in the worker pool (never on the server's event loop), the real loader. A text only
// adds unless the client asks to replace its sources; the answer lists what was replaced.
import type { Driver } from 'neo4j-driver';
import { InputError, ingestTexts } from '../ingest/texts.ts';
import type { Ingest } from './context.ts';
import { apiError, badInput } from './errors.ts';

export function defaultIngest(driver: Driver): Ingest {
  return async (documents, opts = {}) => {
    let report;
    try {
      report = await ingestTexts(driver, documents, { replace: opts.replace === true });
    } catch (err) {
      if (err instanceof InputError) throw badInput(err.file, err.reason);
      throw err;
    }
    if (report.aborted) throw apiError('NEO4J_UNAVAILABLE', `ingestArticles: ${report.aborted}; ${report.articles} article(s) were loaded before it`);
    if (report.failures.length > 0) {
      throw badInput('documents', report.failures.map((f) => `${f.file}: ${f.reason}`).join('; '));
    }
    return {
      articles: report.loaded.map((article) => ({ __typename: 'Article', ...article, span: [...article.span] })),
      entityCount: report.extracted.entities,
      relationCount: report.extracted.relations,
      replaced: report.retracted,
    };
  };
}
