#!/usr/bin/env node
// The server end-to-end tests run against: a production build on its own database (a fresh SQLite
// file, or the PostgreSQL named by DATABASE_URL), migrated and seeded like a real first start.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { prismaEnv, root } from './prisma-env.mjs';

const port = process.argv[2] || '3210';
const url = /^postgres/.test(process.env.DATABASE_URL || '')
  ? process.env.DATABASE_URL
  : `file:${path.join(root, 'var', 'e2e', 'e2e.db')}`;
if (url.startsWith('file:')) {
  const file = url.slice(5);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  for (const f of [file, `${file}-journal`, `${file}-wal`, `${file}-shm`]) fs.rmSync(f, { force: true });
}
const env = prismaEnv({ DATABASE_URL: url });
const setup = spawnSync(process.execPath, [path.join(root, 'scripts', 'db-setup.mjs'), '--quiet'], {
  cwd: root,
  env,
  stdio: 'inherit',
});
if (setup.status !== 0) process.exit(setup.status ?? 1);
if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID'))) {
  console.error('No production build found: run `npm run build` first (npm test does).');
  process.exit(1);
}
const server = spawn(
  process.execPath,
  [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', port],
  {
    cwd: root,
    env: { ...process.env, DATABASE_URL: url, NEXT_TELEMETRY_DISABLED: '1', NODE_ENV: 'production' },
    stdio: 'inherit',
  },
);
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => server.kill(sig));
server.on('exit', (code) => process.exit(code ?? 0));
