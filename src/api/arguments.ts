// Checking the arguments resolvers receive: references to entities (id, name or alias) resolved or
// refused with a message naming the argument, and dates that must be real calendar dates.
import type { EntityType } from '../extract/format.ts';
import type { ApiContext } from './context.ts';
import { apiError, badInput } from './errors.ts';
import { normalizeQueryText } from './normalize.ts';
import type { EntityNode } from './records.ts';
import type { DateRange, PersonContext, ResolvedRef } from './store.ts';

export const MAX_REF_LENGTH = 200;
/** How many exact matches of one name are read to tell whether it is ambiguous (and list the candidates). */
const MAX_CANDIDATES = 10;
const isoDate = /^\d{4}-\d{2}-\d{2}$/;

/** A user's text as names are stored (NFKC, simplified script), refused when empty or too long. */
export function checkText(argument: string, value: string): string {
  const text = normalizeQueryText(value);
  if (text === '') throw badInput(argument, 'must not be empty');
  if (text.length > MAX_REF_LENGTH) throw badInput(argument, `longer than ${MAX_REF_LENGTH} characters`);
  return text;
}

/**
 * Resolves a user's reference (id, name or alias) or fails with a message naming the argument. An id
 * always wins; a name or alias that several people carry is AMBIGUOUS (each candidate listed with what
 * tells them apart) rather than silently one of them.
 */
export async function resolveRef(ctx: ApiContext, argument: string, ref: string, types: EntityType[] | null): Promise<EntityNode> {
  const found = await resolveRefOrNull(ctx, argument, ref, types);
  if (!found) throw notFound(argument, normalizeQueryText(ref), types);
  return found;
}

/** As resolveRef, but null when nothing has that id, name or alias. */
export async function resolveRefOrNull(ctx: ApiContext, argument: string, ref: string, types: EntityType[] | null): Promise<EntityNode | null> {
  const text = checkText(argument, ref);
  return pick(ctx, argument, text, await ctx.store.resolveRanked(text, types, MAX_CANDIDATES));
}

/**
 * As resolveRef for a question whose own statement already read the exact matches of `text` (already checked
 * with checkText, as api-resolve-exact would: a question resolves its ref inside its statement, so one
 * statement answers it). Only when there were none is the full-text index asked, as resolveRef does.
 */
export async function resolveFromMatches(
  ctx: ApiContext,
  argument: string,
  text: string,
  types: EntityType[] | null,
  exact: ResolvedRef[],
): Promise<EntityNode> {
  const found = exact.length > 0 ? exact : await ctx.store.resolveText(text, types, MAX_CANDIDATES);
  const best = await pick(ctx, argument, text, found);
  if (!best) throw notFound(argument, text, types);
  return best;
}

/** The best match, or AMBIGUOUS when it is a person's name or alias that several people carry. */
async function pick(ctx: ApiContext, argument: string, text: string, found: ResolvedRef[]): Promise<EntityNode | null> {
  const best = found[0];
  if (!best) return null;
  const namesakes = sameExactMatch(found, best);
  if (namesakes.length > 1) throw ambiguous(argument, text, namesakes, await ctx.store.personContexts(namesakes.map((n) => n.id)));
  if (!best.partial) ctx.loaders.entity.prime(best.entity.id, best.entity);
  return best.entity;
}

function notFound(argument: string, text: string, types: EntityType[] | null) {
  return apiError('NOT_FOUND', `${argument}: no ${types ? types.join(' or ') : 'entity'} with id, name or alias "${text}"`);
}

/** The people that match exactly as the best match does (the same name, or the same alias), when it is a person. */
function sameExactMatch(found: ResolvedRef[], best: ResolvedRef): EntityNode[] {
  if (best.entity.__typename !== 'Person' || (best.matched !== 'name' && best.matched !== 'alias')) return [];
  return found.filter((f) => f.matched === best.matched && f.entity.__typename === 'Person').map((f) => f.entity);
}

function ambiguous(argument: string, text: string, people: EntityNode[], contexts: PersonContext[]) {
  const contextOf = new Map(contexts.map((c) => [c.id, c]));
  const candidates = people.map((person) => {
    const context = contextOf.get(person.id);
    return { id: person.id, name: person.name, posts: context?.posts ?? [], places: context?.places ?? [] };
  });
  const described = candidates.map((c) => {
    const posts = c.posts.map((post) => `${post.title} at ${post.body}`);
    const told = [...posts, ...c.places].join(', ');
    return told ? `${c.id} (${told})` : `${c.id} (no post known)`;
  });
  return apiError(
    'AMBIGUOUS',
    `${argument}: "${text}" fits ${people.length} people; give one of their ids instead: ${described.join('; ')}`,
    { argument, candidates },
  );
}

/** An ISO date (YYYY-MM-DD) that exists on the calendar, or null when not given. */
export function checkDate(argument: string, value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  if (!isoDate.test(value)) throw badInput(argument, `"${value}" is not an ISO date (YYYY-MM-DD)`);
  // A round trip through Date catches what the pattern lets by (2026-13-45, 2025-02-29).
  const parsed = new Date(`${value}T00:00:00Z`);
  if (Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== value) {
    throw badInput(argument, `"${value}" is not a date on the calendar`);
  }
  return value;
}

/** `from` and `to` checked, and in order. */
export function checkDateRange(args: { from?: string | null; to?: string | null }): DateRange {
  const range = { from: checkDate('from', args.from), to: checkDate('to', args.to) };
  if (range.from !== null && range.to !== null && range.from > range.to) {
    throw badInput('from', `${range.from} is after to (${range.to})`);
  }
  return range;
}

/** An integer argument within [min, max]. */
export function checkRange(argument: string, value: number, min: number, max: number): number {
  if (!Number.isInteger(value) || value < min || value > max) {
    throw badInput(argument, `must be between ${min} and ${max} (got ${value})`);
  }
  return value;
}
