// People: a Person is a cluster of anchor nodes (`person`, src/identity) and every statement behind these fields
// reads all of its anchors; its posts over time, who held posts where (holders), and co-attendance.
import type { GraphQLResolveInfo } from 'graphql';
import type { ApiContext } from '../context.ts';
import { checkDate, checkDateRange, checkText, resolveFromMatches, resolveRef } from '../arguments.ts';
import { MAX_FIRST, pageSize } from '../paging.ts';
import { holdersFilter, positionsOver } from '../positions.ts';
import type { EntityNode } from '../records.ts';
import { largestArgument, selectsField } from '../selection.ts';
import type { CoAttendanceRow, DateRange } from '../store.ts';
import { entityFields, eventPage, found, LIMITS, positionsIn, TAKING_PART, type PageArgs } from './common.ts';

interface CoAttendeesArgs {
  first?: number | null;
  from?: string | null;
  to?: string | null;
}

function coAttendances(ctx: ApiContext, person: EntityNode, first: number | null | undefined, range: DateRange): Promise<CoAttendanceRow[]> {
  return ctx.loaders.coAttendees.load({ id: person.id, first: pageSize(first, 20), ...range });
}

export const peopleQueries = {
  // One statement: the name is resolved inside the ranking's statement (api-co-attendees with `ref`).
  coAttendees: async (_root: unknown, args: CoAttendeesArgs & { name: string }, ctx: ApiContext, info: GraphQLResolveInfo) => {
    const range = checkDateRange(args);
    const text = checkText('name', args.name);
    // Each row carries only as many event ids as the query's largest `events(first:)` can show.
    // (A bad `first` there is still refused by CoAttendance.events itself.)
    const events = Math.min(Math.max(largestArgument(info, [], 'CoAttendance', 'events', 'first') ?? 0, 0), MAX_FIRST);
    // Aliases and kinds cost a read each (a COLLECT over a person's anchors): read only when the query shows them.
    const shows = {
      personAliases: selectsField(info, ['person'], 'aliases'),
      eventAliases: selectsField(info, ['events'], 'aliases'),
      eventKind: selectsField(info, ['events'], 'kind'),
    };
    const asked = await ctx.store.coAttendeesOf(text, pageSize(args.first, 20), range, events, shows);
    const person = await resolveFromMatches(ctx, 'name', text, ['Person'], asked.matches);
    // Found through the full-text index (no exact match): the ranking is asked by id.
    if (asked.id !== person.id) return coAttendances(ctx, person, args.first, range);
    // The shared events came whole: CoAttendance.events then reads them from the entity loader's cache (only
    // when complete: a page read without aliases or kinds must not stand in for the entity elsewhere).
    if (shows.eventAliases && shows.eventKind) for (const row of asked.rows) for (const event of row.events) ctx.loaders.entity.prime(event.id, event);
    return asked.rows;
  },

  holders: async (_root: unknown, args: { body: string; title?: string | null; at?: string | null }, ctx: ApiContext) => {
    const at = checkDate('at', args.at);
    const title = args.title === null || args.title === undefined ? null : checkText('title', args.title);
    const body = await resolveRef(ctx, 'body', args.body, ['District', 'Organization', 'Enterprise']);
    const bodyIds = await ctx.store.bodyTree(body.id, LIMITS.maxHolderBodies);
    return holdersFilter(await positionsIn(ctx, bodyIds), title, at);
  },
};

export const personFields = {
  ...entityFields,
  events: (parent: EntityNode, args: PageArgs, ctx: ApiContext) => eventPage(ctx, parent, TAKING_PART, true, args),
  posts: async (parent: EntityNode, _args: unknown, ctx: ApiContext) => {
    const rows = await ctx.loaders.personPositions.load(parent.id);
    ctx.budget.spend(rows.length);
    return positionsOver(rows).filter((post) => post.person.id === parent.id);
  },
  coAttendees: (parent: EntityNode, args: CoAttendeesArgs, ctx: ApiContext) =>
    coAttendances(ctx, parent, args.first, checkDateRange(args)),
  reported: async (parent: EntityNode, _args: unknown, ctx: ApiContext) => {
    const articles = await ctx.loaders.reported.load(parent.id);
    ctx.budget.spend(articles.length);
    return articles;
  },
};

export const coAttendanceFields = {
  // Newest first as the statement ordered them; by id through the batching entity loader.
  // The default page came whole with the row: served as it is, no loader round per co-attendee (a profile of
  // the hub's 20 × 20 answer showed the 20 loadMany calls and their promises among the top costs).
  // Not async: a page served as it came is returned as it is, no promise per co-attendee for graphql-jit to await.
  events: (parent: CoAttendanceRow, args: { first?: number | null }, ctx: ApiContext) => {
    const size = pageSize(args.first, 20);
    if (size <= parent.events.length || parent.events.length === parent.eventIds.length) return parent.events.slice(0, size);
    return ctx.loaders.entity.loadMany(parent.eventIds.slice(0, size)).then(found);
  },
};
