// Packs and unpacks gold files on disk (src/eval/pack.ts does the work on bytes).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { PackError, packGold, unpackGold, type Gold, type Pack, type PackOptions, type PackResult, type Span } from './pack.ts';

const readJson = <T>(path: string, what: string): T => {
  if (!existsSync(path)) throw new PackError(`${what} ${path} not found`);
  try {
    return JSON.parse(readFileSync(path, 'utf8')) as T;
  } catch (err) {
    throw new PackError(`${what} ${path} is not JSON: ${(err as Error).message}`);
  }
};

/** The bytes of a file of `dir`, or undefined where it is absent. */
const readSource = (dir: string) => (file: string): Uint8Array | undefined => {
  const path = join(dir, file);
  return existsSync(path) && statSync(path).isFile() ? readFileSync(path) : undefined;
};

export function packFile(goldPath: string, sourcesDir: string, opts: PackOptions): PackResult {
  const gold = readJson<Gold>(goldPath, 'gold file');
  if (!Array.isArray(gold.entities) || !Array.isArray(gold.articles)) throw new PackError(`gold file ${goldPath} has no entities or articles list`);
  const read = readSource(sourcesDir);
  const sources = new Map<string, Uint8Array>();
  for (const { source } of gold.articles) {
    const bytes = read(source);
    if (!bytes) throw new PackError(`source ${source} of ${goldPath} is not in ${sourcesDir}`);
    sources.set(source, bytes);
  }
  return packGold(gold, sources, opts);
}

export function readPack(packPath: string): Pack {
  return readJson<Pack>(packPath, 'pack');
}

/** The gold of a pack file, read against the sources in `sourcesDir`; PackError names a changed or absent file. */
export function unpackFile(packPath: string, sourcesDir: string): Gold {
  return unpackGold(readPack(packPath), readSource(sourcesDir));
}

/** What a pack is made of, for the packer's summary line. */
export function packCounts(pack: Pack): { spans: number; t2s: number; pieces: number; entities: number } {
  const counts = { spans: 0, t2s: 0, pieces: 0, entities: 0 };
  const visit = (v: unknown): void => {
    if (Array.isArray(v)) v.forEach(visit);
    else if (v && typeof v === 'object') {
      if ('src' in v && 'at' in v) {
        counts.spans++;
        if ((v as Span).view === 't2s') counts.t2s++;
      } else if ('pieces' in v) {
        counts.pieces++;
        visit(v.pieces);
      } else if ('entity' in v && typeof v.entity === 'number') counts.entities++;
      else Object.values(v).forEach(visit);
    }
  };
  visit(pack.gold);
  return counts;
}
