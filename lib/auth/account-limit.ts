// Sign-in attempts per account, whatever address they come from. better-auth's limit (SIGN_IN_LIMIT)
// counts per client address, and on a server reached directly that address is a header the client
// sets itself: Next.js keeps an X-Forwarded-For the request already carries, so a new value on every
// attempt would allow unlimited guesses at one password. This limit counts the attempts on each
// e-mail address in the same table as better-auth's (so it holds across restarts and instances), under
// a key made from a hash of the address (the table never holds the addresses people tried).
import { createHash, randomUUID } from 'node:crypto';
import type { Db } from '../db/client';

/** Sign-in attempts allowed per account and window (seconds), from any number of addresses. */
export const ACCOUNT_SIGN_IN_LIMIT = { window: 15 * 60, max: 10 };

export function accountLimitKey(email: string): string {
  const normalised = email.trim().toLowerCase();
  return `sign-in-account:${createHash('sha256').update(normalised).digest('hex')}`;
}

/**
 * Counts one attempt on `email` and says whether it may go ahead. A fixed window: the row's
 * `last_request` holds when the current window began; the first attempt after it ends starts a new one.
 */
export async function countAccountAttempt(
  db: Db,
  email: string,
  now: number = Date.now(),
  limit: { window: number; max: number } = ACCOUNT_SIGN_IN_LIMIT,
): Promise<{ allowed: boolean; retryAfter: number }> {
  const key = accountLimitKey(email);
  const windowMs = limit.window * 1000;
  const expired = now - windowMs;
  // One statement, so that concurrent attempts (other instances included) each count.
  const [row] = await db.$queryRaw<Array<{ count: unknown; started: unknown }>>`
    INSERT INTO auth_rate_limit (id, key, count, last_request) VALUES (${randomUUID()}, ${key}, 1, ${now})
    ON CONFLICT (key) DO UPDATE SET
      count = CASE WHEN auth_rate_limit.last_request <= ${expired} THEN 1 ELSE auth_rate_limit.count + 1 END,
      last_request = CASE WHEN auth_rate_limit.last_request <= ${expired} THEN ${now} ELSE auth_rate_limit.last_request END
    RETURNING count, last_request AS started`;
  const count = Number(row?.count ?? 1);
  const started = Number(row?.started ?? now);
  return {
    allowed: count <= limit.max,
    retryAfter: Math.max(1, Math.ceil((started + windowMs - now) / 1000)),
  };
}
