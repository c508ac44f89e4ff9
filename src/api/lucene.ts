// What user text becomes in a full-text (Lucene) query: always plain words, never query syntax.

/** Lucene query syntax is escaped so that user text is always searched as plain words. */
export function luceneEscape(text: string): string {
  return text.replace(/[+\-&|!(){}[\]^"~*?:\\/]/g, '\\$&').replace(/\b(AND|OR|NOT|TO)\b/g, (w) => w.toLowerCase());
}

/**
 * The Lucene query for what a user typed. The index holds Chinese as bigrams (cjk analyzer), which one
 * character never equals: it is asked as the bigrams that begin or end with it (龙 finds 龙岗区, 岗 too).
 */
export function fullTextQuery(text: string): string {
  if (/^[\u3400-\u9fff]$/u.test(text)) return `${text}* OR *${text}`;
  return luceneEscape(text);
}
