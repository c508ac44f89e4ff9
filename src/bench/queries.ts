// The four questions of the query benchmark, as each contender is asked them: our GraphQL API, the same
// named statements through the bare driver (servers/driver.ts), the same again through graphql-yoga alone
// (servers/yoga-floor.ts: the framework's floor), and @neo4j/graphql (servers/neo4j-graphql.ts).
import { luceneEscape } from '../api/store.ts';

export interface QueryInputs {
  hubId: string;
  hubName: string;
  hubEvents: number;
  /** Anchor nodes (src/identity) the hub person's cluster joins. */
  hubAnchors?: number;
  farId: string;
  farName: string;
  searchText: string;
}

/** `ours`: our GraphQL with its response cache off (the same work per request as the driver baseline);
 * `cached`: our GraphQL as `kg serve` runs it, response cache on; `floor`: the driver's statements through
 * graphql-yoga and graphql-jit with nothing of ours (what any yoga server pays per request). */
export type Contender = 'ours' | 'cached' | 'driver' | 'floor' | 'peer';

export interface Question {
  name: string;
  describe: string;
  bodies: Partial<Record<Contender, string>>;
}

const gql = (query: string, variables: Record<string, unknown>) => JSON.stringify({ query, variables });
const op = (name: string, args: Record<string, unknown>) => JSON.stringify({ op: name, args });

/** The floor's one field (servers/yoga-floor-app.ts): the driver server's question and arguments as variables. */
export const FLOOR_QUERY = 'query Ask($op: String!, $args: JSON!) { ask(op: $op, args: $args) }';

/** The questions, our GraphQL asked the same with and without its response cache, the floor as the driver. */
export function questions(q: QueryInputs): Question[] {
  return contenderQuestions(q).map((question) => {
    const { ours, driver } = question.bodies;
    const cached = ours ? { cached: ours } : {};
    const floor = driver ? { floor: JSON.stringify({ query: FLOOR_QUERY, variables: JSON.parse(driver) }) } : {};
    return { ...question, bodies: { ...question.bodies, ...cached, ...floor } };
  });
}

function contenderQuestions(q: QueryInputs): Question[] {
  return [
    {
      name: 'coAttendees',
      describe: `co-attendees of the hub person (${q.hubEvents} events), top 20, each with the 20 newest shared events`,
      bodies: {
        // By id: the hub's name may have namesakes (100k's 方钰英), and a shared name answers AMBIGUOUS.
        ours: gql('query($n:String!){coAttendees(name:$n,first:20){count person{id name} events(first:20){id name date}}}', { n: q.hubId }),
        driver: op('coAttendees', { name: q.hubId, first: 20, events: 20 }),
        peer: gql('query($id:ID!){coAttendeesOf(id:$id,first:20,events:20){id name count events{id name date}}}', { id: q.hubId }),
      },
    },
    {
      name: 'coAttendees (generated traversal)',
      describe: "the hub's events and their attendees through @neo4j/graphql's generated fields (the client then counts)",
      bodies: {
        peer: gql(
          'query($p:String!){people(where:{person:{eq:$p}}){id name attended{id name date attendees{id name person}} chaired{id name date attendees{id name person}} led{id name date attendees{id name person}}}}',
          { p: q.hubId },
        ),
      },
    },
    {
      name: 'path',
      describe: "shortest connection from the hub to a person at a single event, each hop's evidence sentences",
      bodies: {
        // Each hop's evidence paged as ours pages it by default: the first 20 sentences and how many there are.
        ours: gql('query($a:String!,$b:String!){path(from:$a,to:$b,maxLength:6){length nodes{id name} hops{relation evidenceCount evidence(first:20){sentence}}}}', { a: q.hubId, b: q.farId }),
        driver: op('path', { from: q.hubId, to: q.farId, evidence: 20 }),
        peer: gql('query($a:ID!,$b:ID!){pathBetween(from:$a,to:$b,evidence:20){nodes{id name} hops{type evidenceCount evidence}}}', { a: q.hubId, b: q.farId }),
      },
    },
    {
      name: 'search',
      describe: `full-text search for "${q.searchText}", top 20`,
      bodies: {
        ours: gql('query($t:String!){search(text:$t,first:20){edges{score node{id name}}}}', { t: q.searchText }),
        driver: op('search', { text: q.searchText, first: 20 }),
        peer: gql('query($t:String!){searchEntities(query:$t,first:21){id name}}', { t: luceneEscape(q.searchText) }),
      },
    },
    {
      name: 'neighbors depth 2',
      describe: 'entities within two hops of the hub, first 50',
      bodies: {
        ours: gql('query($id:String!){neighbors(id:$id,depth:2,first:50){edges{distance node{id name}}}}', { id: q.hubId }),
        driver: op('neighbors', { id: q.hubId, depth: 2, first: 50 }),
        peer: gql('query($id:ID!){neighborsOf(id:$id,first:51){id name}}', { id: q.hubId }),
      },
    },
  ];
}
