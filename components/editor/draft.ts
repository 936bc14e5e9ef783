// The editor's working copy of a record: every input is a string (or a list), turned into the raw
// record the shared schema validates only on submit.
import type { RecordInput } from '@/lib/domain/record-input';

export interface Draft {
  id: string;
  kind: string;
  title: string;
  summary: string;
  date: string;
  endDate: string;
  dateBasis: string;
  place: string;
  participants: Array<{ actor: string; role: string; detail: string }>;
  people: Array<{ name: string; title: string; affiliation: string }>;
  topics: string[];
  objectives: number[];
  sources: Array<{
    source: {
      id: string;
      publisher: string;
      title: string;
      url: string;
      language: string;
      publishedOn: string;
      licence: string;
    };
    excerpt: string;
  }>;
  dataNote: string;
}

export const emptySource = (): Draft['sources'][number] => ({
  source: { id: '', publisher: '', title: '', url: '', language: 'en', publishedOn: '', licence: '' },
  excerpt: '',
});

export function emptyDraft(): Draft {
  return {
    id: '',
    kind: 'meeting',
    title: '',
    summary: '',
    date: '',
    endDate: '',
    dateBasis: 'event',
    place: '',
    participants: [{ actor: '', role: 'party', detail: '' }],
    people: [],
    topics: [],
    objectives: [],
    sources: [emptySource()],
    dataNote: '',
  };
}

export function draftOf(r: RecordInput): Draft {
  return {
    id: r.id,
    kind: r.kind,
    title: r.title,
    summary: r.summary,
    date: r.date,
    endDate: r.endDate ?? '',
    dateBasis: r.dateBasis,
    place: r.place ?? '',
    participants: r.participants.map((p) => ({ actor: p.actor, role: p.role, detail: p.detail ?? '' })),
    people: r.people.map((p) => ({ name: p.name, title: p.title ?? '', affiliation: p.affiliation ?? '' })),
    topics: [...r.topics],
    objectives: [...r.objectives],
    sources: r.sources.map((s) => ({
      source: {
        id: s.source.id,
        publisher: s.source.publisher,
        title: s.source.title,
        url: s.source.url ?? '',
        language: s.source.language,
        publishedOn: s.source.publishedOn ?? '',
        licence: s.source.licence,
      },
      excerpt: s.excerpt,
    })),
    dataNote: r.dataNote ?? '',
  };
}

const orNull = (v: string) => (v.trim() ? v : null);

/** The raw record (blank optional fields as null) for the shared schema. */
export function rawOf(d: Draft): Record<string, unknown> {
  return {
    ...d,
    endDate: orNull(d.endDate),
    place: orNull(d.place),
    participants: d.participants.map((p) => ({ ...p, detail: orNull(p.detail) })),
    people: d.people.map((p) => ({
      name: p.name,
      title: orNull(p.title),
      affiliation: orNull(p.affiliation),
    })),
    sources: d.sources.map((s) => ({
      excerpt: s.excerpt,
      source: { ...s.source, url: orNull(s.source.url), publishedOn: orNull(s.source.publishedOn) },
    })),
    dataNote: orNull(d.dataNote),
  };
}

/** The DOM id of the input for a schema path ("sources.0.excerpt" → "f-sources-0-excerpt"). */
export const inputId = (path: string) => `f-${path.replace(/\./g, '-')}`;
export const errorId = (path: string) => `e-${path.replace(/\./g, '-')}`;
