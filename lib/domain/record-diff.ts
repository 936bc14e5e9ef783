// What changed between two versions of a record, field by field, as plain text a person can read:
// the history shows it for every change, and a refused save (someone else saved first) shows it
// between what the editor started from and what is stored now.
import type { RecordInput } from './record-input';

export const DIFF_FIELDS = [
  'kind',
  'title',
  'summary',
  'date',
  'endDate',
  'dateBasis',
  'place',
  'participants',
  'people',
  'topics',
  'objectives',
  'sources',
  'dataNote',
] as const;
export type DiffField = (typeof DIFF_FIELDS)[number];

export interface FieldChange {
  field: DiffField;
  before: string;
  after: string;
}

/** A record as stored in the audit trail: the input shape, possibly from an older schema. */
export type RecordSnapshot = Partial<RecordInput> & { id?: string };

export function describeField(r: RecordSnapshot | null, field: DiffField): string {
  if (!r) return '';
  switch (field) {
    case 'participants':
      // Order carries no meaning for participants, topics and objectives (pages sort them).
      return (r.participants ?? [])
        .map((p) => `${p.actor} (${p.role}${p.detail ? `: ${p.detail}` : ''})`)
        .sort()
        .join('; ');
    case 'people':
      return (r.people ?? [])
        .map((p) => [p.name, p.title, p.affiliation].filter(Boolean).join(', '))
        .join('; ');
    case 'topics':
      return [...(r.topics ?? [])].sort().join(', ');
    case 'objectives':
      return [...(r.objectives ?? [])].sort((a, b) => a - b).join(', ');
    case 'sources':
      return (r.sources ?? [])
        .map((s) => `${s.source.publisher}: “${s.source.title}” ${s.source.url ?? ''} — ${s.excerpt}`)
        .join('\n');
    default: {
      const v = r[field];
      return v === null || v === undefined ? '' : String(v);
    }
  }
}

export function diffRecords(before: RecordSnapshot | null, after: RecordSnapshot | null): FieldChange[] {
  const out: FieldChange[] = [];
  for (const field of DIFF_FIELDS) {
    const b = describeField(before, field);
    const a = describeField(after, field);
    if (a !== b) out.push({ field, before: b, after: a });
  }
  return out;
}
