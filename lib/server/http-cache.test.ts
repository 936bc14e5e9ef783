// Conditional GET: repeat requests get 304 until the data they depend on changes, and a write
// invalidates exactly what it changes (one record's answer does not change when another is edited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRecord, staffFixture, type StaffFixture } from '../../test/staff';
import * as timeline from '../../app/api/v1/timeline/route';
import * as record from '../../app/api/v1/records/[id]/route';
import type { ChangeContext } from '../editing/audit';
import { createRecord, updateRecord } from '../editing/commands';
import { cachedByVersion } from './http-cache';

let f: StaffFixture;
let ctx: ChangeContext;
beforeAll(async () => {
  f = await staffFixture();
  ctx = {
    principal: {
      kind: 'session',
      role: 'editor',
      userId: null,
      tokenId: null,
      label: 'cache',
      name: 'cache',
    },
    via: 'ui',
  };
});
afterAll(() => f.cleanup());

const get = (path: string, etag?: string) =>
  new Request(`http://localhost:3000${path}`, { headers: etag ? { 'if-none-match': etag } : {} });
const recordGet = (id: string, etag?: string) =>
  record.GET(get(`/api/v1/records/${id}`, etag), { params: Promise.resolve({ id }) });

describe('HTTP caching of the read API', () => {
  it('answers a repeat aggregate request with 304, and a new answer after a write', async () => {
    const first = await timeline.GET(get('/api/v1/timeline?country=VNM'));
    expect(first.status).toBe(200);
    const etag = first.headers.get('etag')!;
    expect(etag).toMatch(/^W\/".+"$/);
    expect(first.headers.get('cache-control')).toBe('public, no-cache');
    const again = await timeline.GET(get('/api/v1/timeline?country=VNM', etag));
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');
    // Another address has another tag.
    expect((await timeline.GET(get('/api/v1/timeline?country=FRA'))).headers.get('etag')).not.toBe(etag);
    // A write changes the records: the old tag no longer matches.
    expect((await createRecord(f.h.db, sampleRecord(f.recordId('cache-a')), ctx)).ok).toBe(true);
    const after = await timeline.GET(get('/api/v1/timeline?country=VNM', etag));
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
  });

  it('keeps one record’s tag when another record is edited, and changes it when that record is', async () => {
    const a = f.recordId('cache-b');
    const b = f.recordId('cache-c');
    await createRecord(f.h.db, sampleRecord(a), ctx);
    await createRecord(f.h.db, sampleRecord(b), ctx);
    const tagB = (await recordGet(b)).headers.get('etag')!;
    expect((await recordGet(b, tagB)).status).toBe(304);
    expect((await updateRecord(f.h.db, a, 1, sampleRecord(a, { title: 'Edited A' }), ctx)).ok).toBe(true);
    expect((await recordGet(b, tagB)).status).toBe(304);
    expect((await updateRecord(f.h.db, b, 1, sampleRecord(b, { title: 'Edited B' }), ctx)).ok).toBe(true);
    const fresh = await recordGet(b, tagB);
    expect(fresh.status).toBe(200);
    expect((await fresh.json()).title).toBe('Edited B');
  });

  it('keeps an aggregate’s ETag through a write that does not change it, and changes it with one that does', async () => {
    // The sample record is a meeting of Viet Nam and IOM: France's timeline is not in it.
    const path = '/api/v1/timeline?country=FRA';
    const first = await timeline.GET(get(path));
    const etag = first.headers.get('etag')!;
    const body = await first.text();
    expect((await createRecord(f.h.db, sampleRecord(f.recordId('cache-vnm')), ctx)).ok).toBe(true);
    expect((await timeline.GET(get(path, etag))).status).toBe(304);
    const same = await timeline.GET(get(path));
    expect(same.headers.get('etag')).toBe(etag);
    expect(await same.text()).toBe(body);
    // A French meeting changes it.
    const fra = sampleRecord(f.recordId('cache-fra'), {
      participants: [
        { actor: 'FRA', role: 'host', detail: null },
        { actor: 'iom', role: 'party', detail: null },
      ],
    });
    expect((await createRecord(f.h.db, fra, ctx)).ok).toBe(true);
    const changed = await timeline.GET(get(path, etag));
    expect(changed.status).toBe(200);
    expect(changed.headers.get('etag')).not.toBe(etag);
    expect(await changed.text()).not.toBe(body);
  });

  it('answers a revalidation without computing while nothing was written, and computes once after a write', async () => {
    const runs = { n: 0 };
    const compute = async () => {
      runs.n++;
      return Response.json({ unchanged: true });
    };
    const path = `/api/v1/summary?q=${f.recordId('memo')}`;
    const etag = (await cachedByVersion(get(path), compute)).headers.get('etag')!;
    expect(runs.n).toBe(1);
    expect((await cachedByVersion(get(path, etag), compute)).status).toBe(304);
    expect(runs.n).toBe(1);
    expect((await createRecord(f.h.db, sampleRecord(f.recordId('cache-memo')), ctx)).ok).toBe(true);
    expect((await cachedByVersion(get(path, etag), compute)).status).toBe(304);
    expect(runs.n).toBe(2);
    expect((await cachedByVersion(get(path, etag), compute)).status).toBe(304);
    expect(runs.n).toBe(2);
  });

  it('never caches errors', async () => {
    const bad = await timeline.GET(get('/api/v1/timeline?interval=week'));
    expect(bad.status).toBe(400);
    expect(bad.headers.get('etag')).toBeNull();
    expect(bad.headers.get('cache-control')).toBe('no-store');
  });
});

