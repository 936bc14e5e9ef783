// Conditional GET: repeat requests get 304 until the data they depend on changes, and a write
// invalidates exactly what it changes (one record's answer does not change when another is edited).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleRecord, staffFixture, type StaffFixture } from '../../test/staff';
import * as timeline from '../../app/api/v1/timeline/route';
import * as record from '../../app/api/v1/records/[id]/route';
import type { ChangeContext } from '../editing/audit';
import { createRecord, updateRecord } from '../editing/commands';

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

  it('never caches errors', async () => {
    const bad = await timeline.GET(get('/api/v1/timeline?interval=week'));
    expect(bad.status).toBe(400);
    expect(bad.headers.get('etag')).toBeNull();
    expect(bad.headers.get('cache-control')).toBe('no-store');
  });
});
