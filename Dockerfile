# The API service for docker-compose.yml: `kg start` against the Neo4j named by NEO4J_URI
# (schema applied, samples ingested idempotently, GraphQL served on PORT).

# Full image for the install: nodejieba may compile its native addon.
FROM node:20-bookworm AS deps
WORKDIR /app
COPY package.json package-lock.json ./
# postinstall applies patches/ (nodejieba) and rebuilds the addon from the patched source.
COPY patches ./patches
RUN npm ci --omit=dev

FROM node:20-bookworm-slim
WORKDIR /app
# HOST: inside a container the API must listen beyond loopback (compose publishes it on the host's loopback).
ENV NODE_ENV=production PORT=4000 HOST=0.0.0.0
COPY --from=deps /app/node_modules ./node_modules
COPY package.json schema.graphql ./
COPY bin ./bin
COPY src ./src
COPY cypher ./cypher
COPY samples ./samples
USER node
EXPOSE 4000
CMD ["node", "bin/kg.js", "start"]
