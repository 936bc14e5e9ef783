// Prepares the databases integration tests read: a seeded SQLite template that each test file copies,
// or, when DATABASE_URL names PostgreSQL, that database migrated and seeded once.
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { prismaEnv, root } from '../scripts/prisma-env.mjs';

export const TEMPLATE = path.join(root, 'var', 'test', 'template.db');

function prepare(url: string) {
  const env = prismaEnv({ DATABASE_URL: url });
  execFileSync(
    process.execPath,
    [path.join(root, 'node_modules', 'prisma', 'build', 'index.js'), 'migrate', 'deploy'],
    { cwd: root, env, stdio: 'pipe' },
  );
  execFileSync(
    process.execPath,
    ['--import', 'tsx', path.join(root, 'prisma', 'seed', 'run.ts'), '--quiet'],
    { cwd: root, env, stdio: 'pipe' },
  );
}

export default function setup() {
  const url = process.env.DATABASE_URL ?? '';
  if (/^postgres/.test(url)) {
    prepare(url);
    return;
  }
  fs.mkdirSync(path.dirname(TEMPLATE), { recursive: true });
  for (const f of [TEMPLATE, `${TEMPLATE}-journal`, `${TEMPLATE}-wal`, `${TEMPLATE}-shm`])
    fs.rmSync(f, { force: true });
  prepare(`file:${TEMPLATE}`);
}
