import { describe, expect, it } from 'vitest';
import type { DbTx } from '../../db/client';
import { EMPTY_FILTER } from '../../domain/filter';
import { allTime, planRollup } from './rollup-plan';

/** A database that counts what it is asked, and finds no record straddling the period's start. */
function countingDb() {
  const asked: string[] = [];
  const db = {
    $queryRaw: async (q: { sql: string }) => {
      asked.push(q.sql);
      return [{ n: 0 }];
    },
  } as unknown as DbTx;
  return { db, asked };
}

describe('planRollup', () => {
  const countryTopicSince2018 = { ...EMPTY_FILTER, country: ['TGO'], topic: ['health'], from: '2018' };

  it('checks the period against the records only for a plan its reader can use', async () => {
    const usable = countingDb();
    const plan = await planRollup(usable.db, countryTopicSince2018);
    expect(plan?.table).toBe('agg_actor_topic_period');
    expect(usable.asked).toHaveLength(1);
    expect(usable.asked[0]).toMatch(/spans_months/);

    // A reader that needs all time (the network's pre-counted pairs) gets no plan, and no query is sent.
    const unusable = countingDb();
    expect(await planRollup(unusable.db, countryTopicSince2018, allTime)).toBeNull();
    expect(unusable.asked).toHaveLength(0);
  });

  it('needs no check without a start', async () => {
    const { db, asked } = countingDb();
    const plan = await planRollup(db, { ...EMPTY_FILTER, country: ['TGO'] }, allTime);
    expect(plan?.actor).toBe('TGO');
    expect(asked).toHaveLength(0);
  });
});
