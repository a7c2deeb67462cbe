// Bundles GraphiQL into <outdir> (target/classes/static/graphiql when run by Maven): graphiql.js, graphiql.css and
// index.html, all served by the application itself.
import { build } from 'esbuild';
import { copyFile, mkdir } from 'node:fs/promises';
import path from 'node:path';

const outdir = process.argv[2] || 'dist';
await mkdir(outdir, { recursive: true });
await build({
  entryPoints: { graphiql: 'index.jsx' },
  bundle: true,
  minify: true,
  format: 'iife',
  target: 'es2020',
  outdir,
  loader: { '.graphql': 'text', '.js': 'jsx' },
  define: { 'process.env.NODE_ENV': '"production"' },
  legalComments: 'linked',
  charset: 'utf8',
  logLevel: 'warning',
});
await copyFile('index.html', path.join(outdir, 'index.html'));
console.log(`GraphiQL bundled into ${outdir}`);
