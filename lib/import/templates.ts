// Downloadable templates (GET /api/v1/import/template.csv|json?kind=…): the header and one example row
// that passes validation against the shipped data.
import { COLUMNS, type ImportKind } from './columns';

const EXAMPLES: Record<ImportKind, Record<string, string>> = {
  records: {
    id: '',
    kind: 'meeting',
    title: 'Viet Nam and IOM discuss labour migration in Hanoi',
    summary: 'Officials reviewed cooperation on safe labour migration.',
    date: '2024-03-12',
    end_date: '',
    date_basis: 'event',
    place: '',
    participants: 'VNM:host; iom:party',
    people: 'Amy Pope | Director General of IOM | iom',
    topics: 'labour-migration',
    objectives: '6',
    source_id: '',
    source_publisher: 'Vietnam News Agency (VNA)',
    source_title: 'Viet Nam, IOM step up cooperation',
    source_url: 'https://example.org/news/viet-nam-iom',
    source_language: 'en',
    source_published: '2024-03-12',
    source_licence: 'Quoted excerpt; all rights reserved by the publisher',
    excerpt: 'The two sides agreed to strengthen cooperation on safe labour migration.',
    data_note: '',
  },
  actors: {
    id: 'gfmd',
    kind: 'interregional_forum',
    name_en: 'Global Forum on Migration and Development',
    name_fr: 'Forum mondial sur la migration et le développement',
    name_es: '',
    name_ar: '',
    acronym: 'GFMD',
    iso2: '',
    aliases: 'fr:FMMD',
    website: 'https://www.gfmd.org',
  },
  memberships: {
    member: 'VNM',
    body: 'iom',
    role: 'member',
    since: '2007',
    until: '',
    note: '',
    source_id: '',
    source_publisher: 'IOM',
    source_title: 'IOM Member States',
    source_url: 'https://www.iom.int/member-states',
    source_language: 'en',
    source_published: '',
    source_licence: 'Public web page',
  },
};

const quote = (v: string) => (/[",\n\r;]/.test(v) || v !== v.trim() ? `"${v.replace(/"/g, '""')}"` : v);

export function csvTemplate(kind: ImportKind): string {
  const names = COLUMNS[kind].map((c) => c.name);
  const example = EXAMPLES[kind];
  return `${names.join(',')}\r\n${names.map((n) => quote(example[n] ?? '')).join(',')}\r\n`;
}

export function jsonTemplate(kind: ImportKind): string {
  const e = EXAMPLES.records;
  const examples: Record<ImportKind, unknown> = {
    records: [
      {
        kind: e.kind,
        title: e.title,
        summary: e.summary,
        date: e.date,
        dateBasis: 'event',
        participants: [
          { actor: 'VNM', role: 'host' },
          { actor: 'iom', role: 'party', detail: null },
        ],
        people: [{ name: 'Amy Pope', title: 'Director General of IOM', affiliation: 'iom' }],
        topics: ['labour-migration'],
        objectives: [6],
        sources: [
          {
            source: {
              publisher: e.source_publisher,
              title: e.source_title,
              url: e.source_url,
              language: 'en',
              publishedOn: e.source_published,
              licence: e.source_licence,
            },
            excerpt: e.excerpt,
          },
        ],
      },
    ],
    actors: [
      {
        id: 'gfmd',
        kind: 'interregional_forum',
        nameEn: 'Global Forum on Migration and Development',
        nameFr: 'Forum mondial sur la migration et le développement',
        nameEs: null,
        nameAr: null,
        acronym: 'GFMD',
        iso2: null,
        aliases: [{ lang: 'fr', alias: 'FMMD' }],
        website: 'https://www.gfmd.org',
      },
    ],
    memberships: [
      {
        member: 'VNM',
        body: 'iom',
        role: 'member',
        since: '2007',
        until: null,
        note: null,
        source: {
          publisher: 'IOM',
          title: 'IOM Member States',
          url: 'https://www.iom.int/member-states',
          language: 'en',
          publishedOn: null,
          licence: 'Public web page',
        },
      },
    ],
  };
  return `${JSON.stringify({ [kind]: examples[kind] }, null, 2)}\n`;
}
