// The timeline endpoint's own parameters: bad values are a 400 naming the parameter; good ones reach
// the query (the database is this file's copy of the seeded template).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiError, TimelineResponse } from '@/lib/domain/api';
import { testDb } from '@/test/db';
import { GET } from './route';

const holder = globalThis as typeof globalThis & { __compactAtlasDb?: ReturnType<typeof testDb> };
let h: ReturnType<typeof testDb>;
beforeAll(() => {
  h = testDb();
  holder.__compactAtlasDb = h;
});
afterAll(async () => {
  delete holder.__compactAtlasDb;
  await h.cleanup();
});

const get = (query: string) => GET(new Request(`http://localhost/api/v1/timeline?${query}`));

describe('GET /api/v1/timeline', () => {
  it.each([
    ['interval=week', 'interval'],
    ['stack=height', 'stack'],
    ['interval=auto&stack=topic,size', 'stack'],
  ])('answers %s with a 400 naming %s', async (query, param) => {
    const res = await get(query);
    expect(res.status).toBe(400);
    const body = (await res.json()) as ApiError;
    expect(body.error.code).toBe('bad_parameter');
    expect(body.error.issues?.map((i) => i.param)).toEqual([param]);
    expect(body.error.message).toContain(param);
  });

  it('resolves interval=auto and stacks by topic', async () => {
    const res = await get('country=VNM&interval=auto&stack=topic');
    expect(res.status).toBe(200);
    const body = (await res.json()) as TimelineResponse;
    expect(body).toMatchObject({ interval: 'year', stack: 'topic' });
    expect(body.buckets.find((b) => b.start === '2023')?.byTopic).toMatchObject({ health: 1 });
  });

  it('keeps years and kinds by default', async () => {
    const body = (await (await get('country=VNM')).json()) as TimelineResponse;
    expect(body).toMatchObject({ interval: 'year', stack: 'kind' });
    expect(body.buckets[0]).not.toHaveProperty('byTopic');
  });
});
