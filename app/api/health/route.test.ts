import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { testDb } from '@/test/db';
import type { DbHandle } from '@/lib/db/client';
import { GET } from './route';

const holder = globalThis as { __compactAtlasDb?: DbHandle };
let h: ReturnType<typeof testDb>;
beforeAll(() => {
  h = testDb();
});
afterAll(async () => {
  delete holder.__compactAtlasDb;
  await h.cleanup();
});

describe('GET /api/health', () => {
  it('answers 200, never cached, when the database answers', async () => {
    holder.__compactAtlasDb = h;
    const res = await GET();
    expect(res.status).toBe(200);
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(await res.json()).toEqual({ status: 'ok', database: h.engine });
  });

  it('answers 503, without the error, when the database does not', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    const broken = {
      ...h,
      db: {
        $queryRaw: () => Promise.reject(new Error('SQLITE_CANTOPEN: secret path /var/x')),
      } as unknown as DbHandle['db'],
    };
    holder.__compactAtlasDb = broken;
    const res = await GET();
    expect(res.status).toBe(503);
    const body = await res.text();
    expect(JSON.parse(body)).toEqual({ status: 'unavailable', database: h.engine });
    expect(body).not.toContain('secret');
    expect(error).toHaveBeenCalled();
    error.mockRestore();
  });
});
