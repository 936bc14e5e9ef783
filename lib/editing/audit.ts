// The audit trail: one append-only entry per change, with who (user or token), through what (the
// pages, the API, an import, the command line), and the record before and after.
import type { Principal } from '../auth/principal';
import type { RecordSnapshot } from '../domain/record-diff';
import type { DbTx } from '../db/client';

export type Via = 'ui' | 'api' | 'import' | 'cli';
export type AuditAction = 'create' | 'update' | 'delete' | 'restore' | 'revert';

/** Who makes a change and through what: every write command takes one. */
export interface ChangeContext {
  principal: Principal;
  via: Via;
  ip?: string | null;
  batchId?: string | null;
}

export async function writeAudit(
  tx: DbTx,
  ctx: ChangeContext,
  e: {
    entityType?: 'record' | 'actor' | 'membership';
    entityId: string;
    action: AuditAction;
    before: unknown;
    after: unknown;
    version: number | null;
    revertOf?: number | null;
  },
) {
  await tx.auditEntry.create({ data: auditRow(ctx, e) });
}

export function auditRow(
  ctx: ChangeContext,
  e: {
    entityType?: 'record' | 'actor' | 'membership';
    entityId: string;
    action: AuditAction;
    before: unknown;
    after: unknown;
    version: number | null;
    revertOf?: number | null;
  },
) {
  return {
    entityType: e.entityType ?? 'record',
    entityId: e.entityId,
    action: e.action,
    via: ctx.via,
    userId: ctx.principal.userId,
    tokenId: ctx.principal.tokenId,
    actorLabel: ctx.principal.label,
    ipAddress: ctx.ip ?? null,
    before: e.before == null ? null : JSON.stringify(e.before),
    after: e.after == null ? null : JSON.stringify(e.after),
    version: e.version,
    revertOf: e.revertOf ?? null,
    batchId: ctx.batchId ?? null,
  };
}

export interface HistoryEntry {
  id: number;
  at: string;
  action: AuditAction;
  via: Via;
  who: string;
  version: number | null;
  revertOf: number | null;
  before: RecordSnapshot | null;
  after: RecordSnapshot | null;
}

const parse = (s: string | null): RecordSnapshot | null => (s ? (JSON.parse(s) as RecordSnapshot) : null);

export async function recordHistory(db: DbTx, id: string, limit = 100): Promise<HistoryEntry[]> {
  const rows = await db.auditEntry.findMany({
    where: { entityType: 'record', entityId: id },
    orderBy: { id: 'desc' },
    take: limit,
  });
  return rows.map((r) => ({
    id: r.id,
    at: r.at.toISOString(),
    action: r.action as AuditAction,
    via: r.via as Via,
    who: r.actorLabel,
    version: r.version,
    revertOf: r.revertOf,
    before: parse(r.before),
    after: parse(r.after),
  }));
}

/** The record as it was at a version, from the entry that produced it (null if not in the trail). */
export async function snapshotAtVersion(db: DbTx, id: string, version: number) {
  const row = await db.auditEntry.findFirst({
    where: { entityType: 'record', entityId: id, version },
    orderBy: { id: 'desc' },
  });
  return row ? parse(row.after ?? row.before) : null;
}
