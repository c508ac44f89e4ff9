// Events, bodies and places: events by district and date, who signed, standing pairings, and the fields of
// Organization, District, Enterprise and Event (members, parts, events held, participants, sources).
import type { ApiContext } from '../context.ts';
import { checkDateRange, resolveRef } from '../arguments.ts';
import { connection, decodeCursor, pageSize } from '../paging.ts';
import { evidencePairs, type EntityNode } from '../records.ts';
import { entityFields, eventPage, evidenceOf, participations, positionsIn, related, relatedEntities, TAKING_PART, type PageArgs } from './common.ts';

export const eventQueries = {
  events: async (
    _root: unknown,
    args: { district?: string | null; from?: string | null; to?: string | null; kind?: string | null; first?: number | null; after?: string | null },
    ctx: ApiContext,
  ) => {
    const { from, to } = checkDateRange(args);
    const size = pageSize(args.first, 20);
    const skip = decodeCursor(args.after);
    const district = args.district ? await resolveRef(ctx, 'district', args.district, ['District']) : null;
    const events = await ctx.store.events({
      districtId: district?.id ?? null,
      from: from ?? null,
      to: to ?? null,
      kind: args.kind ?? null,
      skip,
      limit: size + 1,
    });
    return connection(events.map((node) => ({ node })), skip, size);
  },

  signatories: async (_root: unknown, args: { event: string }, ctx: ApiContext) => {
    const event = await resolveRef(ctx, 'event', args.event, ['Event']);
    return participations(await related(ctx, event, ['SIGNED'], false));
  },

  pairings: async (_root: unknown, args: { district?: string | null }, ctx: ApiContext) => {
    const side = args.district ? await resolveRef(ctx, 'district', args.district, ['District', 'Organization']) : null;
    const rows = await ctx.store.pairings(side?.id ?? null);
    return rows.map((row) => ({ parties: [row.a, row.b], evidence: evidencePairs(row.articleIds, row.evidence) }));
  },
};

const bodyFields = {
  members: (parent: EntityNode, _args: unknown, ctx: ApiContext) => positionsIn(ctx, [parent.id]),
  partOf: (parent: EntityNode, _args: unknown, ctx: ApiContext) => relatedEntities(ctx, parent, ['PART_OF'], true),
  parts: (parent: EntityNode, _args: unknown, ctx: ApiContext) => relatedEntities(ctx, parent, ['PART_OF'], false),
  pairedWith: (parent: EntityNode, _args: unknown, ctx: ApiContext) => relatedEntities(ctx, parent, ['PAIRED_WITH'], null),
};

const partyFields = {
  events: (parent: EntityNode, args: PageArgs, ctx: ApiContext) => eventPage(ctx, parent, ['ATTENDED'], true, args),
  signed: (parent: EntityNode, args: PageArgs, ctx: ApiContext) => eventPage(ctx, parent, ['SIGNED'], true, args),
};

export const organizationFields = { ...entityFields, ...bodyFields, ...partyFields };

export const districtFields = {
  ...entityFields,
  ...bodyFields,
  ...partyFields,
  eventsHeld: (parent: EntityNode, args: PageArgs, ctx: ApiContext) => eventPage(ctx, parent, ['HELD_IN'], false, args),
};

export const enterpriseFields = { ...entityFields, ...partyFields };

export const eventFields = {
  ...entityFields,
  attendees: (parent: EntityNode, _args: unknown, ctx: ApiContext) => relatedEntities(ctx, parent, TAKING_PART, false),
  chairs: (parent: EntityNode, _args: unknown, ctx: ApiContext) => relatedEntities(ctx, parent, ['CHAIRED'], false),
  leaders: (parent: EntityNode, _args: unknown, ctx: ApiContext) => relatedEntities(ctx, parent, ['LED'], false),
  signatories: (parent: EntityNode, _args: unknown, ctx: ApiContext) => relatedEntities(ctx, parent, ['SIGNED'], false),
  place: async (parent: EntityNode, _args: unknown, ctx: ApiContext) =>
    (await relatedEntities(ctx, parent, ['HELD_IN'], true))[0] ?? null,
  participants: async (parent: EntityNode, _args: unknown, ctx: ApiContext) =>
    participations(await related(ctx, parent, [...TAKING_PART, 'SIGNED'], false)),
  sources: async (parent: EntityNode, _args: unknown, ctx: ApiContext) => {
    // Every article that mentions the event, with the sentences of the relations it supports.
    const articleIds = await ctx.loaders.articleIds.load(parent.id);
    const sentences = new Map<string, Set<string>>(articleIds.map((id) => [id, new Set<string>()]));
    for (const edge of await related(ctx, parent, null, null)) {
      for (const { articleId, sentence } of evidenceOf(edge)) {
        const set = sentences.get(articleId) ?? new Set<string>();
        if (sentence) set.add(sentence);
        sentences.set(articleId, set);
      }
    }
    return [...sentences].map(([articleId, set]) => ({ articleId, sentences: [...set] }));
  },
};
