// The per-account sign-in limit's window: attempts count from the first in a window, the one past the
// limit is refused with the time left, and a new window starts once it has run out.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testDb } from '../../test/db';
import { accountLimitKey, countAccountAttempt } from './account-limit';

let h: ReturnType<typeof testDb>;
const email = `limit-${randomUUID().slice(0, 8)}@test.invalid`;
const limit = { window: 60, max: 3 };

beforeAll(() => {
  h = testDb();
});
afterAll(async () => {
  await h.db.rateLimit.deleteMany({ where: { key: accountLimitKey(email) } });
  await h.cleanup();
});

describe('countAccountAttempt', () => {
  it('allows the limit, refuses the next with the seconds left, and starts again after the window', async () => {
    const t0 = 1_800_000_000_000;
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await countAccountAttempt(h.db, email, t0 + i * 1000, limit));
    expect(results.map((r) => r.allowed)).toEqual([true, true, true, false]);
    // The window began at the first attempt: 60 s after t0, 3 s have gone.
    expect(results[3]!.retryAfter).toBe(57);
    // Still refused just before the window ends; the same address in other cases or spaces is the same account.
    expect((await countAccountAttempt(h.db, ` ${email.toUpperCase()} `, t0 + 59_000, limit)).allowed).toBe(
      false,
    );
    const next = await countAccountAttempt(h.db, email, t0 + 60_000, limit);
    expect(next).toEqual({ allowed: true, retryAfter: 60 });
  });

  it('keeps no e-mail address in the table', async () => {
    const rows = await h.db.rateLimit.findMany({ where: { key: { contains: email } } });
    expect(rows).toEqual([]);
    expect(await h.db.rateLimit.count({ where: { key: accountLimitKey(email) } })).toBe(1);
  });
});
