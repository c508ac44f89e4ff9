// The rows of api-co-attendees as the API's objects: events typed without a copy of each map, each
// co-attendee's default page in its ids' order, ids not among the page's events left out.
import neo4j from 'neo4j-driver';
import { describe, expect, it } from 'vitest';
import { toCoAttendanceRows, CO_ATTENDANCE_PAGE } from '../../src/api/store-rows.ts';

const event = (id: string, date: string | null) => ({ id, name: `会议${id}`, date, aliases: [], kind: null });

describe('toCoAttendanceRows', () => {
  it('types page events and co-attendees, keeps each row order and skips ids the page lacks', () => {
    const row = {
      pageEvents: [event('e:1', '2026-03-27'), event('e:2', null), { id: 'e:3', name: '会议e:3', date: '2026-01-01' }],
      rows: [
        { count: neo4j.int(3), events: ['e:2', 'e:gone', 'e:1'], person: { id: 'p:a', name: '甲', aliases: [] } },
        { count: 1, events: ['e:3'], person: { id: 'p:b', name: '乙', aliases: ['乙乙'] } },
      ],
    };
    const rows = toCoAttendanceRows(row);
    expect(rows).toEqual([
      {
        person: { __typename: 'Person', id: 'p:a', name: '甲', aliases: [], date: null, kind: null },
        count: 3,
        eventIds: ['e:2', 'e:gone', 'e:1'],
        events: [
          { __typename: 'Event', id: 'e:2', name: '会议e:2', aliases: [], date: null, kind: null },
          { __typename: 'Event', id: 'e:1', name: '会议e:1', aliases: [], date: '2026-03-27', kind: null },
        ],
      },
      {
        person: { __typename: 'Person', id: 'p:b', name: '乙', aliases: ['乙乙'], date: null, kind: null },
        count: 1,
        eventIds: ['e:3'],
        events: [{ __typename: 'Event', id: 'e:3', name: '会议e:3', aliases: [], date: '2026-01-01', kind: null }],
      },
    ]);
    // Key order too (answers are serialized from these objects).
    expect(Object.keys(rows[0]!.events[0]!)).toEqual(['__typename', 'id', 'name', 'aliases', 'date', 'kind']);
  });

  it('gives at most the default page of events per row', () => {
    const ids = Array.from({ length: CO_ATTENDANCE_PAGE + 5 }, (_, i) => `e:${i}`);
    const [only] = toCoAttendanceRows({ pageEvents: ids.map((id) => event(id, null)), rows: [{ count: ids.length, events: ids, person: { id: 'p:a', name: '甲' } }] });
    expect(only!.events.map((e) => e.id)).toEqual(ids.slice(0, CO_ATTENDANCE_PAGE));
    expect(only!.eventIds).toEqual(ids);
  });
});
