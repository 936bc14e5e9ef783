// Contract tests of the read API over HTTP, against the production server.
import { expect, test } from '@playwright/test';

test.describe('read API v1', () => {
  test('records: paged list with the documented item shape', async ({ request }) => {
    const res = await request.get('/api/v1/records?country=VNM&pageSize=2');
    expect(res.status()).toBe(200);
    const body = await res.json();
    expect(body).toMatchObject({ total: 7, page: 1, pageSize: 2 });
    expect(body.items).toHaveLength(2);
    const item = body.items[0];
    for (const key of [
      'id',
      'kind',
      'title',
      'date',
      'datePrecision',
      'place',
      'participants',
      'participantCount',
      'topics',
      'objectives',
      'sources',
    ])
      expect(item).toHaveProperty(key);
    expect(item.participants[0]).toMatchObject({
      actor: { id: expect.any(String), kind: expect.any(String), name: expect.any(String) },
      role: expect.any(String),
    });
  });

  test('records: participants=N lists the first N participants, sources=none leaves the sources out', async ({
    request,
  }) => {
    const q = 'q=A/RES/73/195&pageSize=1';
    const full = (await (await request.get(`/api/v1/records?${q}`)).json()).items[0];
    expect(full.participants.length).toBeGreaterThan(150);
    expect(full.participantCount).toBe(full.participants.length);
    expect(full.sources.length).toBeGreaterThan(0);
    const brief = (await (await request.get(`/api/v1/records?${q}&participants=4&sources=none`)).json())
      .items[0];
    expect(brief.id).toBe(full.id);
    expect(brief.participants).toEqual(full.participants.slice(0, 4));
    expect(brief.participantCount).toBe(full.participantCount);
    expect(brief).not.toHaveProperty('sources');
  });

  test('records: one record, and 404 for an unknown id', async ({ request }) => {
    const ok = await request.get('/api/v1/records/vna-2023-11-viet-nam-iom-geneva');
    expect(ok.status()).toBe(200);
    expect((await ok.json()).people).toHaveLength(2);
    const missing = await request.get('/api/v1/records/nope');
    expect(missing.status()).toBe(404);
    expect((await missing.json()).error.code).toBe('not_found');
  });

  test('filters agree across endpoints', async ({ request }) => {
    const q = 'country=VNM&from=1995&to=2018';
    const records = await (await request.get(`/api/v1/records?${q}`)).json();
    const timeline = await (await request.get(`/api/v1/timeline?${q}`)).json();
    const map = await (await request.get(`/api/v1/map?${q}`)).json();
    expect(timeline.total).toBe(records.total);
    expect(map.total).toBe(records.total);
    expect(map.countries.find((c: { iso3: string }) => c.iso3 === 'VNM').count).toBe(records.total);
  });

  test('a combined filter (found in the facet index) lists only records with both, and every view agrees', async ({
    request,
  }) => {
    const q = 'country=VNM&actor=iom';
    const records = await (await request.get(`/api/v1/records?${q}&pageSize=50`)).json();
    expect(records.total).toBeGreaterThan(0);
    expect(records.items).toHaveLength(records.total);
    for (const item of records.items as Array<{ participants: Array<{ actor: { id: string } }> }>)
      expect(item.participants.map((p) => p.actor.id)).toEqual(expect.arrayContaining(['VNM', 'iom']));
    // Fewer than Viet Nam's own records: the two narrowings are both required.
    const vnm = await (await request.get('/api/v1/records?country=VNM&pageSize=1')).json();
    expect(records.total).toBeLessThan(vnm.total);
    const map = await (await request.get(`/api/v1/map?${q}`)).json();
    const summary = await (await request.get(`/api/v1/summary?${q}`)).json();
    const timeline = await (await request.get(`/api/v1/timeline?${q}`)).json();
    expect(map.total).toBe(records.total);
    expect(summary.records).toBe(records.total);
    expect(timeline.total).toBe(records.total);
    expect(map.countries.find((c: { iso3: string }) => c.iso3 === 'VNM').count).toBe(records.total);
    const network = await (await request.get(`/api/v1/network?${q}`)).json();
    const ids = (network.nodes as Array<{ id: string }>).map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['VNM', 'iom']));
  });

  test('timeline, map and network answer in their documented shapes', async ({ request }) => {
    const t = await (await request.get('/api/v1/timeline?interval=month&country=VNM')).json();
    expect(t.interval).toBe('month');
    expect(t.buckets[0]).toMatchObject({
      start: expect.stringMatching(/^\d{4}-\d{2}$/),
      count: expect.any(Number),
      byKind: expect.any(Object),
    });
    const n = await (await request.get('/api/v1/network?country=VNM&limit=20')).json();
    expect(n.nodes[0]).toMatchObject({
      id: expect.any(String),
      kind: expect.any(String),
      label: expect.any(String),
      degree: expect.any(Number),
    });
    expect(n.edges[0]).toMatchObject({
      source: expect.any(String),
      target: expect.any(String),
      weight: expect.any(Number),
    });
  });

  test('actors, commitments, stances and topics', async ({ request }) => {
    const actors = await (await request.get('/api/v1/actors?kind=rcp')).json();
    expect(actors.items.map((a: { id: string }) => a.id)).toContain('bali-process');
    const vnm = await (await request.get('/api/v1/actors/VNM')).json();
    expect(vnm.memberOf.map((m: { body: { id: string } }) => m.body.id)).toEqual(
      expect.arrayContaining(['asean', 'apec', 'asem', 'iom']),
    );
    const commitments = await (await request.get('/api/v1/commitments')).json();
    const gcm = commitments.frameworks.find((f: { id: string }) => f.id === 'gcm');
    expect(gcm.commitments).toHaveLength(23);
    const stances = await (await request.get('/api/v1/stances?commitment=gcm-endorsement')).json();
    expect(stances.totals).toEqual({ yes: 152, no: 5, abstain: 12, not_recorded: 24 });
    expect(stances.stances).toHaveLength(193);
    const champions = await (await request.get('/api/v1/stances?commitment=gcm-champion')).json();
    expect(champions.complete).toBe(false);
    const topics = await (await request.get('/api/v1/topics')).json();
    expect(topics.topics.length).toBeGreaterThanOrEqual(12);
  });

  test('every bad parameter is a 400 that names it, never a 500', async ({ request }) => {
    const cases: Array<[string, string]> = [
      ['/api/v1/records?country=ZZZ', 'country'],
      ['/api/v1/records?pageSize=500', 'pageSize'],
      ['/api/v1/records?page=0', 'page'],
      ['/api/v1/records?sort=random', 'sort'],
      ['/api/v1/records?participants=-1', 'participants'],
      ['/api/v1/records?participants=5000', 'participants'],
      ['/api/v1/records?sources=some', 'sources'],
      ['/api/v1/records?from=2018-13', 'from'],
      ['/api/v1/records?from=2020&to=2019', 'to'],
      ['/api/v1/timeline?interval=week', 'interval'],
      ['/api/v1/network?limit=-1', 'limit'],
      ['/api/v1/map?objective=0', 'objective'],
      ['/api/v1/actors?kind=planet', 'kind'],
      ['/api/v1/stances?commitment=nope', 'commitment'],
      ['/api/v1/records?lang=de', 'lang'],
      ['/api/v1/records?cuntry=VNM', 'cuntry'],
      [`/api/v1/records?q=${'x'.repeat(300)}`, 'q'],
      ['/api/v1/records?country=%E0%A4%A', 'country'],
    ];
    for (const [url, param] of cases) {
      const res = await request.get(url);
      expect(res.status(), url).toBe(400);
      const body = await res.json();
      expect(body.error.code, url).toBe('bad_parameter');
      expect(
        body.error.issues.map((i: { param: string }) => i.param),
        url,
      ).toContain(param);
    }
  });

  test('the health check says the instance can read its database, and is never cached', async ({
    request,
  }) => {
    const res = await request.get('/api/health');
    expect(res.status()).toBe(200);
    expect(res.headers()['cache-control']).toBe('no-store');
    expect((await res.json()).status).toBe('ok');
  });

  test('unknown endpoints answer 404 in JSON, and the API describes itself', async ({ request }) => {
    const res = await request.get('/api/v1/nothing-here');
    expect(res.status()).toBe(404);
    expect((await res.json()).error.code).toBe('not_found');
    const doc = await (await request.get('/api/v1/openapi.json')).json();
    expect(doc.openapi).toBe('3.1.0');
    for (const path of [
      '/api/v1/records',
      '/api/v1/records/{id}',
      '/api/v1/actors',
      '/api/v1/actors/{id}',
      '/api/v1/commitments',
      '/api/v1/stances',
      '/api/v1/timeline',
      '/api/v1/map',
      '/api/v1/network',
    ])
      expect(Object.keys(doc.paths)).toContain(path);
  });
});
