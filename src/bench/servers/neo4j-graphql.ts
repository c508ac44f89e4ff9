// The peer: @neo4j/graphql (the auto-generated API a user might pick instead) over the same graph.
// Type definitions for our graph model; the benchmark asks it the same four questions (see ../queries.ts).
//   node --import tsx src/bench/servers/neo4j-graphql.ts   (NEO4J_URI, PORT)
import { createServer } from 'node:http';
import { Neo4jGraphQL } from '@neo4j/graphql';
import { createYoga } from 'graphql-yoga';
import neo4j from 'neo4j-driver';
import { typeDefs } from './neo4j-graphql-schema.ts';
import { benchAuth, listenForBench } from './listen.ts';

const driver = neo4j.driver(process.env.NEO4J_URI as string, benchAuth());
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();
const yoga = createYoga({ schema, logging: false, graphiql: false });
const server = createServer(yoga);
listenForBench(server, driver);
