#!/usr/bin/env node
// `npm test`: typecheck, lint, formatting, unit and integration tests (Vitest), the production build,
// then end-to-end tests (Playwright in the system Chromium). Runs every step, then reports.
// DATABASE_URL=postgresql://... runs the database tests against PostgreSQL instead of SQLite.
// REPORT_DIR writes machine-readable results there (used by .ci/run to count tests).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { prismaEnv, root } from './prisma-env.mjs';

const reportDir = process.env.REPORT_DIR ? path.resolve(process.env.REPORT_DIR) : null;
if (reportDir) fs.mkdirSync(reportDir, { recursive: true });
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const only = process.argv.slice(2);

const steps = [
  ['typecheck', bin('tsc'), ['--noEmit']],
  ['lint', bin('eslint'), ['.', '--max-warnings', '0']],
  ['format', bin('prettier'), ['--check', '.', '--log-level', 'warn']],
  [
    'unit and integration',
    bin('vitest'),
    ['run'],
    reportDir ? { VITEST_JSON: path.join(reportDir, 'vitest.json') } : {},
  ],
  ['build', bin('next'), ['build']],
  [
    'end-to-end',
    bin('playwright'),
    ['test'],
    reportDir ? { PLAYWRIGHT_JSON: path.join(reportDir, 'playwright.json') } : {},
  ],
].filter(([name]) => only.length === 0 || only.includes(name));

const failed = [];
for (const [name, cmd, args, extra = {}] of steps) {
  console.log(`\n━━ ${name} ━━`);
  const started = Date.now();
  const r = spawnSync(cmd, args, {
    cwd: root,
    stdio: 'inherit',
    env: prismaEnv({ NODE_OPTIONS: '', ...extra }),
  });
  const secs = ((Date.now() - started) / 1000).toFixed(1);
  if (r.status === 0) console.log(`✔ ${name} (${secs} s)`);
  else {
    console.log(`✖ ${name} failed (${secs} s)`);
    failed.push(name);
    // Without a build there is nothing to run end-to-end tests against.
    if (name === 'build') break;
  }
}

console.log(failed.length ? `\nFailed: ${failed.join(', ')}` : '\nAll checks passed.');
process.exit(failed.length ? 1 : 0);
