// Runs a helper of e2e/support/staff-db.ts in a child process with tsx, as e2e/staff.spec.ts does: the
// database client runs as the server's tooling runs it, outside Playwright's own TypeScript loader.
import { spawnSync } from 'node:child_process';
import path from 'node:path';

export function support(fn: string, ...args: string[]) {
  const code = `import * as s from './e2e/support/staff-db.ts'; await s.${fn}(...${JSON.stringify(args)});`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], {
    cwd: path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..'),
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`${fn} failed: ${r.stdout}${r.stderr}`);
}
