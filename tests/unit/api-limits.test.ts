// The price of a query (plugins/limits.ts): lists cost their length times their fields, so real
// questions pass and bombs (nested hub relations, nested full pages) are refused before they run.
import { parse } from 'graphql';
import { describe, expect, it } from 'vitest';
import { Budget, limitOptions, queryCost } from '../../src/api/plugins/limits.ts';
import { buildSchema } from '../../src/api/schema.ts';

const schema = buildSchema();
const { maxCost } = limitOptions({});
const cost = (query: string, variables: Record<string, unknown> = {}) => queryCost(schema, parse(query), variables);

describe('query cost', () => {
  it('admits the questions analysts ask', () => {
    // Refused by the flat-price limit before ("Query Cost limit of 5000 exceeded, found 6971.875").
    const events = '{ events(first: 50) { edges { cursor node { id name date kind place { name } attendees { id name } sources { article { title date } sentences } } } pageInfo { hasNextPage endCursor } } }';
    expect(cost(events)).toBeLessThan(maxCost);
    const person = '{ entity(id: "p:x") { name relations { type title to { id name } evidence { sentence article { title } } } } }';
    expect(cost(person)).toBeLessThan(maxCost);
    expect(cost('{ coAttendees(name: "王策飞", first: 100) { count person { name } events(first: 20) { name date } } }')).toBeLessThan(maxCost);
    expect(cost('{ graph(center: "龙岗区", depth: 2) { nodes { id label type } edges { id source target type label } truncated } }')).toBeLessThan(maxCost);
  });

  it('prices scalars near nothing and lists by first', () => {
    expect(cost('{ entity(id: "x") { id name aliases } }')).toBe(1);
    expect(cost('{ search(text: "x", first: 10) { edges { node { id } } } }')).toBe(cost('{ search(text: "x", first: 5) { edges { node { id } } } }') * 2);
    // first as a variable is priced by its value; pages past 100 are served capped and priced capped.
    expect(cost('query($n: Int) { search(text: "x", first: $n) { edges { node { id } } } }', { n: 10 })).toBe(
      cost('{ search(text: "x", first: 10) { edges { node { id } } } }'),
    );
    expect(cost('{ search(text: "x", first: 100000) { edges { node { id } } } }')).toBe(cost('{ search(text: "x", first: 100) { edges { node { id } } } }'));
  });

  it('refuses the hub bomb: relations nested four deep', () => {
    const bomb = '{ entity(id: "p:hub") { relations { to { relations { to { relations { to { relations { to { name } } } } } } } } } }';
    expect(cost(bomb)).toBeGreaterThan(maxCost);
  });

  it('refuses full pages nested three deep, through fragments on interfaces too', () => {
    const nested = `{ search(text: "x", first: 100) { edges { node { ...P } } } }
      fragment P on Person { events(first: 100) { edges { node { attendees { ... on Person { events(first: 100) { edges { node { id } } } } } } } } }`;
    expect(cost(nested)).toBeGreaterThan(maxCost);
  });
});

describe('limit settings', () => {
  it('reads the environment and names a bad value', () => {
    const env = { KG_MAX_COST: '900', KG_REQUEST_DEADLINE_MS: '1500', KG_MAX_ANSWER_BYTES: '1000', KG_MAX_ANSWER_ITEMS: '50' };
    expect(limitOptions(env)).toEqual({ maxCost: 900, deadlineMs: 1500, maxAnswerBytes: 1000, maxListItems: 50 });
    expect(() => limitOptions({ KG_MAX_COST: 'lots' })).toThrow('KG_MAX_COST: "lots" is not a positive number');
  });
});

describe('the budget', () => {
  const options = { ...limitOptions({}), maxListItems: 10 };

  it('stops at the item cap, and a signal read afterwards is already aborted with that error', () => {
    const budget = new Budget(options);
    budget.spend(10);
    expect(budget.error).toBeNull();
    expect(() => budget.spend(1)).toThrow(/more than 10 relationships and articles/);
    expect((budget.error as { extensions: { code: string } }).extensions.code).toBe('ANSWER_TOO_LARGE');
    expect(budget.signal.aborted).toBe(true);
    expect(budget.signal.reason).toBe(budget.error);
    expect(() => budget.spend(0)).toThrow(/more than 10/); // stopped stays stopped
  });

  it('aborts a signal read before the stop, keeps the first reason, and an AbortError when none is given', () => {
    const budget = new Budget(options);
    const signal = budget.signal;
    expect(signal.aborted).toBe(false);
    budget.abort(new Error('client gone'));
    budget.abort(new Error('second'));
    expect(signal.aborted).toBe(true);
    expect((signal.reason as Error).message).toBe('client gone');
    expect((budget.error as Error).message).toBe('client gone');
    const plain = new Budget(options);
    plain.abort();
    expect((plain.error as DOMException).name).toBe('AbortError');
    expect(plain.signal.reason).toBe(plain.error);
  });
});
