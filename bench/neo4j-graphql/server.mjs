// The @neo4j/graphql comparison server of plangraph's benchmarks (BENCHMARKS.md): a schema over plangraph's graph
// model, generated resolvers, served over HTTP with graphql-http. The bench runner starts it with
//   NEO4J_URI=bolt://127.0.0.1:PORT PORT=0 node server.mjs
// and reads the line "READY <port>". Only the types and relationships the three benchmark queries need are declared.
import http from "node:http";
import neo4j from "neo4j-driver";
import { Neo4jGraphQL } from "@neo4j/graphql";
import { createHandler } from "graphql-http/lib/use/http";

const typeDefs = /* GraphQL */ `
  type Claim @relationshipProperties { doc: String quote: String start: Int end: Int }
  type Responsibility @relationshipProperties { role: String doc: String quote: String start: Int end: Int }

  type Topic @node {
    id: ID! name: String nameEn: String
    narrower: [Topic!]! @relationship(type: "BROADER", direction: IN)
    advancedBy: [Task!]! @relationship(type: "ADVANCES", direction: IN)
    supporters: [Platform!]! @relationship(type: "SUPPORTS", direction: IN, properties: "Claim")
  }
  type Task @node {
    id: ID! code: String title: String
    responsible: [Agency!]! @relationship(type: "RESPONSIBLE_FOR", direction: IN, properties: "Responsibility")
    supporters: [Platform!]! @relationship(type: "SUPPORTS", direction: IN, properties: "Claim")
  }
  type Platform @node(labels: ["Platform", "Entity"]) { id: ID! name: String kind: String aliases: [String!] }
  type University @node(labels: ["University", "Entity"]) { id: ID! name: String kind: String aliases: [String!] }
  type Firm @node(labels: ["Firm", "Entity"]) { id: ID! name: String kind: String aliases: [String!] }
  type Zone @node(labels: ["Zone", "Entity"]) { id: ID! name: String kind: String aliases: [String!] }
  type Agency @node(labels: ["Agency", "Entity"]) {
    id: ID! name: String kind: String aliases: [String!]
    reportsTo: [Agency!]! @relationship(type: "REPORTS_TO", direction: OUT)
  }
`;

const driver = neo4j.driver(process.env.NEO4J_URI ?? "bolt://127.0.0.1:7687", neo4j.auth.basic("neo4j", "none"), {
  maxConnectionPoolSize: 64,
});
const schema = await new Neo4jGraphQL({ typeDefs, driver }).getSchema();

if (process.argv.includes("--print-schema")) {
  const { printSchema } = await import("graphql");
  console.log(printSchema(schema));
  process.exit(0);
}

const handler = createHandler({ schema, context: () => ({}) });
const server = http.createServer((req, res) => {
  if (req.url.startsWith("/graphql")) {
    handler(req, res);
  } else {
    res.writeHead(404).end();
  }
});
server.listen(Number(process.env.PORT ?? 0), "127.0.0.1", () => {
  console.log(`READY ${server.address().port}`);
});
process.stdin.on("end", async () => {
  server.close();
  await driver.close();
  process.exit(0);
});
process.stdin.resume();
