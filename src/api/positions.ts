// Posts over time, computed at query time from provenance (the dates of the articles that state each
// HOLDS_POSITION), so a retraction or a re-ingest with another date is reflected exactly, with nothing
// stored to keep in step. The single/multi-seat rule is data: src/model/seats.ts.
import { seatPlace, singleSeat, titleMatches } from '../model/seats.ts';
import { evidencePairs, toEntity, type EntityNode, type Evidence } from './records.ts';

type Props = Record<string, unknown>;

/** One HOLDS_POSITION as api-positions-of-bodies returns it, with its articles' dates aligned. */
export interface PositionRow {
  person: EntityNode;
  body: EntityNode;
  title: string;
  articleIds: string[];
  evidence: string[];
  /** dates[i] is the date of articleIds[i] (null when the article has none). */
  dates: (string | null)[];
}

/** A row of api-positions-of-bodies, its article dates put in the order of its article ids. */
export function toPositionRow(row: Props): PositionRow {
  const dateOf = new Map((row.articleDates as Props[]).map((a) => [String(a.id), typeof a.date === 'string' ? a.date : null]));
  const articleIds = Array.isArray(row.articles) ? row.articles.map(String) : [];
  return {
    person: toEntity(row.person as Props),
    body: toEntity(row.body as Props),
    title: String(row.title ?? ''),
    articleIds,
    evidence: Array.isArray(row.evidence) ? row.evidence.map(String) : [],
    dates: articleIds.map((id) => dateOf.get(id) ?? null),
  };
}

/**
 * One row per (person, body, title) in each group: a person is a cluster, and two of its anchor nodes holding
 * the same post are one post, with both rows' articles (anchor nodes never share an article).
 */
export function mergedPositions(groups: Map<string, PositionRow[]>): Map<string, PositionRow[]> {
  const out = new Map<string, PositionRow[]>();
  for (const [id, rows] of groups) {
    const merged = new Map<string, PositionRow>();
    for (const row of rows) {
      const key = `${row.person.id}\u0000${row.body.id}\u0000${row.title}`;
      const seen = merged.get(key);
      merged.set(key, seen ? { ...seen, articleIds: [...seen.articleIds, ...row.articleIds], evidence: [...seen.evidence, ...row.evidence], dates: [...seen.dates, ...row.dates] } : row);
    }
    out.set(id, [...merged.values()]);
  }
  return out;
}

export interface Position {
  person: EntityNode;
  body: EntityNode;
  title: string;
  /** First seen (ISO), null when no stating article is dated. */
  from: string | null;
  /** Last seen, or for a single seat the first sighting of its next holder. */
  to: string | null;
  evidence: Evidence[];
}

function firstAndLast(dates: (string | null)[]): [string | null, string | null] {
  const known = dates.filter((date): date is string => typeof date === 'string' && date !== '').sort();
  return [known[0] ?? null, known[known.length - 1] ?? null];
}

/**
 * Intervals of every position in `rows`. Pass all the rows of the bodies concerned: a single seat's end
 * depends on the other holders of that seat (same body, same seat title).
 */
export function positionsOver(rows: PositionRow[]): Position[] {
  const positions = rows.map((row) => {
    const [from, to] = firstAndLast(row.dates);
    return { person: row.person, body: row.body, title: row.title, from, to, evidence: evidencePairs(row.articleIds, row.evidence) };
  });
  // Each seat's holders (a place's seat takes in its 县委 and 县政府: src/model/seats.ts), by when they were
  // first seen: a holder's tenure ends when a later one appears.
  const seats = new Map<string, Position[]>();
  for (const position of positions) {
    const seat = singleSeat(position.title);
    if (seat === null || position.from === null) continue;
    const place = seatPlace({ name: position.body.name, district: position.body.__typename === 'District' });
    const key = `${place === null ? `body:${position.body.id}` : `place:${place}`}\u0000${seat}`;
    seats.set(key, [...(seats.get(key) ?? []), position]);
  }
  for (const holders of seats.values()) {
    // One holder's rows of one seat (米易县 and 米易县委) are one tenure: the last holder's runs to his last sighting in any of them.
    const lastSeen = new Map<string, string>();
    for (const { person, to } of holders) if (to !== null && to > (lastSeen.get(person.id) ?? '')) lastSeen.set(person.id, to);
    for (const position of holders) {
      const next = holders
        .filter((other) => other.person.id !== position.person.id && (other.from as string) > (position.from as string))
        .map((other) => other.from as string)
        .sort()[0];
      position.to = next ?? lastSeen.get(position.person.id) ?? position.to;
    }
  }
  // Earliest first, undated last; then by title and person, so that answers are stable.
  return positions.sort((a, b) => byDate(a.from, b.from) || byText(a.title, b.title) || byText(a.person.id, b.person.id));
}

function byText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function byDate(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return byText(a, b);
}

/** The positions that answer holders(title, at): that post (or one written with its body before it), held on `at`. */
export function holdersFilter(positions: Position[], title: string | null, at: string | null): Position[] {
  return positions.filter((position) => {
    if (title !== null && !titleMatches(position.title, title)) return false;
    if (at === null) return true;
    return position.from !== null && position.to !== null && position.from <= at && at <= position.to;
  });
}
