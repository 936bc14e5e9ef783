// Starts the production server on a benchmark database and reports its peak memory.
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { root } from '../scripts/prisma-env.mjs';

export interface RunningServer {
  origin: string;
  stop(): Promise<void>;
  /** Peak resident memory of the server process so far (VmHWM), in MB. */
  peakMemoryMb(): number | null;
}

function pidOnPort(port: number): number | null {
  try {
    const out = execFileSync('ss', ['-ltnpH', `sport = :${port}`], { encoding: 'utf8' });
    const m = /pid=(\d+)/.exec(out);
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

export async function startServer(
  databaseUrl: string,
  port: number,
  env: Record<string, string> = {},
): Promise<RunningServer> {
  if (!fs.existsSync(path.join(root, '.next', 'BUILD_ID')))
    throw new Error('No production build: run `npm run build` first.');
  const child: ChildProcess = spawn(
    process.execPath,
    [path.join(root, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '-p', String(port)],
    {
      cwd: root,
      env: {
        ...process.env,
        DATABASE_URL: databaseUrl,
        NEXT_TELEMETRY_DISABLED: '1',
        NODE_ENV: 'production',
        ...env,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  const origin = `http://localhost:${port}`;
  for (let i = 0; i < 200; i++) {
    try {
      const r = await fetch(`${origin}/api/health`);
      if (r.ok) break;
    } catch {
      /* not up yet */
    }
    await new Promise((res) => setTimeout(res, 100));
  }
  const pid = pidOnPort(port) ?? child.pid ?? null;
  return {
    origin,
    peakMemoryMb() {
      if (!pid) return null;
      try {
        const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
        const m = /VmHWM:\s+(\d+) kB/.exec(status);
        return m ? Math.round(Number(m[1]) / 1024) : null;
      } catch {
        return null;
      }
    },
    async stop() {
      const p = pidOnPort(port);
      if (p) process.kill(p, 'SIGTERM');
      child.kill('SIGTERM');
      await new Promise((res) => setTimeout(res, 300));
    },
  };
}
