import { afterAll, describe, expect, it } from 'vitest';
import { createDb } from '../lib/db/client';
import { serialQueries } from './adapter';

const query = { sql: 'SELECT 1', args: [], argTypes: [] };

describe('serialQueries', () => {
  it('sends a transaction’s queries one at a time, in the order Prisma asked, past a failure', async () => {
    let inFlight = 0;
    let most = 0;
    const done: string[] = [];
    const call =
      (name: string, fail = false) =>
      async () => {
        most = Math.max(most, ++inFlight);
        await new Promise((r) => setTimeout(r, 5));
        inFlight--;
        done.push(name);
        if (fail) throw new Error(`${name} failed`);
        return name;
      };
    const names = ['a', 'b', 'c'];
    let i = 0;
    const tx = {
      queryRaw: async () => call(names[i++]!, names[i - 1] === 'b')(),
      executeRaw: async () => {
        await call('write')();
        return 1;
      },
    } as unknown as Parameters<typeof serialQueries>[0];
    serialQueries(tx);

    const results = await Promise.allSettled([
      tx.queryRaw(query),
      tx.queryRaw(query),
      tx.executeRaw(query),
      tx.queryRaw(query),
    ]);
    expect(most).toBe(1);
    expect(done).toEqual(['a', 'b', 'write', 'c']);
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'rejected', 'fulfilled', 'fulfilled']);
  });
});

// Prisma loads an include's relations concurrently; inside a transaction that used to send two
// queries at once on one PostgreSQL connection. Only PostgreSQL has the constraint, so the check is
// registered there only (SQLite runs on one synchronous connection).
if (/^postgres/.test(process.env.DATABASE_URL ?? ''))
  describe('PostgreSQL transactions', () => {
    const { db } = createDb();
    afterAll(() => db.$disconnect());

    it('never ask a connection for a second query while it runs one', async () => {
      const warnings: string[] = [];
      const listen = (w: Error) => warnings.push(w.message);
      process.on('warning', listen);
      try {
        const found = await db.$transaction(async (tx) =>
          tx.cooperationRecord.findFirst({
            include: { participants: true, topics: true, commitments: true, sources: true },
            orderBy: { id: 'asc' },
          }),
        );
        expect(found?.participants.length).toBeGreaterThan(0);
        await new Promise((r) => setImmediate(r));
      } finally {
        process.off('warning', listen);
      }
      expect(warnings.filter((w) => /already executing a query/.test(w))).toEqual([]);
    });
  });
