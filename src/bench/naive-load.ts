// The naive loader (the bench's baseline; the ingest is src/ingest/). Ingest speed into the real Neo4j: the project's batched loader against a naive loader that sends one
// statement per row, each in its own transaction (what a first attempt with the driver looks like).
import type { Driver } from 'neo4j-driver';
import type { Extraction } from '../extract/format.ts';
import { cypher, read } from '../graph/cypher.ts';
import { RELATIONS, assertTypeName, shapeOf, type RelationSpec } from '../model/relation-types.ts';

/** Empties the database (schema stays). `CALL … IN TRANSACTIONS` needs an auto-commit transaction. */
export async function wipe(driver: Driver): Promise<void> {
  const session = driver.session();
  try {
    await session.run(cypher('bench-wipe'));
    await session.run(cypher('bench-wipe-nodes'));
  } finally {
    await session.close();
  }
}

export async function relationshipCount(driver: Driver): Promise<number> {
  const r = await read(driver, 'bench-relationship-count');
  return Number(r.records[0]?.get('relationships') ?? 0);
}

/** One auto-commit statement per article, entity and relation, in order: the baseline. */
export async function naiveLoad(driver: Driver, extraction: Extraction): Promise<void> {
  const session = driver.session();
  try {
    for (const a of extraction.articles) {
      await session.run(cypher('bench-naive-article'), { id: a.id, source: a.source, span: a.span, title: a.title, date: a.date });
    }
    for (const e of extraction.entities) {
      await session.run(cypher('bench-naive-entity'), {
        id: e.id,
        type: e.type,
        name: e.name,
        aliases: e.aliases.filter((x) => x !== e.name),
        articles: e.articles,
        date: e.date ?? null,
        kind: e.kind ?? null,
      });
    }
    for (const r of extraction.relations) {
      // One statement per shape; the type (and identity key) come from the relation table, never the input.
      const spec: RelationSpec = RELATIONS[r.type];
      const vars: Record<string, string> = { TYPE: assertTypeName(r.type) };
      if (spec.identityKey) vars.KEY = spec.identityKey;
      await session.run(cypher(`bench-naive-rel-${shapeOf(spec)}`, vars), {
        from: r.from,
        to: r.to,
        article: r.article,
        evidence: r.evidence,
        key: spec.identityKey ? (r[spec.identityKey] ?? null) : null,
      });
    }
  } finally {
    await session.close();
  }
}

/** Rows a loader writes for an extraction: what "rows per second" counts. */
export function rowCount(extraction: Extraction): number {
  return extraction.articles.length + extraction.entities.length + extraction.relations.length;
}

/** Merges extractions of consecutive batches into one, for a sample both loaders load alike. */
export function concatExtractions(parts: Extraction[]): Extraction {
  const entities = new Map<string, Extraction['entities'][number]>();
  for (const p of parts) {
    for (const e of p.entities) {
      const seen = entities.get(e.id);
      if (!seen) entities.set(e.id, { ...e, aliases: [...e.aliases], articles: [...e.articles] });
      else {
        seen.aliases = [...new Set([...seen.aliases, ...e.aliases])];
        seen.articles = [...new Set([...seen.articles, ...e.articles])];
      }
    }
  }
  return {
    articles: parts.flatMap((p) => p.articles),
    entities: [...entities.values()],
    relations: parts.flatMap((p) => p.relations),
  };
}
