// Plain objects from what the api-*.cypher statements return (maps of node properties).
import neo4j from 'neo4j-driver';
import { ENTITY_TYPES, type EntityType, type RelationType } from '../extract/format.ts';

export interface EntityNode {
  __typename: EntityType;
  id: string;
  name: string;
  aliases: string[];
  date: string | null;
  kind: string | null;
}

export interface ArticleNode {
  __typename: 'Article';
  id: string;
  source: string;
  title: string | null;
  date: string | null;
  span: number[];
}

/** A relationship seen from one end (`outgoing`: that end is its start). */
export interface RelationEdge {
  type: RelationType;
  outgoing: boolean;
  title: string | null;
  /** Aligned index by index: evidence[i] was read in articleIds[i]. */
  articleIds: string[];
  evidence: string[];
  other: EntityNode;
}

type Props = Record<string, unknown>;

/** Neo4j integers (span) become numbers; everything else passes through. */
function plain(value: unknown): unknown {
  if (neo4j.isInt(value)) return value.toNumber();
  if (Array.isArray(value)) return value.map(plain);
  return value;
}

export function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(String) : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' ? value : null;
}

/** The entity type among a node's labels (every entity also carries `Entity`). */
export function entityType(labels: unknown): EntityType {
  const found = ENTITY_TYPES.find((type) => strings(labels).includes(type));
  if (!found) throw new Error(`node with labels ${JSON.stringify(labels)} is not an entity`);
  return found;
}

export function toEntity(props: Props): EntityNode {
  return toTypedEntity(props, entityType(props.labels));
}

/** An entity whose type the statement settles (it sends no labels): no copy of the row with labels added,
 * no label lookup (for the hub's coAttendees, ≈190 page events and co-attendees a request). */
export function toTypedEntity(props: Props, type: EntityType): EntityNode {
  return {
    __typename: type,
    id: String(props.id),
    name: String(props.name ?? props.id),
    aliases: strings(props.aliases),
    date: text(props.date),
    kind: text(props.kind),
  };
}

export function toArticle(props: Props): ArticleNode {
  return {
    __typename: 'Article',
    id: String(props.id),
    source: String(props.source ?? ''),
    title: text(props.title),
    date: text(props.date),
    span: (plain(props.span) as number[] | null) ?? [],
  };
}

export interface Evidence {
  articleId: string;
  sentence: string;
}

/** Pairs a relationship's aligned `articles` and `evidence` lists. */
export function evidencePairs(articleIds: string[], sentences: string[]): Evidence[] {
  return articleIds.map((articleId, i) => ({ articleId, sentence: sentences[i] ?? '' }));
}

export function toRelationEdge(record: Props): RelationEdge {
  return {
    type: record.type as RelationType,
    outgoing: record.outgoing === true,
    title: text(record.title),
    articleIds: strings(record.articles),
    evidence: strings(record.evidence),
    other: toEntity(record.other as Props),
  };
}
