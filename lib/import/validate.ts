// Row validation for every import kind: the shared schemas (the record schema is the editor's and the
// API's), reference checks against the database and the rest of the file, duplicates, and text that
// was not UTF-8. Each problem names its row, its column, what is wrong and what was expected.
import { fieldIssues } from '../domain/field-issues';
import { withDefaultIds } from '../domain/record-ids';
import { recordInputSchema, type RecordInput } from '../domain/record-input';
import type { DbTx } from '../db/client';
import { loadRefIndex, referenceIssues, type RefIndex } from '../editing/refs';
import {
  actorFromCells,
  actorImportSchema,
  columnOfPath,
  COLUMNS,
  membershipFromCells,
  membershipImportSchema,
  recordFromCells,
  type ActorImport,
  type ImportKind,
  type MembershipImport,
} from './columns';
import { suggestSourceId } from '../domain/record-ids';

export interface RowError {
  row: number;
  column: string | null;
  message: string;
  expected?: string;
}

export type Parsed =
  | { kind: 'records'; key: string; label: string; input: RecordInput }
  | { kind: 'actors'; key: string; label: string; input: ActorImport }
  | { kind: 'memberships'; key: string; label: string; input: MembershipImport };

/** What the database already holds, loaded once per import. */
export interface ImportContext {
  refs: RefIndex;
  existing: Set<string>;
  deleted: Set<string>;
  /** Records by folded "title|date", to catch the same record under another id. */
  byTitleDate: Map<string, string>;
}

export async function loadImportContext(db: DbTx, kind: ImportKind): Promise<ImportContext> {
  const refs = await loadRefIndex(db);
  if (kind === 'records') {
    const rows = await db.cooperationRecord.findMany({
      select: { id: true, title: true, dateStart: true, deletedAt: true },
    });
    return {
      refs,
      existing: new Set(rows.map((r) => r.id)),
      deleted: new Set(rows.filter((r) => r.deletedAt).map((r) => r.id)),
      byTitleDate: new Map(rows.map((r) => [titleDateKey(r.title, r.dateStart.slice(0, 10)), r.id])),
    };
  }
  if (kind === 'actors')
    return { refs, existing: new Set(refs.actors.keys()), deleted: new Set(), byTitleDate: new Map() };
  const ids = await db.membership.findMany({ select: { id: true } });
  return { refs, existing: new Set(ids.map((m) => m.id)), deleted: new Set(), byTitleDate: new Map() };
}

const titleDateKey = (title: string, date: string) => `${title.trim().toLowerCase()}|${date}`;

export function headerErrors(kind: ImportKind, header: string[]): RowError[] {
  const spec = COLUMNS[kind];
  const known = new Set(spec.map((c) => c.name));
  const errors: RowError[] = [];
  const seen = new Set<string>();
  for (const h of header) {
    if (!known.has(h))
      errors.push({
        row: 1,
        column: h,
        message: `Unknown column "${h}".`,
        expected: spec.map((c) => c.name).join(', '),
      });
    if (seen.has(h)) errors.push({ row: 1, column: h, message: `The column "${h}" appears twice.` });
    seen.add(h);
  }
  for (const c of spec)
    if (c.required && !seen.has(c.name))
      errors.push({
        row: 1,
        column: c.name,
        message: `The column "${c.name}" is missing.`,
        expected: c.expected,
      });
  return errors;
}

/** The first cell (or JSON field) holding U+FFFD: bytes that were not UTF-8. */
function badEncoding(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return value.includes('\uFFFD') ? path || '(row)' : null;
  if (Array.isArray(value)) {
    for (const [i, v] of value.entries()) {
      const p = badEncoding(v, path);
      if (p) return p || String(i);
    }
    return null;
  }
  if (value && typeof value === 'object')
    for (const [k, v] of Object.entries(value)) {
      const p = badEncoding(v, path ? path : k);
      if (p) return p;
    }
  return null;
}

const expectedOf = (kind: ImportKind, column: string | null) =>
  COLUMNS[kind].find((c) => c.name === column)?.expected;

