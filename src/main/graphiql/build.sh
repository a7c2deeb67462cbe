#!/bin/sh
# Maven runs this (exec-maven-plugin, process-resources) to bundle GraphiQL into the jar. Without npm it leaves the
# fallback page in place and says so: the build must not need node on a machine that only runs the app.
set -e
cd "$(dirname "$0")"
outdir="$1"
if ! command -v npm >/dev/null 2>&1; then
  echo "[graphiql] npm not found: /graphiql serves a page saying GraphiQL was not bundled (install node/npm to bundle it)"
  exit 0
fi
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  if ! npm ci --no-audit --no-fund --loglevel=error; then
    echo "[graphiql] npm ci failed (no access to the npm registry?): GraphiQL not bundled, /graphiql says so"
    exit 0
  fi
fi
node build.mjs "$outdir" || { echo "[graphiql] bundling failed: GraphiQL not bundled, /graphiql says so"; exit 0; }
