// Runs graphql-http's auditServer against a GraphQL-over-HTTP endpoint and prints one JSON line per audit:
// {"id", "name", "status": "ok"|"warn"|"error", "reason"}. Exit code 0 even on failures: the JUnit test judges.
// Usage: node audit.mjs http://127.0.0.1:8080/graphql
import { auditServer } from 'graphql-http';

const url = process.argv[2];
if (!url) {
  console.error('usage: node audit.mjs <url>');
  process.exit(2);
}
const results = await auditServer({ url });
for (const r of results) {
  const line = { id: r.id, name: r.name, status: r.status };
  if (r.status !== 'ok') {
    line.reason = r.reason;
  }
  console.log(JSON.stringify(line));
}
