// The one document type every stage of the pipeline (pipeline.ts) reads and enriches. A stage takes an
// ExtractionDoc and returns a new one with its own fields filled; nothing is kept between documents.
// Entities are named by key ("Person|王卫"), not by id: ids are given once all documents are in
// (resolve.ts), so they are the same whichever worker saw a document.
import type { ArticleDraft } from './articles.ts';
import type { DateClues } from './finders/dates.ts';
import type { Mention } from './finders/mention.ts';
import type { ArticleRecord, EntityRecord, EntityType, EventKind, RelationType } from './format.ts';
import type { NormalizedText } from './normalize.ts';
import type { Sentence } from './sentences.ts';

/** The extractor's input: one decoded file (or text sent to the API). The one name for it. */
export interface SourceDocument {
  /** File name or path, copied to each article's `source`. */
  source: string;
  /** The decoded text of the whole file. */
  text: string;
  /** Publication date of the file (YYYY-MM-DD) when the caller knows it (`--date`). */
  date?: string;
  /**
   * The day the text is read (YYYY-MM-DD; `kg extract` and `kg ingest` send today's). A month and day written where
   * nothing in the file gives a year (no year in the text, no publication line, no `date`) are read in this day's
   * year, as a reader of that day's paper reads them; only the year is assumed, never a day.
   */
  readOn?: string;
}

/** A mention after resolution: `key` names the entity ("Organization|龙岗区政协"). */
export interface ResolvedMention extends Mention {
  key: string;
}

/** A relation within one article; the article is added when the document is assembled. */
export interface LocalRelation {
  type: RelationType;
  from: string;
  to: string;
  evidence: string;
  title?: string;
}

/** The place an article is about: its district, that district's city and province, or the first place it names. */
export interface Home {
  district: string | null;
  city: string | null;
  province: string | null;
  /** Key of the first place the article names, for posts nothing else places. */
  anyPlace: string | null;
}

/** One event of an article and the span of sentences that tells it (stages/event-spans.ts). */
export interface EventDraft {
  key: string;
  name: string;
  kind: EventKind;
  /** The sentence that names the event. */
  sentence: number;
  heldIn: string | null;
  /** Its span: sentences [from, to) of the article; the spans of an article's events do not overlap. */
  from: number;
  to: number;
  /** Key of the event this one happens within (a signing inside a visit): its people took part in both. */
  within: string | null;
  /** The event's own day ("01-22") when its span opens with one (a round-up's items); else the article's date. */
  monthDay: string | null;
}

/** One article of the document, filled stage by stage. */
export interface ArticleState {
  draft: ArticleDraft;
  /** id, source, span and title; the date is set by the dates stage. */
  record: ArticleRecord;
  sentences: Sentence[];
  /** Index of the first body sentence (after headline and kicker). */
  bodyFrom: number;
  /** Mentions found by the finders, then the known names found again bare, in text order. */
  mentions: Mention[];
  home: Home;
  /** Every mention with its entity key. */
  resolved: ResolvedMention[];
  /** The resolved mentions that are entities of the article (not a district written inside a body's name). */
  visible: ResolvedMention[];
  reporters: string[];
  /** People a page credits who are not reporters (责任编辑, 审核). */
  credited: string[];
  /** The article's events in text order; the first is its main event. */
  events: EventDraft[];
  /** Relations by rule, assembled in this order (the order of the fields here). */
  reported: LocalRelation[];
  positions: LocalRelation[];
  attendance: LocalRelation[];
  signed: LocalRelation[];
  heldIn: LocalRelation[];
  pairings: LocalRelation[];
  partOf: LocalRelation[];
  dateClues: DateClues | null;
  /** The date of the article's own publication line (web pages), when the caller gave none. */
  ownDate: string | null;
}

export interface ExtractionDoc {
  input: SourceDocument;
  normalized: NormalizedText;
  warnings: string[];
  /** Area short forms (龙岗) that count as places in this file. */
  knownShort: Set<string>;
  /** Places the division data lacks, named in full in this file (油尖旺区), and their short forms. */
  localPlaces: Map<string, string>;
  /** The file's publication date: the caller's, or a publication line near the top. */
  published: string | null;
  articles: ArticleState[];
}

/** An entity within one document: named by key ("Person|王卫"); ids are given when documents merge. */
export type LocalEntity = Omit<EntityRecord, 'id'> & { key: string };

export interface DocRelation extends LocalRelation {
  article: string;
}

export interface DocResult {
  articles: ArticleRecord[];
  entities: LocalEntity[];
  relations: DocRelation[];
  warnings: string[];
}

export const keyOf = (type: EntityType, name: string): string => `${type}|${name}`;

export function splitKey(key: string): [EntityType, string] {
  const bar = key.indexOf('|');
  return [key.slice(0, bar) as EntityType, key.slice(bar + 1)];
}

/** A stage of one article: reads the article (and the document) and returns the fields it fills. */
export type ArticleStage = (article: ArticleState, doc: ExtractionDoc) => Partial<ArticleState>;

/** Runs an article stage on every article, giving a new document. */
export function eachArticle(doc: ExtractionDoc, stage: ArticleStage): ExtractionDoc {
  return { ...doc, articles: doc.articles.map((a) => ({ ...a, ...stage(a, doc) })) };
}

/** The mentions of one sentence, from an index built once per call site (no cache outlives a stage). */
export function bySentence<M extends Mention>(mentions: readonly M[]): (sentence: number) => M[] {
  const index = new Map<number, M[]>();
  for (const m of mentions) {
    const list = index.get(m.sentence) ?? [];
    list.push(m);
    index.set(m.sentence, list);
  }
  return (sentence) => index.get(sentence) ?? [];
}
