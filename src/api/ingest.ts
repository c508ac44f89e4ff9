// ingestArticles' default: the real extractor, then the real loader (a re-sent source replaces its articles).
import type { Driver } from 'neo4j-driver';
import { extractDocuments } from '../extract/index.ts';
import { extractorVersion } from '../extract/version.ts';
import { loadExtraction } from '../graph/load.ts';
import type { Ingest } from './context.ts';

export function defaultIngest(driver: Driver): Ingest {
  return async (documents) => {
    const extraction = await extractDocuments(documents);
    await loadExtraction(driver, extraction, { extractor: extractorVersion() });
    return {
      articles: extraction.articles.map((article) => ({ __typename: 'Article', ...article, span: [...article.span] })),
      entityCount: extraction.entities.length,
      relationCount: extraction.relations.length,
    };
  };
}