describe('identical requests in flight at once', () => {
  /** A computation that waits until released, counting how often it ran. */
  function slowAnswer(body: string) {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    const runs = { n: 0 };
    const compute = async () => {
      runs.n++;
      await gate;
      return Response.json({ body });
    };
    return { compute, release, runs };
  }

  it('share one computation, each getting the whole answer', async () => {
    const s = slowAnswer('once');
    const answers = Promise.all(
      [1, 2, 3].map(() => cachedByVersion(get('/api/v1/map?country=VNM'), s.compute)),
    );
    await new Promise((r) => setTimeout(r, 20));
    s.release();
    const res = await answers;
    expect(s.runs.n).toBe(1);
    for (const r of res) {
      expect(r.status).toBe(200);
      expect(await r.json()).toEqual({ body: 'once' });
    }
    expect(new Set(res.map((r) => r.headers.get('etag'))).size).toBe(1);
  });

  it('are not shared across addresses, nor kept once answered, nor across a write', async () => {
    const a = slowAnswer('a');
    const b = slowAnswer('b');
    const both = Promise.all([
      cachedByVersion(get('/api/v1/map?country=VNM'), a.compute),
      cachedByVersion(get('/api/v1/map?country=FRA'), b.compute),
    ]);
    a.release();
    b.release();
    await both;
    expect([a.runs.n, b.runs.n]).toEqual([1, 1]);
    // Answered: the next identical request computes again.
    const again = slowAnswer('again');
    again.release();
    expect(await (await cachedByVersion(get('/api/v1/map?country=VNM'), again.compute)).json()).toEqual({
      body: 'again',
    });
    // A request after a write does not wait for an answer begun before it.
    const before = slowAnswer('before');
    const pending = cachedByVersion(get('/api/v1/map?country=DEU'), before.compute);
    await new Promise((r) => setTimeout(r, 20));
    expect((await createRecord(f.h.db, sampleRecord(f.recordId('cache-flight')), ctx)).ok).toBe(true);
    const after = slowAnswer('after');
    after.release();
    expect(await (await cachedByVersion(get('/api/v1/map?country=DEU'), after.compute)).json()).toEqual({
      body: 'after',
    });
    expect(after.runs.n).toBe(1);
    before.release();
    expect(await (await pending).json()).toEqual({ body: 'before' });
  });
});
