// Stage: the source text normalized (layout joined, simplified script, offsets kept); the document starts here.
import type { SourceDocument, ExtractionDoc } from '../document.ts';
import { normalize } from '../normalize.ts';

export function normalizeText(input: SourceDocument): ExtractionDoc {
  const normalized = normalize(input.text);
  return { input, normalized, warnings: [...normalized.warnings], knownShort: new Set(), localPlaces: new Map(), published: null, articles: [] };
}
