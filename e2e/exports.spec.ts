// Data downloads: they parse back to exactly the records the API counts, carry what was exported and
// when, and never hand a spreadsheet a formula.
import { expect, test } from '@playwright/test';
import { parse } from 'csv-parse/sync';

test.describe('data downloads', () => {
  test('records.csv round-trips: same rows as the API total, with a header naming the filters', async ({
    request,
  }) => {
    const q = 'country=VNM&from=1995';
    const api = await (await request.get(`/api/v1/records?${q}`)).json();
    const res = await request.get(`/api/v1/records.csv?${q}`);
    expect(res.status()).toBe(200);
    expect(res.headers()['content-type']).toContain('text/csv');
    expect(res.headers()['content-disposition']).toMatch(
      /attachment; filename="compact-atlas-records-\d{4}-\d{2}-\d{2}\.csv"/,
    );
    const text = await res.text();
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    expect(text).toContain('# Filters: Country: Viet Nam; From: 1995');
    expect(text).toMatch(/# Retrieved: \d{4}-\d{2}-\d{2}T/);
    const rows = parse(text, { comment: '#', columns: true }) as Array<Record<string, string>>;
    expect(rows).toHaveLength(api.total);
    expect(rows.map((r) => r.id).sort()).toEqual(api.items.map((i: { id: string }) => i.id).sort());
    expect(rows.find((r) => r.id === 'vna-2023-11-viet-nam-iom-geneva')).toMatchObject({
      kind: 'meeting',
      date: '2023-11-20',
      date_basis: 'reported',
      place_country: 'CHE',
    });
  });

  test('bom=1 adds a byte-order mark for spreadsheet programs', async ({ request }) => {
    const body = await (await request.get('/api/v1/records.csv?kind=vote&bom=1')).body();
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  });

  test('records.json carries the same records and the export metadata', async ({ request }) => {
    const res = await request.get('/api/v1/records.json?kind=membership&lang=fr');
    const json = await res.json();
    const api = await (await request.get('/api/v1/records?kind=membership')).json();
    expect(json.items).toHaveLength(api.total);
    expect(json.meta).toMatchObject({
      total: api.total,
      filters: 'Type de fiche : Adhésion',
      query: 'kind=membership',
    });
    expect(json.meta.licence).toContain('CC BY 4.0');
  });

  test('countries.csv lists records per state', async ({ request }) => {
    const rows = parse(await (await request.get('/api/v1/countries.csv?country=VNM')).text(), {
      comment: '#',
      columns: true,
    }) as Array<Record<string, string>>;
    expect(rows.find((r) => r.iso3 === 'VNM')).toMatchObject({
      name: 'Viet Nam',
      region: 'Asia',
      records: '7',
    });
  });

  test('bad parameters are refused before anything is streamed', async ({ request }) => {
    const res = await request.get('/api/v1/records.csv?country=ZZZ');
    expect(res.status()).toBe(400);
    expect((await res.json()).error.issues[0].param).toBe('country');
  });
});
