// The text a named statement is sent as (src/graph/cypher.ts): lines trimmed, whole-line `//` comments and blank
// lines dropped. That is right only while no string literal (or backtick-quoted name) spans lines: trimming would
// change it, and a line of it that starts with `//` would be cut out. compact() checks that it holds.

/** Where a Cypher line ends up: outside any quote, or inside a string or a backtick-quoted name left open. */
type Open = null | "'" | '"' | '`';

/**
 * The quote a Cypher line leaves open at its end (null: none), read as Neo4j lexes it: a `//` outside quotes starts a
 * comment, a backslash escapes the next character inside a string, a doubled backtick is one inside a quoted name,
 * and a quote of one kind inside a quote of another is a plain character.
 */
export function openQuoteAtEnd(line: string): Open {
  let open: Open = null;
  for (let i = 0; i < line.length; i++) {
    const c = line[i]!;
    if (open === null) {
      if (c === '/' && line[i + 1] === '/') return null;
      if (c === "'" || c === '"' || c === '`') open = c;
    } else if (open === '`') {
      if (c === '`') {
        if (line[i + 1] === '`') i++;
        else open = null;
      }
    } else if (c === '\\') i++;
    else if (c === open) open = null;
  }
  return open;
}

/**
 * The statement as sent: without its whole-line `//` comments, indentation and blank lines. Neo4j lexes the text it
 * is sent on every call, plan cached or not: api-path's 1.1 kB of comments cost the JVM ≈25% of the statement's CPU
 * per call (src/bench/statement-cpu.ts, findings item 42). Throws, naming `file` and the line, where a quote opens
 * and is not closed on its line, the one shape this would change.
 */
export function compact(text: string, file: string): string {
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const open = openQuoteAtEnd(line);
    if (open !== null) {
      const what = open === '`' ? 'a backtick-quoted name' : `a string literal (${open})`;
      throw new Error(`${file} line ${i + 1}: ${what} opens and is not closed on its line; statements are sent with lines trimmed and // lines dropped, so a literal must not span lines`);
    }
  });
  return lines.map((line) => line.trim()).filter((line) => line !== '' && !line.startsWith('//')).join('\n');
}
