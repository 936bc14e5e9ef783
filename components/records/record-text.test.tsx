// Text staff (or an imported spreadsheet) put in a record — titles, summaries, excerpts, names — is
// rendered as text on the record page and in its history, never as HTML or script.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RecordDetail as Detail } from '@/lib/domain/api';
import type { HistoryEntry } from '@/lib/editing/audit';
import { RecordDetail } from './record-detail';
import { RecordHistory } from './record-history';

const EVIL = '<script>alert("x")</script><img src=x onerror=alert(1)>';

const record: Detail = {
  id: 'evil',
  kind: 'meeting',
  title: `Title ${EVIL}`,
  date: '2024-03-12',
  datePrecision: 'day',
  dateBasis: 'event',
  endDate: null,
  place: null,
  participants: [
    { actor: { id: 'VNM', kind: 'state', name: 'Viet Nam', acronym: null }, role: 'host', detail: EVIL },
  ],
  participantCount: 1,
  topics: [],
  objectives: [],
  sources: [
    {
      id: 's',
      publisher: `Press ${EVIL}`,
      title: `Article ${EVIL}`,
      url: 'https://example.org',
      language: 'en',
      publishedOn: null,
      licence: EVIL,
      note: null,
      excerpt: `Quote ${EVIL}`,
    } as Detail['sources'][number],
  ],
  summary: `Summary ${EVIL}`,
  dataNote: EVIL,
  people: [{ name: `Name ${EVIL}`, title: EVIL, affiliation: null }],
  version: 1,
  updatedAt: '2024-03-12T00:00:00.000Z',
  deletedAt: null,
};

function expectInert(html: string) {
  expect(html).not.toMatch(/<script/i);
  expect(html).not.toMatch(/<img/i);
  expect(html).toContain('&lt;script&gt;');
}

describe('record text', () => {
  it('is escaped on the record page', () => {
    const html = renderToStaticMarkup(<RecordDetail record={record} locale="en" />);
    expectInert(html);
    expect(html.match(/&lt;script&gt;/g)!.length).toBeGreaterThanOrEqual(8);
  });

  it('is escaped in the history', () => {
    const entry: HistoryEntry = {
      id: 1,
      at: '2024-03-12T10:00:00.000Z',
      action: 'update',
      via: 'api',
      who: `token: ${EVIL}`,
      version: 2,
      revertOf: null,
      before: { title: 'Old' },
      after: { title: EVIL },
    };
    expectInert(renderToStaticMarkup(<RecordHistory entries={[entry]} locale="en" canRevert={false} />));
  });
});
