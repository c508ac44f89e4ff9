// What the extractor unit tests read from one made-up article: its entities by type and its relations as
// `from -> to (title)` lines (events shown as EVENT), sorted.
import type { Extraction, RelationType } from '../../src/extract/format.ts';
import { extractDocuments } from '../../src/extract/index.ts';

export const one = (text: string): Extraction => extractDocuments([{ source: 't.txt', text }]);

export const names = (x: Extraction, type: string): string[] => x.entities.filter((e) => e.type === type).map((e) => e.name).sort();

export function rels(x: Extraction, type: RelationType): string[] {
  const name = new Map(x.entities.map((e) => [e.id, e.type === 'Event' ? 'EVENT' : e.name]));
  return x.relations.filter((r) => r.type === type).map((r) => `${name.get(r.from)} -> ${name.get(r.to)}${r.title ? ` (${r.title})` : ''}`).sort();
}