/** Validates one row; `seen` carries what earlier rows of the file used (duplicates). */
export function validateRow(
  kind: ImportKind,
  row: number,
  value: unknown,
  fromCsv: boolean,
  ctx: ImportContext,
  seen: Map<string, number>,
): { ok: true; parsed: Parsed } | { ok: false; errors: RowError[] } {
  const err = (column: string | null, message: string): RowError => {
    const expected = expectedOf(kind, column);
    return expected ? { row, column, message, expected } : { row, column, message };
  };
  const cells = value as Record<string, string>;
  const enc = badEncoding(value);
  if (enc)
    return {
      ok: false,
      errors: [
        err(enc, 'This text is not valid UTF-8 (the file was saved in another encoding): save it as UTF-8.'),
      ],
    };
  if (kind === 'records') {
    const raw = fromCsv ? recordFromCells(cells) : value;
    const p = recordInputSchema.safeParse(withDefaultIds(raw));
    if (!p.success)
      return {
        ok: false,
        errors: fieldIssues(p.error).map((i) => err(columnOfPath(kind, i.path), i.message)),
      };
    const r = p.data;
    const errors = referenceIssues(r, ctx.refs).map((i) => err(columnOfPath(kind, i.path), i.message));
    const td = titleDateKey(r.title, r.date);
    if (seen.has(r.id)) errors.push(err('id', `The id "${r.id}" is also used on row ${seen.get(r.id)}.`));
    else if (seen.has(td))
      errors.push(err('title', `Same title and date as row ${seen.get(td)}: a duplicate?`));
    const other = ctx.byTitleDate.get(titleDateKey(r.title, parseStart(r.date)));
    if (other && other !== r.id)
      errors.push(
        err(
          'id',
          `Looks like the existing record "${other}" (same title and date): use its id to change it.`,
        ),
      );
    if (ctx.deleted.has(r.id)) errors.push(err('id', `The record "${r.id}" is deleted: restore it first.`));
    seen.set(r.id, row);
    seen.set(td, row);
    return errors.length
      ? { ok: false, errors }
      : { ok: true, parsed: { kind, key: r.id, label: r.title, input: r } };
  }
  if (kind === 'actors') {
    const p = actorImportSchema.safeParse(fromCsv ? actorFromCells(cells) : value);
    if (!p.success)
      return { ok: false, errors: fieldIssues(p.error).map((i) => err(snake(i.path), i.message)) };
    const a = p.data;
    const errors: RowError[] = [];
    if (seen.has(a.id)) errors.push(err('id', `The id "${a.id}" is also used on row ${seen.get(a.id)}.`));
    if (a.kind === 'state' && !/^[A-Z]{3}$/.test(a.id))
      errors.push(err('id', `"${a.id}" is not an ISO 3166 alpha-3 country code.`));
    seen.set(a.id, row);
    return errors.length
      ? { ok: false, errors }
      : { ok: true, parsed: { kind, key: a.id, label: a.nameEn, input: a } };
  }
  const raw = (fromCsv ? membershipFromCells(cells) : value) as Record<string, unknown>;
  const src = (raw?.source ?? {}) as Record<string, unknown>;
  if (raw && typeof raw === 'object' && !src.id)
    raw.source = { ...src, id: suggestSourceId(src as { url?: string; publisher?: string; title?: string }) };
  const p = membershipImportSchema.safeParse(raw);
  if (!p.success)
    return {
      ok: false,
      errors: fieldIssues(p.error).map((i) =>
        err(i.path.startsWith('source.') ? `source_${i.path.slice(7)}` : snake(i.path), i.message),
      ),
    };
  const m = p.data;
  const errors: RowError[] = [];
  for (const k of ['member', 'body'] as const)
    if (!ctx.refs.actors.has(m[k]) && !seen.has(`actor:${m[k]}`))
      errors.push(
        err(k, `Unknown actor "${m[k]}": use a country code (ISO 3166 alpha-3) or an organisation id.`),
      );
  const key = `${m.body}:${m.member}:${m.role}`;
  if (seen.has(key)) errors.push(err('member', `The same membership is also on row ${seen.get(key)}.`));
  seen.set(key, row);
  return errors.length ? { ok: false, errors } : { ok: true, parsed: { kind, key, label: key, input: m } };
}

function snake(path: string): string {
  const head = path.split('.')[0] ?? path;
  return head.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function parseStart(date: string): string {
  if (date.length === 4) return `${date}-01-01`;
  if (date.length === 7) return `${date}-01`;
  return date;
}
