import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compact, openQuoteAtEnd } from '../../src/graph/cypher-compact.ts';

const dir = new URL('../../cypher/', import.meta.url);

describe('compact: a statement as sent, and the one shape it would change', () => {
  it('passes every shipped cypher/*.cypher and drops only comments, indentation and blank lines', () => {
    const files = readdirSync(dir).filter((f) => f.endsWith('.cypher'));
    expect(files.length).toBeGreaterThan(50);
    for (const f of files) {
      const text = readFileSync(new URL(f, dir), 'utf8');
      const sent = compact(text, `cypher/${f}`);
      expect(sent.split('\n').every((l) => l === l.trim() && l !== '' && !l.startsWith('//')), f).toBe(true);
    }
  });

  it('refuses a string literal that spans lines, naming the file and the line', () => {
    const text = "MATCH (n)\nWHERE n.name = 'first line\n  // second line'\nRETURN n";
    expect(() => compact(text, 'cypher/made-up.cypher')).toThrow(/^cypher\/made-up\.cypher line 2: a string literal \(\'\) opens/);
    expect(() => compact('RETURN "a\nb" AS x', 'cypher/dq.cypher')).toThrow(/cypher\/dq\.cypher line 1: a string literal \("\)/);
    expect(() => compact('MATCH (`a\nb`) RETURN 1', 'cypher/bt.cypher')).toThrow(/line 1: a backtick-quoted name/);
  });

  it('reads quotes as Neo4j lexes them: // inside a string, escaped quotes, quotes in backticks and in comments', () => {
    expect(openQuoteAtEnd("RETURN 'http://x' AS url")).toBeNull();
    expect(openQuoteAtEnd("RETURN 'it\\'s' AS s, \"say \\\"hi\\\"\" AS t")).toBeNull();
    expect(openQuoteAtEnd("RETURN 'a\\\\' AS backslash")).toBeNull();
    expect(openQuoteAtEnd("RETURN \"it's\" AS s, 'say \"hi' AS t")).toBeNull();
    expect(openQuoteAtEnd('MATCH (n:`it\'s ``odd`` "name`) RETURN n')).toBeNull();
    expect(openQuoteAtEnd("RETURN 1 // a person's id")).toBeNull();
    expect(openQuoteAtEnd("// don't")).toBeNull();
    expect(openQuoteAtEnd("RETURN 'it\\'s")).toBe("'");
    expect(openQuoteAtEnd("RETURN 'a // b")).toBe("'");
  });

  it('keeps a string that holds // whole, on a line of its own or not', () => {
    expect(compact("  MATCH (n)\n// a comment\n\n  WHERE n.url = 'http://x'\n", 'cypher/x.cypher')).toBe("MATCH (n)\nWHERE n.url = 'http://x'");
  });
});
