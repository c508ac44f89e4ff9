// Careers: who holds each seat of each district on each day of the story (2021–2026). Seats keep their
// rank (rank 0 is the party secretary, rank 1 the head of government; see postsFor), and their holders
// change over the years: an official is promoted within the district (副区长 → 常务副区长 → 区长 → 书记),
// transferred to another district (often in the same city) or to a city post, or leaves; the seat then
// goes to a promoted colleague or a newcomer. Every change is a dated tenure [from, to).
import type { Namer } from './names.ts';
import type { Rng } from './random.ts';

export interface Tenure {
  person: Person;
  /** The district's index in World.districts, or null for a post in the city above (not in any article). */
  district: number | null;
  /** The district or city the post is in: where the gold extraction's HOLDS_POSITION points. */
  body: string;
  rank: number;
  titles: string[];
  /** ISO dates; `to` is the first day in the next post (null: still held when the story ends). */
  from: string;
  to: string | null;
}

export interface Person {
  /** The true identity (P000123): stable for a seed, never shown to an extractor. */
  id: string;
  name: string;
  tenures: Tenure[];
}

/** The seats of one district, each with its holders in date order. */
export interface SeatPlace {
  index: number;
  name: string;
  city: string;
  kind: string;
  seats: Tenure[][];
}

export const STORY_START = '2021-01-01';
export const STORY_END = '2026-12-31';
export const TITLED_RANKS = 10;

const DAY_MS = 86_400_000;
const dayOf = (iso: string): number => Date.parse(`${iso}T00:00:00Z`) / DAY_MS;
const isoOf = (day: number): string => new Date(day * DAY_MS).toISOString().slice(0, 10);

/** Who may step up into each titled rank: lower seats of the same district (10+ are plain 区领导). */
const LADDER: number[][] = [[1], [2, 8], [3, 4, 8], [4, 5, 9], [5, 9], [10, 11, 12, 13], [2], [2, 3], [5, 9], [10, 11, 12, 13]];
/** A holder stays at least this long before a move (a post held for weeks reads as an error). */
const MIN_STAY_DAYS = 365;
const TRANSFER = 0.3;
const TO_CITY = 0.3;
const PROMOTE = 0.6;

export interface CareerOptions {
  rng: Rng;
  namer: Namer;
  places: SeatPlace[];
  postsFor: (rank: number, kind: string) => string[];
  newPerson: (name: string) => Person;
  seatsPerPlace: number;
}

/** The tenure of a seat on an ISO day (seats are never vacant; the first holder took office before the story). */
export function tenureAt(seat: Tenure[], iso: string): Tenure {
  for (let i = seat.length - 1; i >= 0; i--) {
    const t = seat[i] as Tenure;
    if (t.from <= iso) return t;
  }
  return seat[0] as Tenure;
}

/** Fills every seat at the story's start, then plays the dated changes in order. */
export function runCareers(o: CareerOptions): void {
  const { rng, places } = o;
  const start = dayOf(STORY_START);
  const end = dayOf(STORY_END);
  const seat = (place: SeatPlace, rank: number, person: Person, from: number): void => {
    const t: Tenure = { person, district: place.index, body: place.name, rank, titles: o.postsFor(rank, place.kind), from: isoOf(from), to: null };
    person.tenures.push(t);
    (place.seats[rank] as Tenure[]).push(t);
  };
  const newcomer = (place: SeatPlace): Person => o.newPerson(o.namer.official({ district: place.index, city: place.city }));

  for (const place of places) {
    for (let rank = 0; rank < o.seatsPerPlace; rank++) {
      place.seats.push([]);
      // Took office some time before the story starts.
      seat(place, rank, newcomer(place), start - rng.between(30, 6 * 365));
    }
  }

  const changes: { day: number; place: number; rank: number }[] = [];
  for (const place of places) {
    for (let rank = 0; rank < o.seatsPerPlace; rank++) {
      const u = rng.next();
      const count = rank < TITLED_RANKS ? (u < 0.35 ? 0 : u < 0.8 ? 1 : 2) : u < 0.6 ? 0 : 1;
      for (let i = 0; i < count; i++) changes.push({ day: rng.between(start + 30, end - 30), place: place.index, rank });
    }
  }
  changes.sort((a, b) => a.day - b.day || a.place - b.place || a.rank - b.rank);

  const current = (place: SeatPlace, rank: number): Tenure => (place.seats[rank] as Tenure[]).at(-1) as Tenure;
  const settled = (t: Tenure, day: number): boolean => dayOf(t.from) <= day - MIN_STAY_DAYS;
  const leave = (t: Tenure, day: number): void => {
    t.to = isoOf(day);
  };

  for (const change of changes) {
    const place = places[change.place] as SeatPlace;
    const old = current(place, change.rank);
    if (!settled(old, change.day)) continue;
    leave(old, change.day);
    const mover = old.person;
    if (change.rank < TITLED_RANKS && rng.chance(TRANSFER)) transfer(mover, place, change.rank, change.day);
    else if (change.rank < TITLED_RANKS && rng.chance(TO_CITY)) toCity(mover, place, change.rank, change.day);
    fill(place, change.rank, change.day);
  }

  /** The seat left free goes to a settled colleague one step below, or to a newcomer. */
  function fill(place: SeatPlace, rank: number, day: number): void {
    const below = (LADDER[rank] ?? []).filter((r) => r < o.seatsPerPlace && settled(current(place, r), day));
    if (below.length && rng.chance(PROMOTE)) {
      const from = rng.pick(below);
      const promoted = current(place, from);
      leave(promoted, day);
      seat(place, rank, promoted.person, day);
      seat(place, from, newcomer(place), day);
      return;
    }
    seat(place, rank, newcomer(place), day);
  }

  /** To the same rank (a 区长 may become 书记) of another district, half the time in the same city. */
  function transfer(mover: Person, from: SeatPlace, rank: number, day: number): void {
    const sameCity = places.filter((p) => p.city === from.city && p !== from);
    const pool = sameCity.length && rng.chance(0.5) ? sameCity : places.filter((p) => p !== from);
    if (!pool.length) return toCity(mover, from, rank, day);
    const to = rng.pick(pool);
    const target = rank === 1 && rng.chance(0.5) ? 0 : rank;
    const incumbent = current(to, target);
    if (!settled(incumbent, day) || !o.namer.freeIn(to.index, mover.name)) return toCity(mover, from, rank, day);
    leave(incumbent, day);
    o.namer.claim(to.index, mover.name);
    seat(to, target, mover, day);
  }

  /** A post in the city government or party committee: on record, but no district paper reports it. */
  function toCity(mover: Person, from: SeatPlace, rank: number, day: number): void {
    const title = [0, 2, 3, 4, 6, 7].includes(rank) ? '市委常委' : '副市长';
    mover.tenures.push({ person: mover, district: null, body: from.city, rank: -1, titles: [title], from: isoOf(day), to: null });
  }
}
