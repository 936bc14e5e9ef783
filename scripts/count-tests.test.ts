import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';

const script = path.resolve(__dirname, 'count-tests.mjs');
const dirs: string[] = [];
afterEach(() => {
  for (const d of dirs.splice(0)) fs.rmSync(d, { recursive: true, force: true });
});

function reports(files: Record<string, unknown>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'count-tests-'));
  dirs.push(dir);
  for (const [name, body] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), JSON.stringify(body));
  }
  return dir;
}

function count(dir: string, status = '0') {
  const r = spawnSync(process.execPath, [script, dir, status], { encoding: 'utf8' });
  return { code: r.status, lines: r.stdout.trim().split('\n') };
}

const vitest = (failedMessage?: string) => ({
  numPassedTests: 3,
  numFailedTests: failedMessage ? 1 : 0,
  numPendingTests: 0,
  numTodoTests: 0,
  success: !failedMessage,
  testResults: [
    {
      name: path.join(process.cwd(), 'lib', 'a.test.ts'),
      status: failedMessage ? 'failed' : 'passed',
      message: '',
      assertionResults: [
        { fullName: 'a works', status: 'passed', failureMessages: [] },
        ...(failedMessage
          ? [
              {
                fullName: 'a counts',
                status: 'failed',
                duration: 20008.1,
                failureMessages: [`\u001b[31m${failedMessage}\u001b[39m\n  at x`],
              },
            ]
          : []),
      ],
    },
  ],
});

const playwright = {
  stats: { expected: 5, unexpected: 1, flaky: 0, skipped: 1 },
  errors: [],
  suites: [
    {
      title: 'staff.spec.ts',
      file: 'staff.spec.ts',
      specs: [],
      suites: [
        {
          title: 'staff',
          specs: [
            {
              title: 'sign in and create a record',
              file: 'staff.spec.ts',
              line: 45,
              tests: [
                {
                  projectName: 'writers',
                  status: 'unexpected',
                  results: [
                    { status: 'failed', error: { message: '\nError: expect(locator).toBeVisible() failed' } },
                  ],
                },
              ],
            },
          ],
        },
      ],
    },
  ],
};

describe('the CI summary', () => {
  it('ends with "N passed, N failed" and exits 0 when everything passed', () => {
    const r = count(reports({ 'sqlite/vitest.json': vitest(), 'postgres/vitest.json': vitest() }));
    expect(r.lines).toEqual(['6 passed, 0 failed']);
    expect(r.code).toBe(0);
  });

  it('names each failed test with its report and the first line of its error, above the count', () => {
    const r = count(
      reports({
        'sqlite/vitest.json': vitest('AssertionError: expected 2 to be 3'),
        'sqlite/playwright.json': playwright,
      }),
    );
    expect(r.lines).toEqual([
      'Failed:',
      '  sqlite: [writers] staff.spec.ts:45 › sign in and create a record: Error: expect(locator).toBeVisible() failed',
      `  sqlite: ${path.join('lib', 'a.test.ts')} › a counts: AssertionError: expected 2 to be 3 (20.0 s)`,
      '8 passed, 2 failed, 1 skipped',
    ]);
    expect(r.code).toBe(1);
  });

  it('counts a failed step without a report as a failure', () => {
    const r = count(reports({ 'sqlite/vitest.json': vitest() }), '1');
    expect(r.lines.at(-1)).toBe('3 passed, 1 failed');
    expect(r.code).toBe(1);
  });
});
