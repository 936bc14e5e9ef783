// POST /api/v1/assist/extract: editors only (401 anonymous, 403 viewer or cross-site cookie), a body
// checked field by field (400, 413, 415), the founding article read as shared/seed/README.md says, and
// a dictionary that learns an imported actor without a restart.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Proposal } from '@/lib/assistant/types';
import { invalidateAssistantDictionary } from '@/lib/server/assistant';
import { apiRequest, cookieOf, randomIp, signIn, staffFixture, type StaffFixture } from '@/test/staff';
import * as importRoute from '../../import/route';
import { POST } from './route';

const FOUNDING = path.resolve(process.cwd(), '..', 'shared', 'seed', '000_68e51c5ddcc0b948.txt');
const founding = fs.existsSync(FOUNDING);
if (!founding)
  console.warn(
    `Founding article test skipped: ${FOUNDING} is absent (it is never copied into the repository).`,
  );

let f: StaffFixture;
beforeAll(async () => {
  f = await staffFixture();
  invalidateAssistantDictionary();
});
afterAll(async () => {
  const zmc = `test-${f.run}-zmc`;
  await f.h.db.auditEntry.deleteMany({ where: { entityType: 'actor', entityId: zmc } });
  await f.h.db.actorAlias.deleteMany({ where: { actorId: zmc } });
  await f.h.db.actor.deleteMany({ where: { id: zmc } });
  invalidateAssistantDictionary();
  await f.cleanup();
});

const extract = (body: unknown, init: { token?: string; cookie?: string; origin?: string | null } = {}) =>
  POST(apiRequest('/api/v1/assist/extract', { method: 'POST', body, ...init }));

const ARTICLE = 'Geneva – Viet Nam and the IOM signed a memorandum of understanding on labour migration.';

describe('POST /api/v1/assist/extract', () => {
  it('refuses anonymous callers (401), viewers (403) and cross-site cookie requests (403)', async () => {
    expect((await extract({ text: ARTICLE })).status).toBe(401);
    expect((await extract({ text: ARTICLE }, { token: f.tokens.viewer })).status).toBe(403);
    const cookie = cookieOf(await signIn(f.auth, f.users.editor.email, f.users.editor.password, randomIp()));
    const crossSite = await extract({ text: ARTICLE }, { cookie, origin: 'https://evil.example' });
    expect(crossSite.status).toBe(403);
    expect(((await crossSite.json()) as { error: { code: string } }).error.code).toBe('cross_site');
    const sameSite = await extract({ text: ARTICLE }, { cookie });
    expect(sameSite.status).toBe(200);
    expect(sameSite.headers.get('cache-control')).toBe('no-store');
  });

  it('answers a bad body with 400 naming every bad field', async () => {
    const res = await extract(
      { text: '   ', url: 'ftp://example.org/x', publishedOn: '2023-02-30', language: 'de', colour: 'blue' },
      { token: f.tokens.editor },
    );
    expect(res.status).toBe(400);
    const body = (await res.json()) as { error: { message: string; fields: Array<{ path: string }> } };
    expect(body.error.fields.map((x) => x.path).sort()).toEqual([
      'colour',
      'language',
      'publishedOn',
      'text',
      'url',
    ]);
    expect(body.error.message).toMatch(/^Bad fields: /);
    const missing = await extract({ url: 'https://example.org' }, { token: f.tokens.editor });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { fields: [{ path: 'text' }] } });
    const notJson = await extract('text=hello', { token: f.tokens.editor });
    expect(notJson.status).toBe(400);
  });

  it('refuses an article over 200 KB with 413 and says what to do', async () => {
    const text = `${ARTICLE} `.repeat(Math.ceil((200 * 1024) / ARTICLE.length) + 1);
    const res = await extract({ text }, { token: f.tokens.editor });
    expect(res.status).toBe(413);
    expect(((await res.json()) as { error: { message: string } }).error.message).toMatch(
      /longer than 200 KB: paste the part that describes the event/,
    );
    // Just under the limit (in UTF-8 bytes, not characters) is read.
    const fits = await extract({ text: 'é'.repeat(100 * 1024 - 1) }, { token: f.tokens.editor });
    expect(fits.status).toBe(200);
  });

  it('accepts "auto" and blank optional fields, and passes the source details through', async () => {
    const res = await extract(
      { text: ARTICLE, url: '', publisher: 'Test Press', publishedOn: '2024-03', language: 'auto' },
      { token: f.tokens.editor },
    );
    expect(res.status).toBe(200);
    const p = (await res.json()) as Proposal;
    expect(p).toMatchObject({
      language: 'en',
      languageDetected: true,
      source: { url: null, publisher: 'Test Press', publishedOn: '2024-03' },
      kind: { kind: 'agreement' },
    });
  });

  it.skipIf(!founding)(
    'reads the founding article: its seven actors, Geneva and the two people',
    async () => {
      const text = fs.readFileSync(FOUNDING, 'utf8');
      const res = await extract(
        { text, publisher: 'Vietnam News Agency (VNA)', publishedOn: '2023-11-20' },
        { token: f.tokens.editor },
      );
      expect(res.status).toBe(200);
      const p = (await res.json()) as Proposal;
      expect(p.actors.map((a) => a.actorId).sort()).toEqual([
        'VNM',
        'apec',
        'asean',
        'asem',
        'iom',
        'un',
        'wto',
      ]);
      expect(p.place).toMatchObject({ placeId: 'geneva' });
      expect(p.people.map((x) => x.name)).toEqual(['Lê Thi Tuyêt Mai', 'Amy Pope']);
      expect(p.topics.map((t) => t.topicId)).toEqual(
        expect.arrayContaining(['labour-migration', 'health', 'climate']),
      );
      expect(p.date).toMatchObject({ value: '2023-11-20', precision: 'day', basis: 'reported' });
      // Offsets survive the JSON round trip: the UI highlights text.slice(start, end).
      for (const m of p.actors.flatMap((a) => a.matches)) expect(text.slice(m.start, m.end)).toBe(m.text);
    },
  );

  it('recognises an actor imported after the dictionary was built', async () => {
    const text = 'Geneva – The Zorbian Migration Council (ZMC) met Viet Nam to discuss labour migration.';
    const before = (await (await extract({ text }, { token: f.tokens.editor })).json()) as Proposal;
    expect(before.actors.map((a) => a.actorId)).toEqual(['VNM']);

    const id = `test-${f.run}-zmc`;
    const imported = await importRoute.POST(
      apiRequest('/api/v1/import?kind=actors', {
        method: 'POST',
        token: f.tokens.editor,
        body: `id,kind,name_en,acronym\n${id},igo,Zorbian Migration Council,ZMC\n`,
        headers: { 'content-type': 'text/csv' },
      }),
    );
    expect(imported.status).toBe(200);
    const after = (await (await extract({ text }, { token: f.tokens.editor })).json()) as Proposal;
    expect(after.actors.map((a) => a.actorId).sort()).toEqual([id, 'VNM'].sort());
  });
});
