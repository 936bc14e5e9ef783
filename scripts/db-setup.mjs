#!/usr/bin/env node
// Creates the database if needed, applies the committed migrations, then loads the shipped data
// (idempotent: an unchanged database is left alone). DATABASE_URL picks SQLite (default) or PostgreSQL.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { prismaEnv, root } from './prisma-env.mjs';

const quiet = process.argv.includes('--quiet');
const env = prismaEnv();
const url = env.DATABASE_URL;
if (!/^postgres/.test(url)) {
  const file = path.resolve(root, url.replace(/^file:/, ''));
  fs.mkdirSync(path.dirname(file), { recursive: true });
}

function run(label, args) {
  const r = spawnSync(process.execPath, args, { cwd: root, env, encoding: 'utf8' });
  if (r.status !== 0) {
    console.error(`${label} failed:\n${r.stdout}\n${r.stderr}`);
    process.exit(r.status ?? 1);
  }
  return r.stdout;
}

const migrate = run('Applying database migrations', [
  path.join(root, 'node_modules', 'prisma', 'build', 'index.js'),
  'migrate',
  'deploy',
]);
if (!quiet) {
  const applied = /following migration\(s\) have been applied/.test(migrate);
  console.log(applied ? 'Database migrations applied.' : 'Database schema is up to date.');
}
const seedArgs = [
  '--import',
  'tsx',
  path.join(root, 'prisma', 'seed', 'run.ts'),
  ...(quiet ? ['--quiet'] : []),
];
const out = run('Loading the shipped data', seedArgs);
if (!quiet) process.stdout.write(out);
