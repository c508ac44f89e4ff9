// The peer: @neo4j/graphql (the auto-generated API a user might pick instead) over the same graph.
// Type definitions for our graph model; the benchmark asks it the same four questions (see ../queries.ts).
//   node --import tsx src/bench/servers/neo4j-graphql.ts   (NEO4J_URI, PORT)
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { cypher } from '../../graph/cypher.ts';

// Statements @neo4j/graphql cannot generate (aggregation, shortest path) are @cypher fields, their text
// taken verbatim from cypher/bench-ngql-*.cypher and quoted as GraphQL block strings.
const block = (name: string) => `"""${cypher(name).replace(/"""/g, '\\"""')}"""`;

export const typeDefs = /* GraphQL */ `
  type Person @node(labels: ["Person", "Entity"]) {
    id: ID!
    name: String!
    "The identity cluster (src/identity): anchor nodes with one person are one real person."
    person: String
    aliases: [String!]
    attended: [Event!]! @relationship(type: "ATTENDED", direction: OUT)
    chaired: [Event!]! @relationship(type: "CHAIRED", direction: OUT)
    led: [Event!]! @relationship(type: "LED", direction: OUT)
    reported: [Article!]! @relationship(type: "REPORTED", direction: OUT)
  }
  type Organization @node(labels: ["Organization", "Entity"]) {
    id: ID!
    name: String!
    aliases: [String!]
    attended: [Event!]! @relationship(type: "ATTENDED", direction: OUT)
    signed: [Event!]! @relationship(type: "SIGNED", direction: OUT)
  }
  type Enterprise @node(labels: ["Enterprise", "Entity"]) {
    id: ID!
    name: String!
    aliases: [String!]
    attended: [Event!]! @relationship(type: "ATTENDED", direction: OUT)
    signed: [Event!]! @relationship(type: "SIGNED", direction: OUT)
  }
  type District @node(labels: ["District", "Entity"]) {
    id: ID!
    name: String!
    aliases: [String!]
    attended: [Event!]! @relationship(type: "ATTENDED", direction: OUT)
    signed: [Event!]! @relationship(type: "SIGNED", direction: OUT)
    eventsHeld: [Event!]! @relationship(type: "HELD_IN", direction: IN)
  }
  type Event @node(labels: ["Event", "Entity"]) {
    id: ID!
    name: String!
    date: String
    kind: String
    attendees: [Person!]! @relationship(type: "ATTENDED", direction: IN)
    chairs: [Person!]! @relationship(type: "CHAIRED", direction: IN)
    leaders: [Person!]! @relationship(type: "LED", direction: IN)
    orgSignatories: [Organization!]! @relationship(type: "SIGNED", direction: IN)
    enterpriseSignatories: [Enterprise!]! @relationship(type: "SIGNED", direction: IN)
  }
  type Article @node {
    id: ID!
    title: String
    date: String
  }
  type EntityRef {
    id: ID!
    name: String!
  }
  type EventRef {
    id: ID!
    name: String!
    date: String
  }
  type HopRow {
    type: String!
    evidenceCount: Int!
    evidence: [String!]!
  }
  type PathRow {
    nodes: [EntityRef!]!
    hops: [HopRow!]!
  }
  type CoAttendanceRow {
    id: ID!
    name: String!
    count: Int!
    events: [EventRef!]!
  }
  type Query {
    coAttendeesOf(id: ID!, first: Int!, events: Int!): [CoAttendanceRow!]!
      @cypher(statement: ${block('bench-ngql-co-attendees')}, columnName: "row")
    searchEntities(query: String!, first: Int!): [EntityRef!]!
      @cypher(statement: ${block('bench-ngql-search')}, columnName: "row")
    neighborsOf(id: ID!, first: Int!): [EntityRef!]!
      @cypher(statement: ${block('bench-ngql-neighbors')}, columnName: "row")
    pathBetween(from: ID!, to: ID!, evidence: Int!): PathRow
      @cypher(statement: ${block('bench-ngql-path')}, columnName: "row")
  }
`;

// The embedded Neo4j runs with auth on: its credentials come in NEO4J_USER / NEO4J_PASSWORD.
const auth = () => (process.env.NEO4J_USER ? neo4j.auth.basic(process.env.NEO4J_USER, process.env.NEO4J_PASSWORD ?? '') : undefined);
const driver = neo4j.driver(process.env.NEO4J_URI as string, auth());
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({ schema, logging: false, graphiql: false });
const server = createServer(yoga);
server.listen(Number(process.env.PORT ?? 0), '127.0.0.1', () => {
  const address = server.address();
  console.log(`BENCH_SERVER_READY ${typeof address === 'object' && address ? address.port : ''}`);
});
process.on('SIGTERM', () => {
  server.close();
  void driver.close().then(() => process.exit(0));
});
