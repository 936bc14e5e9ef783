// The key that signs session cookies. Deployments set BETTER_AUTH_SECRET; the embedded quick start
// (`npm start` with no environment) generates one on first use into var/auth-secret (gitignored,
// readable by its owner only), so a fresh checkout works without a secret ever living in the repo.
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const SECRET_FILE = path.join('var', 'auth-secret');

export function authSecret(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): string {
  const fromEnv = (env.BETTER_AUTH_SECRET ?? env.AUTH_SECRET)?.trim();
  if (fromEnv) {
    if (fromEnv.length < 32) throw new Error('BETTER_AUTH_SECRET must be at least 32 characters long.');
    return fromEnv;
  }
  const file = path.resolve(cwd, SECRET_FILE);
  try {
    return fs.readFileSync(file, 'utf8').trim();
  } catch {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    const secret = randomBytes(48).toString('base64url');
    try {
      // 'wx' fails if another process created it meanwhile; then that one's secret wins.
      fs.writeFileSync(file, `${secret}\n`, { mode: 0o600, flag: 'wx' });
      return secret;
    } catch {
      return fs.readFileSync(file, 'utf8').trim();
    }
  }
}
