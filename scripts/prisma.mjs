#!/usr/bin/env node
// Runs the Prisma CLI with the offline environment. `node scripts/prisma.mjs generate` generates the
// clients for both engines; any other arguments are passed through (DATABASE_URL picks the engine).
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { prismaEnv, root } from './prisma-env.mjs';

const cli = path.join(root, 'node_modules', 'prisma', 'build', 'index.js');

export function runPrisma(args, extraEnv = {}) {
  const r = spawnSync(process.execPath, [cli, ...args], {
    cwd: root,
    stdio: 'inherit',
    env: prismaEnv(extraEnv),
  });
  return r.status ?? 1;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === path.join(root, 'scripts', 'prisma.mjs');
if (isMain) {
  const args = process.argv.slice(2);
  if (args[0] === 'generate' && args.length === 1) {
    for (const engine of ['sqlite', 'postgres']) {
      const status = runPrisma(['generate', '--schema', path.join('prisma', engine)]);
      if (status !== 0) process.exit(status);
    }
  } else {
    process.exit(runPrisma(args));
  }
}
