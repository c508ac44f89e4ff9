// A fingerprint of the extractor's rules: the loader stores it on every article, so re-ingesting the
// same text after the rules changed replaces what the old rules extracted instead of piling on.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

let cached: string | undefined;

export function extractorVersion(): string {
  if (cached === undefined) {
    const dir = fileURLToPath(new URL('./', import.meta.url));
    const hash = createHash('sha256');
    // The rules live in subfolders too (finders/, stages/, relations/).
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => /\.(ts|js|json|txt|utf8)$/.test(n)).sort();
    for (const name of files) {
      hash.update(name).update('\0').update(readFileSync(dir + name)).update('\0');
    }
    cached = `x:${hash.digest('hex').slice(0, 12)}`;
  }
  return cached;
}
