// Imports: every kind of bad row is reported with its row, column and what was expected, nothing is
// written unless every row is right, and a failure halfway through the write leaves the database
// exactly as it was.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cliPrincipal } from '../auth/principal';
import { bumpVersions } from '../db/data-version';
import { referenceOptions } from '../server/reference-cache';
import { getVocabulary } from '../server/vocabulary';
import { staffFixture, type StaffFixture } from '../../test/staff';
import { COLUMNS } from './columns';
import { runImport, type ImportOptions } from './run';
import { spool, TooLarge } from './spool';
import { csvTemplate, jsonTemplate } from './templates';

let f: StaffFixture;
beforeAll(async () => {
  f = await staffFixture();
});
afterAll(() => f.cleanup());

const HEADER = COLUMNS.records.map((c) => c.name);
function row(id: string, patch: Record<string, string> = {}): Record<string, string> {
  return {
    id: `test-${f.run}-${id}`,
    kind: 'meeting',
    title: `Imported meeting ${f.run} ${id}`,
    summary: 'Imported.',
    date: '2022-05-04',
    participants: 'VNM:host; iom:party',
    topics: 'labour-migration',
    objectives: '6;23',
    source_id: `test-${f.run}-src`,
    source_publisher: 'Test Press',
    source_title: 'Test article',
    source_url: 'https://example.org/a',
    source_language: 'en',
    source_licence: 'Test',
    excerpt: 'Quoted passage.',
    ...patch,
  };
}
const q = (v: string) => (/[",\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
function csv(rows: Array<Record<string, string>>, header = HEADER): string {
  return [header.join(','), ...rows.map((r) => header.map((h) => q(r[h] ?? '')).join(','))].join('\n') + '\n';
}
function file(content: string | Buffer, ext = 'csv'): string {
  const p = path.join(os.tmpdir(), `import-test-${f.run}-${Math.random().toString(36).slice(2)}.${ext}`);
  fs.writeFileSync(p, content);
  return p;
}
const opts = (patch: Partial<ImportOptions> = {}): ImportOptions => ({
  kind: 'records',
  format: 'csv',
  dryRun: false,
  change: { principal: cliPrincipal('test'), via: 'import' },
  batchSize: 2,
  ...patch,
});
const errorsOf = async (content: string | Buffer) => {
  const r = await runImport(f.h.db, file(content), opts());
  expect(r.committed).toBe(false);
  return r.errors;
};

describe('import validation reports each bad row', () => {
  it('wrong headers: unknown and missing columns', async () => {
    const errors = await errorsOf(csv([row('h')], [...HEADER.filter((h) => h !== 'excerpt'), 'colour']));
    expect(errors).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ row: 1, column: 'colour', message: 'Unknown column "colour".' }),
        expect.objectContaining({ row: 1, column: 'excerpt', message: 'The column "excerpt" is missing.' }),
      ]),
    );
  });

  it('bad dates, unknown country codes and actor ids, unknown kinds', async () => {
    const errors = await errorsOf(
      csv([
        row('ok'),
        row('d', { date: '2023-02-30' }),
        row('c', { participants: 'XYZ:host; nobody:party' }),
        row('k', { kind: 'picnic' }),
      ]),
    );
    expect(errors).toEqual([
      expect.objectContaining({ row: 3, column: 'date', expected: 'YYYY, YYYY-MM or YYYY-MM-DD' }),
      expect.objectContaining({
        row: 4,
        column: 'participants',
        message: expect.stringContaining('Unknown actor "XYZ"'),
      }),
      expect.objectContaining({
        row: 4,
        column: 'participants',
        message: expect.stringContaining('Unknown actor "nobody"'),
      }),
      expect.objectContaining({ row: 5, column: 'kind' }),
    ]);
  });

  it('duplicates within the file and of an existing record', async () => {
    const existing = await f.h.db.cooperationRecord.findFirstOrThrow({ where: { deletedAt: null } });
    const errors = await errorsOf(
      csv([
        row('dup'),
        row('dup', { title: 'Another title' }),
        row('same', { title: existing.title, date: existing.dateStart }),
      ]),
    );
    expect(errors).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'id',
        message: expect.stringContaining('also used on row 2'),
      }),
      expect.objectContaining({ row: 4, column: 'id', message: expect.stringContaining(`"${existing.id}"`) }),
    ]);
  });

  it('missing sources and excerpts', async () => {
    const errors = await errorsOf(csv([row('s', { source_publisher: '', source_licence: '', excerpt: '' })]));
    expect(errors.map((e) => e.column).sort()).toEqual(['excerpt', 'source_licence', 'source_publisher']);
  });

  it('text in the wrong encoding (Latin-1 bytes, UTF-16 files) and rows with the wrong number of cells', async () => {
    const latin1 = Buffer.concat([
      Buffer.from(csv([row('ok')])),
      Buffer.from(csv([row('enc', { title: 'Réunion à Genève' })]).split('\n')[1]! + '\n', 'latin1'),
    ]);
    expect(await errorsOf(latin1)).toEqual([
      expect.objectContaining({
        row: 3,
        column: 'title',
        message: expect.stringContaining('not valid UTF-8'),
      }),
    ]);
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(csv([row('u')]), 'utf16le')]);
    expect(await errorsOf(utf16)).toEqual([
      expect.objectContaining({ message: expect.stringContaining('UTF-16') }),
    ]);
    expect(await errorsOf(`${HEADER.join(',')}\nonly,three,cells\n`)).toEqual([
      expect.objectContaining({ row: 2, message: `The row has 3 cells; the header has ${HEADER.length}.` }),
    ]);
  });

  it('oversized uploads are refused while streaming, leaving no file behind', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'atlas-spool-test-'));
    try {
      const body = new Blob([Buffer.alloc(2048)]).stream();
      await expect(spool(body, 1024, dir)).rejects.toBeInstanceOf(TooLarge);
      // Give a late open the time it would need to leave an empty file.
      await new Promise((r) => setTimeout(r, 50));
      expect(fs.readdirSync(dir)).toEqual([]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe('import commit', () => {
  const snapshot = async () => ({
    records: await f.h.db.cooperationRecord.count({ where: { id: { startsWith: `test-${f.run}` } } }),
    audit: await f.h.db.auditEntry.count({ where: { entityId: { startsWith: `test-${f.run}` } } }),
    sources: await f.h.db.source.count({ where: { id: { startsWith: `test-${f.run}` } } }),
    participants: await f.h.db.recordParticipant.count({
      where: { recordId: { startsWith: `test-${f.run}` } },
    }),
    ...(f.h.engine === 'sqlite'
      ? { all: await f.h.db.cooperationRecord.count(), allAudit: await f.h.db.auditEntry.count() }
      : {}),
  });

  it('writes nothing on a dry run or when any row is wrong', async () => {
    const before = await snapshot();
    const dry = await runImport(f.h.db, file(csv([row('a'), row('b')])), opts({ dryRun: true }));
    expect(dry).toMatchObject({ rows: 2, create: 2, update: 0, errorCount: 0, committed: false });
    expect(dry.preview.map((p) => p.action)).toEqual(['create', 'create']);
    await runImport(f.h.db, file(csv([row('a'), row('b', { date: 'soon' })])), opts());
    expect(await snapshot()).toEqual(before);
  });

  it('rolls everything back when the write fails halfway', async () => {
    const before = await snapshot();
    const rows = ['h1', 'h2', 'h3', 'h4', 'h5'].map((id) => row(id));
    await expect(runImport(f.h.db, file(csv(rows)), opts({ failAfterBatches: 2 }))).rejects.toThrow(
      'on purpose',
    );
    expect(await snapshot()).toEqual(before);
  });

  it('creates, then changes records in one go, auditing each as an import', async () => {
    const first = await runImport(f.h.db, file(csv([row('c1'), row('c2'), row('c3')])), opts());
    expect(first).toMatchObject({ committed: true, create: 3, update: 0 });
    const second = await runImport(
      f.h.db,
      file(csv([row('c1', { title: `Changed ${f.run}` })]), 'csv'),
      opts(),
    );
    expect(second).toMatchObject({ committed: true, create: 0, update: 1 });
    const rec = await f.h.db.cooperationRecord.findUniqueOrThrow({ where: { id: `test-${f.run}-c1` } });
    expect(rec).toMatchObject({ title: `Changed ${f.run}`, version: 2, origin: 'import' });
    const audit = await f.h.db.auditEntry.findMany({
      where: { entityId: `test-${f.run}-c1` },
      orderBy: { id: 'asc' },
    });
    expect(audit.map((a) => [a.action, a.via, a.batchId === second.batchId])).toEqual([
      ['create', 'import', false],
      ['update', 'import', true],
    ]);
  });

  it('imports actors that every page offers at once, as a filter and in the filter panel', async () => {
    const id = `test-${f.run}-forum`;
    // What the pages have kept before the import (lib/server/reference-cache.ts).
    expect((await getVocabulary(f.h.db)).actors.has(id)).toBe(false);
    expect((await referenceOptions('en', f.h.db)).organisations.map((o) => o.id)).not.toContain(id);
    const actors = csv(
      [{ id, kind: 'interregional_forum', name_en: `Test Forum ${f.run}` }],
      COLUMNS.actors.map((c) => c.name),
    );
    try {
      const r = await runImport(f.h.db, file(actors), opts({ kind: 'actors' }));
      expect(r).toMatchObject({ committed: true, create: 1, errorCount: 0 });
      expect((await getVocabulary(f.h.db)).actors.has(id)).toBe(true);
      expect((await referenceOptions('en', f.h.db)).organisations.map((o) => o.id)).toContain(id);
    } finally {
      await f.h.db.actor.deleteMany({ where: { id } });
      await bumpVersions(f.h.db, ['reference']);
    }
  });

  it('reads JSON with the same record shape as the API', async () => {
    const json = JSON.stringify({
      records: [
        {
          id: `test-${f.run}-j1`,
          kind: 'pledge',
          title: `JSON pledge ${f.run}`,
          summary: '',
          date: '2021',
          participants: [{ actor: 'PHL', role: 'party' }],
          sources: [
            {
              source: {
                id: `test-${f.run}-src2`,
                publisher: 'P',
                title: 'T',
                url: null,
                language: 'en',
                publishedOn: null,
                licence: 'L',
              },
              excerpt: 'E',
            },
          ],
        },
      ],
    });
    const r = await runImport(f.h.db, file(json, 'json'), opts({ format: 'json' }));
    expect(r).toMatchObject({ committed: true, create: 1, errorCount: 0 });
  });
});

describe('templates', () => {
  it('pass a dry run as they are, for every kind and format', async () => {
    for (const kind of ['records', 'actors', 'memberships'] as const) {
      const c = await runImport(f.h.db, file(csvTemplate(kind)), opts({ kind, dryRun: true }));
      expect(c, `${kind} csv`).toMatchObject({ rows: 1, errorCount: 0 });
      const j = await runImport(
        f.h.db,
        file(jsonTemplate(kind), 'json'),
        opts({ kind, format: 'json', dryRun: true }),
      );
      expect(j, `${kind} json`).toMatchObject({ rows: 1, errorCount: 0 });
    }
  });
});
