// The relation types, as data: the one place a relation type is declared. The TypeScript types
// (src/extract/format.ts), the format check (validate.ts), the loader's plan and merge statements, the
// stats and the path type lists all read this table; schema.graphql's RelationType enum is checked
// against it by a unit test. A new type is one row here, the extractor rule that emits it, and the enum.

export type EntityType = 'Person' | 'Organization' | 'District' | 'Enterprise' | 'Event';
export const ENTITY_TYPES: readonly EntityType[] = ['Person', 'Organization', 'District', 'Enterprise', 'Event'];

/** What a relation may point at: an entity of one of these types, or the Article that states it. */
export type Endpoint = EntityType | 'Article';

/**
 * The merge statement a relation type is written with (cypher/graph-merge-rel-<shape>.cypher):
 * `entity` entity→entity; `keyed` entity→entity with an identity property (HOLDS_POSITION's title);
 * `article` entity→Article.
 */
export type RelationShape = 'entity' | 'keyed' | 'article';

export interface RelationSpec {
  /** The allowed (from types → to types) pairs, as FORMAT.md's table reads. */
  endpoints: readonly { from: readonly EntityType[]; to: readonly Endpoint[] }[];
  /** Stored once per unordered pair: the loader puts the smaller id first. */
  symmetric: boolean;
  /** A property that is part of the relationship's identity: one relationship per (from, key, to). */
  identityKey?: 'title';
  /** FORMAT.md's meaning column. */
  meaning: string;
}

const BODIES = ['Organization', 'Enterprise', 'District'] as const;

export const RELATIONS = {
  ATTENDED: { endpoints: [{ from: ['Person', ...BODIES], to: ['Event'] }], symmetric: false, meaning: 'took part in the event' },
  CHAIRED: { endpoints: [{ from: ['Person'], to: ['Event'] }], symmetric: false, meaning: 'presided (主持); implies taking part' },
  LED: { endpoints: [{ from: ['Person'], to: ['Event'] }], symmetric: false, meaning: 'led a delegation or a visit (率队, 带队); implies taking part' },
  SIGNED: { endpoints: [{ from: BODIES, to: ['Event'] }], symmetric: false, meaning: 'a party to an agreement signed at the event' },
  PAIRED_WITH: {
    endpoints: [{ from: ['District', 'Organization'], to: ['District', 'Organization'] }],
    symmetric: true,
    meaning: 'a standing pairing: 结对, 对口帮扶, 对口支援, 支援合作, 东西部协作',
  },
  HOLDS_POSITION: {
    // Enterprise too: the seed gold holds a CEO's posts (富笔 @ 首席执行官 of 德国莱茵TUV), which
    // ../shared/eval/FORMAT.md's table (Organization or District) would refuse.
    endpoints: [{ from: ['Person'], to: ['Organization', 'District', 'Enterprise'] }],
    symmetric: false,
    identityKey: 'title',
    meaning: 'holds a post; `title` is one title (区委副书记、区长 gives two relations)',
  },
  REPORTED: { endpoints: [{ from: ['Person'], to: ['Article'] }], symmetric: false, meaning: 'byline: 记者, 通讯员' },
  HELD_IN: { endpoints: [{ from: ['Event'], to: ['District'] }], symmetric: false, meaning: 'where the event took place' },
  PART_OF: {
    endpoints: [{ from: ['Organization'], to: ['Organization', 'District'] }, { from: ['District'], to: ['District'] }],
    symmetric: false,
    meaning: '龙岗区商务局 is part of 龙岗区',
  },
} as const satisfies Record<string, RelationSpec>;

export type RelationType = keyof typeof RELATIONS;
/** Any table of relation types (tests extend the real one to show a new type needs nothing else). */
export type RelationTable = Readonly<Record<string, RelationSpec>>;

export const RELATION_TYPES = Object.keys(RELATIONS) as RelationType[];

/** The statement shape a type is merged with. */
export function shapeOf(spec: RelationSpec): RelationShape {
  if (spec.endpoints.some((e) => e.to.includes('Article'))) return 'article';
  return spec.identityKey ? 'keyed' : 'entity';
}

/** Types that join two entities: what paths and neighbourhoods walk. */
export function entityRelationTypes(table: RelationTable = RELATIONS): string[] {
  return Object.keys(table).filter((t) => shapeOf(table[t]!) !== 'article');
}

/** Whether `from → to` is allowed for the type. */
export function endpointsAllowed(spec: RelationSpec, from: EntityType, to: Endpoint): boolean {
  return spec.endpoints.some((e) => e.from.includes(from) && e.to.includes(to));
}

/** Relationship type names go into Cypher text (labels cannot be parameters): only these may. */
export function assertTypeName(name: string): string {
  if (!/^[A-Z][A-Z0-9_]*$/.test(name)) throw new Error(`not a relation type name: ${JSON.stringify(name)}`);
  return name;
}
