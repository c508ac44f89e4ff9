// A person in the API is a cluster of anchor nodes (`person`, src/identity): the statements answer each person
// by its cluster id, so two anchor nodes of one person with the same relation to the same entity come back as
// two rows. They are one relation: merged here, their provenance lists joined in order (an article once).

interface Provenanced {
  articleIds: string[];
  evidence: string[];
}

/** The rows of `rows` that share `key`, as one row each (the first's fields, every row's provenance). */
export function mergeEdges<T extends Provenanced>(rows: T[], key: (row: T) => string): T[] {
  const merged = new Map<string, T>();
  for (const row of rows) {
    const k = key(row);
    const seen = merged.get(k);
    if (!seen) {
      merged.set(k, row);
      continue;
    }
    const articleIds = [...seen.articleIds];
    const evidence = [...seen.evidence];
    row.articleIds.forEach((id, i) => {
      if (articleIds.includes(id) && evidence[articleIds.indexOf(id)] === (row.evidence[i] ?? '')) return;
      articleIds.push(id);
      evidence.push(row.evidence[i] ?? '');
    });
    merged.set(k, { ...seen, articleIds, evidence });
  }
  return [...merged.values()];
}
