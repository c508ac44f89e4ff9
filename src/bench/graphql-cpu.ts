// Per-request CPU of our GraphQL layer with Neo4j taken out (issue 12: the server's own cost): the store answers
// from memory with rows of the shape the real statements return (the hub's 20 co-attendees × 20 events; a
// 4-hop path with 20 sentences a hop), and each question is asked N times through yoga.fetch.
//   NODE_ENV=production node --import tsx src/bench/graphql-cpu.ts   (N=2000; add --cpu-prof for a profile)
import neo4j from 'neo4j-driver';
import { pino } from 'pino';
import { createApp } from '../api/app.ts';
const driver = neo4j.driver('bolt://127.0.0.1:1'); // never contacted
const app = createApp({ driver, logger: pino({ level: process.env.LOG_LEVEL ?? 'info' }, pino.destination('/dev/null')) });
const person = (i: number) => ({ __typename: 'Person', id: `p:${i}`, name: `人${i}`, aliases: [], labels: ['Person'] });
const event = (i: number) => ({ __typename: 'Event', id: `e:${i}`, name: `会议${i}`, aliases: [], date: '2026-01-01', kind: 'meeting' });
const events = Array.from({ length: 20 }, (_, i) => event(i));
const rows = Array.from({ length: 20 }, (_, i) => ({ person: person(i), count: 30 - i, eventIds: events.map((e) => e.id), events }));
const store = app.store as unknown as Record<string, unknown>;
store.coAttendeesOf = async () => ({ matches: [{ entity: person(99), matched: 'id' }], id: 'p:99', rows });
const nodes = [person(99), event(1), person(2), event(3), person(4)];
store.pathBetween = async () => ({ fromMatches: [{ entity: nodes[0], matched: 'id' }], toMatches: [{ entity: nodes[4], matched: 'id' }], fromId: 'p:99', toId: 'p:4',
  path: { nodes, hops: [0, 1, 2, 3].map((i) => ({ type: 'ATTENDED', from: nodes[i]!.id, title: null, articleIds: Array(20).fill('a:1'), evidence: Array(20).fill('某某出席了会议并讲话。'), evidenceCount: 279 })) } });
const bodies: Record<string, string> = {
  coAttendees: JSON.stringify({ query: 'query($n:String!){coAttendees(name:$n,first:20){count person{id name} events(first:20){id name date}}}', variables: { n: 'p:99' } }),
  path: JSON.stringify({ query: 'query($a:String!,$b:String!){path(from:$a,to:$b,maxLength:6){length nodes{id name} hops{relation evidenceCount evidence(first:20){sentence}}}}', variables: { a: 'p:99', b: 'p:4' } }),
};
const n = Number(process.env.N ?? 2000);
for (const [name, body] of Object.entries(bodies)) {
  const once = async () => {
    const res = await app.yoga.fetch('http://127.0.0.1/graphql', { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(Buffer.byteLength(body)) }, body });
    return res.text();
  };
  const sample = await once();
  if (!sample.includes('"data"') || sample.includes('errors')) throw new Error(sample);
  for (let i = 0; i < 300; i++) await once();
  const cpu = process.cpuUsage();
  for (let i = 0; i < n; i++) await once();
  const used = process.cpuUsage(cpu);
  console.log(`${name}: ${((used.user + used.system) / n).toFixed(0)} µs CPU per request (${n} requests, ${sample.length} bytes)`);
}
app.close(); await driver.close();
