// The peer's type definitions for our graph model (the benchmark asks it the same four questions, see
// ../queries.ts): its server (neo4j-graphql.ts) serves them, statement-cpu.ts captures the statements it generates.
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
