// The extractor's pipeline for one document, stage by stage. Every stage reads the document type
// (document.ts) and returns it enriched; each lives in its own file. To add a rule, open the stage
// that owns what it finds:
//   layout, script, offsets ............ normalize.ts (stages/normalize.ts)
//   articles, bylines, headlines ....... articles.ts (stages/articles.ts)
//   people, bodies, places, enterprises  finders/*.ts, composed per sentence in finders/sentence.ts
//   which entity a mention names ....... stages/resolve-local.ts (bare 区委 → the article's own place)
//   relations .......................... relations/*.ts, one file per relation type
//   which sentences tell which event ... stages/event-spans.ts (a signing inside a visit, a round-up's items)
//   names shaped like names ........... stages/entity-shape.ts (name-shape.ts, event-name.ts)
//   dates .............................. finders/dates.ts (clues), stages/dates.ts (across articles)
import { type SourceDocument, type DocResult, eachArticle, type ExtractionDoc } from './document.ts';
import { pairing } from './relations/pairing.ts';
import { partOf } from './relations/part-of.ts';
import { attendance } from './relations/participation.ts';
import { positions } from './relations/positions.ts';
import { reported } from './relations/reported.ts';
import { signing } from './relations/signing.ts';
import { forgetSegmentations } from './segmenter.ts';
import { splitIntoArticles } from './stages/articles.ts';
import { assemble } from './stages/assemble.ts';
import { shapeEntities } from './stages/entity-shape.ts';
import { dateArticles } from './stages/dates.ts';
import { findEvents } from './stages/event-spans.ts';
import { findFilePlaces } from './stages/file-places.ts';
import { findHomePlace } from './stages/home-place.ts';
import { findKnownNames } from './stages/known-names.ts';
import { findMentions } from './stages/mentions.ts';
import { normalizeText } from './stages/normalize.ts';
import { findPublicationDate } from './stages/publication-date.ts';
import { resolveWithinDocument } from './stages/resolve-local.ts';
import { splitIntoSentences } from './stages/sentences.ts';

type Stage = (doc: ExtractionDoc) => ExtractionDoc;

/** The stages after normalization, in order. */
export const STAGES: readonly [name: string, stage: Stage][] = [
  ['articles', splitIntoArticles],
  ['file places', findFilePlaces],
  ['publication date', findPublicationDate],
  ['sentences', (d) => eachArticle(d, splitIntoSentences)],
  ['mentions', (d) => eachArticle(d, findMentions)],
  ['known names', findKnownNames],
  ['home place', (d) => eachArticle(d, findHomePlace)],
  ['resolve', (d) => eachArticle(d, resolveWithinDocument)],
  ['REPORTED', (d) => eachArticle(d, reported)],
  ['HOLDS_POSITION', (d) => eachArticle(d, positions)],
  ['events and their spans, HELD_IN', (d) => eachArticle(d, findEvents)],
  ['ATTENDED, CHAIRED, LED', (d) => eachArticle(d, attendance)],
  ['PAIRED_WITH', (d) => eachArticle(d, pairing)],
  ['SIGNED', (d) => eachArticle(d, signing)],
  ['PART_OF', (d) => eachArticle(d, partOf)],
  ['entity shape', (d) => eachArticle(d, shapeEntities)],
  ['dates', dateArticles],
];

/** One document through every stage: its articles, entities (by key) and relations. */
export function extractDocument(input: SourceDocument): DocResult {
  try {
    return assemble(STAGES.reduce((doc, [, stage]) => stage(doc), normalizeText(input)));
  } finally {
    forgetSegmentations();
  }
}
