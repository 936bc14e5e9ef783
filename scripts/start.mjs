#!/usr/bin/env node
// `npm start`: prepares the database (created, migrated and filled with the shipped data on first
// start; left as is when nothing changed), builds the app when its sources changed since the last
// build, then serves it on PORT (default 3000).
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { prismaEnv, root } from './prisma-env.mjs';

const env = prismaEnv();
const port = process.env.PORT || '3000';
const nextBin = path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next');

function step(label, args) {
  console.log(`\n▸ ${label}`);
  const r = spawnSync(process.execPath, args, { cwd: root, env, stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\n✖ ${label} failed.`);
    process.exit(r.status ?? 1);
  }
}

const SOURCES = [
  'app',
  'components',
  'lib',
  'messages',
  'public',
  'proxy.ts',
  // Server code the app imports from outside app/, lib/ and components/.
  'prisma/adapter.ts',
  'prisma/seed/write.ts',
  'next.config.js',
  'tsconfig.json',
  'package-lock.json',
  'generated',
];
function walk(p, out) {
  if (!fs.existsSync(p)) return;
  const st = fs.statSync(p);
  if (st.isDirectory()) for (const e of fs.readdirSync(p).sort()) walk(path.join(p, e), out);
  else out.push(p);
}
function sourceFingerprint() {
  const files = [];
  for (const s of SOURCES) walk(path.join(root, s), files);
  const h = createHash('sha256');
  for (const f of files) h.update(path.relative(root, f)).update(fs.readFileSync(f));
  return h.digest('hex');
}

step('Preparing the database', [path.join(root, 'scripts', 'db-setup.mjs')]);

const stamp = path.join(root, '.next', 'compact-atlas-build.txt');
const fingerprint = sourceFingerprint();
const built =
  fs.existsSync(path.join(root, '.next', 'BUILD_ID')) &&
  fs.existsSync(stamp) &&
  fs.readFileSync(stamp, 'utf8') === fingerprint;
if (built) console.log('\n▸ The production build is up to date.');
else {
  step('Building the dashboard (about 30 s on first start)', [nextBin, 'build']);
  fs.writeFileSync(stamp, fingerprint);
}

console.log(`\n▸ Compact Atlas is starting on http://localhost:${port}\n`);
const server = spawn(process.execPath, [nextBin, 'start', '-p', port], {
  cwd: root,
  env: { ...env, NODE_OPTIONS: process.env.NODE_OPTIONS ?? '' },
  stdio: 'inherit',
});
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
