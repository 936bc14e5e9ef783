// Environment every Prisma CLI call needs on an offline machine (see docs/decisions/0002-prisma-offline.md).
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export function prismaEnv(extra = {}) {
  const preload = `--require ${path.join(root, 'scripts', 'unref-timers.cjs')}`;
  return {
    ...process.env,
    DATABASE_URL: process.env.DATABASE_URL || 'file:./var/compact-atlas.db',
    PRISMA_SCHEMA_ENGINE_BINARY: '/bin/false',
    PRISMA_QUERY_ENGINE_LIBRARY: '/bin/false',
    PRISMA_HIDE_UPDATE_MESSAGE: '1',
    PRISMA_HIDE_PRISMA_ACCELERATE_TIP: '1',
    CHECKPOINT_DISABLE: '1',
    NEXT_TELEMETRY_DISABLED: '1',
    NODE_OPTIONS: [process.env.NODE_OPTIONS, preload].filter(Boolean).join(' '),
    ...extra,
  };
}
