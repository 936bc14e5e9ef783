// The GCM and SDG 10.7 as frameworks and commitments, and the GCM's key process dates as records.
import { parsePartialDate } from '../../lib/domain/dates';
import type { RecordInput, SourceInput } from '../../lib/domain/record-input';
import { cell, dataPath, readCsv, required } from './files';
import type { CommitmentRow, FrameworkRow } from './model';
import { addSource, DATASET_SOURCES, splitUrls, webSource } from './sources';

export function loadFrameworks(sources: Map<string, SourceInput>) {
  const gcmSource = addSource(sources, DATASET_SOURCES.gcmObjectives!);
  const sdgSource = addSource(sources, DATASET_SOURCES.sdg!);
  const frameworks: FrameworkRow[] = [
    {
      id: 'gcm',
      titleEn: 'Global Compact for Safe, Orderly and Regular Migration',
      titleFr: 'Pacte mondial pour des migrations sûres, ordonnées et régulières',
      shortEn: 'GCM',
      shortFr: 'GCM',
      adoptedOn: '2018-12-10',
      sourceId: gcmSource,
    },
    {
      id: 'sdg',
      titleEn: '2030 Agenda for Sustainable Development',
      titleFr: 'Programme de développement durable à l’horizon 2030',
      shortEn: 'SDGs',
      shortFr: 'ODD',
      adoptedOn: null,
      sourceId: sdgSource,
    },
  ];

  const commitments: CommitmentRow[] = [];
  for (const [i, r] of readCsv(dataPath('reference', 'gcm-objectives', 'gcm_objectives.csv')).entries()) {
    const where = `gcm_objectives.csv row ${i + 2}`;
    const n = Number(required(r, 'objective', where));
    if (!Number.isInteger(n) || n !== i + 1)
      throw new Error(`${where}: objectives must be numbered 1-23 in order`);
    commitments.push({
      id: `gcm-${n}`,
      frameworkId: 'gcm',
      parentId: null,
      level: 'objective',
      number: n,
      code: String(n),
      titleEn: required(r, 'title_en', where),
      titleFr: cell(r, 'title_fr'),
      shortEn: cell(r, 'short_label_en'),
      shortFr: cell(r, 'short_label_fr'),
      shortEs: cell(r, 'short_label_es'),
      shortAr: cell(r, 'short_label_ar'),
      custodians: null,
      sourceId: gcmSource,
    });
  }
  if (commitments.length !== 23)
    throw new Error(`gcm_objectives.csv: expected 23 objectives, found ${commitments.length}`);

  for (const [i, r] of readCsv(dataPath('reference', 'sdg-10-7', 'sdg_10_7.csv')).entries()) {
    const where = `sdg_10_7.csv row ${i + 2}`;
    const code = required(r, 'code', where);
    const level = required(r, 'level', where);
    if (level !== 'target' && level !== 'indicator') throw new Error(`${where}: unknown level ${level}`);
    commitments.push({
      id: `sdg-${code}`,
      frameworkId: 'sdg',
      parentId: level === 'indicator' ? `sdg-${code.split('.').slice(0, 2).join('.')}` : null,
      level,
      number: null,
      code,
      titleEn: required(r, 'text_en', where),
      titleFr: null,
      shortEn: null,
      shortFr: null,
      shortEs: null,
      shortAr: null,
      custodians: cell(r, 'custodian_agencies'),
      sourceId: sdgSource,
    });
  }
  return { frameworks, commitments };
}

interface ProcessSpec {
  kind: RecordInput['kind'];
  title: string;
  place: string | null;
  participants: RecordInput['participants'];
}

/** How each key process fact becomes a record. Facts that are not events (counts, plans) are not records. */
const PROCESS_RECORDS: Record<string, ProcessSpec> = {
  gcm_adopted_marrakech: {
    kind: 'agreement',
    title: 'Global Compact for Migration adopted at the Intergovernmental Conference in Marrakech',
    place: 'marrakech',
    participants: [
      {
        actor: 'un',
        role: 'body',
        detail: 'Intergovernmental Conference to Adopt the Global Compact for Migration',
      },
      { actor: 'MAR', role: 'host', detail: null },
    ],
  },
  first_regional_review_unece: {
    kind: 'review',
    title: 'First regional review of the GCM in the UNECE region',
    place: null,
    participants: [{ actor: 'unece', role: 'body', detail: null }],
  },
  imrf_2022: {
    kind: 'review',
    title: 'First International Migration Review Forum (IMRF 2022)',
    place: 'new-york',
    participants: [{ actor: 'un', role: 'body', detail: 'UN Headquarters' }],
  },
  imrf_progress_declaration: {
    kind: 'statement',
    title: 'IMRF Progress Declaration adopted by the UN General Assembly by consensus',
    place: null,
    participants: [{ actor: 'un', role: 'body', detail: 'General Assembly' }],
  },
};

export function loadProcessRecords(sources: Map<string, SourceInput>): RecordInput[] {
  const records: RecordInput[] = [];
  for (const [i, r] of readCsv(
    dataPath('reference', 'gcm-process-facts', 'gcm_process_facts.csv'),
  ).entries()) {
    const where = `gcm_process_facts.csv row ${i + 2}`;
    const fact = required(r, 'fact', where);
    const spec = PROCESS_RECORDS[fact];
    if (!spec) continue;
    const [start, end] = required(r, 'date', where).split('/');
    if (!start || !parsePartialDate(start) || (end && !parsePartialDate(end)))
      throw new Error(`${where}: bad date`);
    const url = splitUrls(required(r, 'source_url', where))[0]!;
    const source = sources.get(addSource(sources, webSource(url, /\/fr\//.test(url) ? 'fr' : 'en')))!;
    const statement = required(r, 'statement', where);
    const note = cell(r, 'note');
    records.push({
      id: `gcm-process-${fact.replace(/_/g, '-')}`,
      kind: spec.kind,
      title: spec.title,
      summary: statement + (note && !note.startsWith('per-country') ? ` (${note})` : ''),
      date: start,
      dateBasis: 'event',
      endDate: end ?? null,
      place: spec.place,
      participants: spec.participants,
      people: [],
      topics: [],
      objectives: [],
      sources: [{ source, excerpt: statement }],
      dataNote: note && /not reconciled|disagree/i.test(note) ? `Sources disagree: ${note}` : null,
    });
  }
  return records;
}
