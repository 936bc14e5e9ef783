#!/usr/bin/env node
// Reads the Vitest and Playwright JSON reports under a directory and prints one plain line:
// "N passed, N failed, N skipped". A failing step that produced no report (typecheck, lint, build...)
// counts as one failure, so a red run never prints "0 failed".
import fs from 'node:fs';
import path from 'node:path';

const [dir, stepStatus = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;

function walk(p) {
  if (!fs.existsSync(p)) return [];
  return fs.statSync(p).isDirectory() ? fs.readdirSync(p).flatMap((e) => walk(path.join(p, e))) : [p];
}

for (const file of walk(dir).filter((f) => f.endsWith('.json'))) {
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  if (path.basename(file) === 'vitest.json') {
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    if (r.success === false && (r.numFailedTests ?? 0) === 0) failed += 1;
  } else if (path.basename(file) === 'playwright.json') {
    passed += r.stats?.expected ?? 0;
    failed += (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0);
    skipped += r.stats?.skipped ?? 0;
    if ((r.errors ?? []).length && !(r.stats?.unexpected ?? 0)) failed += 1;
  }
}
if (stepStatus !== '0' && failed === 0) failed = 1;
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
