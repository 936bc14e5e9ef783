// A valid record for tests and checks that write through the API (test/staff.ts, bench/two-instances.ts):
// no test harness imported, so scripts outside Vitest can use it.
import type { RecordInput } from '../lib/domain/record-input';

/** A valid record citing a test source (ids under the run's prefix so cleanup finds them). */
export function sampleRecord(id: string, patch: Partial<RecordInput> = {}): RecordInput {
  return {
    id,
    kind: 'meeting',
    title: `Test meeting ${id}`,
    summary: 'Officials met to discuss labour migration.',
    date: '2024-03-12',
    dateBasis: 'event',
    endDate: null,
    place: null,
    participants: [
      { actor: 'VNM', role: 'host', detail: null },
      { actor: 'iom', role: 'party', detail: null },
    ],
    people: [],
    topics: ['labour-migration'],
    objectives: [6],
    sources: [
      {
        source: {
          id: `${id}-src`,
          publisher: 'Test Press',
          title: 'A test article',
          url: 'https://example.org/test',
          language: 'en',
          publishedOn: '2024-03-12',
          licence: 'Test',
          note: null,
        },
        excerpt: 'The two sides agreed to cooperate.',
      },
    ],
    dataNote: null,
    ...patch,
  };
}
