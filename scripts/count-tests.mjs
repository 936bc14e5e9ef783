#!/usr/bin/env node
// Reads the Vitest and Playwright JSON reports under a directory and prints one plain line:
// "N passed, N failed, N skipped". A failing step that produced no report (typecheck, lint, build...)
// counts as one failure, so a red run never prints "0 failed". Above that line it names each failed
// test with the first line of its error, so a red run's cause is in the last lines of the log.
import fs from 'node:fs';
import path from 'node:path';

const [dir, stepStatus = '0'] = process.argv.slice(2);
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];

function walk(p) {
  if (!fs.existsSync(p)) return [];
  return fs.statSync(p).isDirectory() ? fs.readdirSync(p).flatMap((e) => walk(path.join(p, e))) : [p];
}

/** The first non-empty line of an error message, without terminal colours, at most 300 characters. */
function firstLine(message) {
  const line =
    String(message ?? '')
      .replace(/\u001b\[[0-9;]*m/g, '')
      .split('\n')
      .map((l) => l.trim())
      .find(Boolean) ?? '';
  return line.length > 300 ? `${line.slice(0, 299)}…` : line;
}

function playwrightFailures(suite, where, file) {
  for (const spec of suite.specs ?? [])
    for (const t of spec.tests ?? [])
      if (t.status === 'unexpected' || t.status === 'flaky') {
        const error = (t.results ?? []).map((r) => r.error?.message ?? r.errors?.[0]?.message).find(Boolean);
        failures.push(
          `${where}: [${t.projectName}] ${spec.file ?? file}:${spec.line} › ${spec.title}` +
            `${t.status === 'flaky' ? ' (flaky)' : ''}: ${firstLine(error)}`,
        );
      }
  for (const child of suite.suites ?? []) playwrightFailures(child, where, suite.file ?? file);
}

for (const file of walk(dir).filter((f) => f.endsWith('.json'))) {
  const r = JSON.parse(fs.readFileSync(file, 'utf8'));
  const where = path.relative(dir, path.dirname(file)) || '.';
  if (path.basename(file) === 'vitest.json') {
    passed += r.numPassedTests ?? 0;
    failed += r.numFailedTests ?? 0;
    skipped += (r.numPendingTests ?? 0) + (r.numTodoTests ?? 0);
    if (r.success === false && (r.numFailedTests ?? 0) === 0) failed += 1;
    for (const f of r.testResults ?? []) {
      const name = path.relative(process.cwd(), f.name ?? '');
      for (const a of f.assertionResults ?? [])
        if (a.status === 'failed')
          failures.push(
            `${where}: ${name} › ${a.fullName}: ${firstLine(a.failureMessages?.[0])}` +
              // A time-out leaves only a stack in the JSON report ("STACK_TRACE_ERROR"): the duration says it.
              (a.duration ? ` (${(a.duration / 1000).toFixed(1)} s)` : ''),
          );
      if (f.status === 'failed' && !(f.assertionResults ?? []).some((a) => a.status === 'failed'))
        failures.push(`${where}: ${name}: ${firstLine(f.message)}`);
    }
  } else if (path.basename(file) === 'playwright.json') {
    passed += r.stats?.expected ?? 0;
    failed += (r.stats?.unexpected ?? 0) + (r.stats?.flaky ?? 0);
    skipped += r.stats?.skipped ?? 0;
    if ((r.errors ?? []).length && !(r.stats?.unexpected ?? 0)) failed += 1;
    for (const s of r.suites ?? []) playwrightFailures(s, where, s.file);
    for (const e of r.errors ?? []) failures.push(`${where}: Playwright: ${firstLine(e.message)}`);
  }
}
if (stepStatus !== '0' && failed === 0) failed = 1;
if (failures.length) console.log(`Failed:\n${failures.map((f) => `  ${f}`).join('\n')}`);
console.log(`${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed ? 1 : 0);
