import { cachedByBody } from '@/lib/server/http-cache';
import {
  checkParams,
  badParameters,
  handle,
  json,
  langOf,
  LANG_SPEC,
  notFound,
  ApiProblem,
} from '@/lib/server/api';
import { authorize } from '@/lib/server/auth';
import { getDb, readDb } from '@/lib/server/db';
import { getRecord } from '@/lib/server/queries/records';
import { apiContext, readJson, writeResponse } from '@/lib/server/write-api';
import { deleteRecord, updateRecord } from '@/lib/editing/commands';

type Ctx = { params: Promise<{ id: string }> };

export function GET(request: Request, ctx: Ctx) {
  return cachedByBody(request, () =>
    handle(async () => {
      const params = new URL(request.url).searchParams;
      const issues = checkParams(params, { lang: LANG_SPEC });
      if (issues.length) throw badParameters(issues);
      const { id } = await ctx.params;
      const record = await getRecord(await readDb(), id, langOf(params));
      if (!record) throw notFound('record', id);
      return json(record);
    }),
  );
}

/** The version being edited: `"version"` in the body, or an `If-Match` header. */
function versionOf(request: Request, body: unknown): number {
  const fromBody = body && typeof body === 'object' ? (body as { version?: unknown }).version : undefined;
  const fromHeader = request.headers.get('if-match')?.replace(/^W\//, '').replace(/"/g, '');
  const v = fromBody ?? (fromHeader ? Number(fromHeader) : undefined);
  if (typeof v !== 'number' || !Number.isInteger(v) || v < 1)
    throw new ApiProblem(400, {
      error: {
        code: 'bad_parameter',
        message:
          'Say which version you edited: "version" in the body (or an If-Match header), as read from GET /api/v1/records/{id}.',
      },
    });
  return v;
}

/** Replaces a record's content (editor or admin), if it is still at the version the client edited. */
export function PATCH(request: Request, ctx: Ctx) {
  return handle(async () => {
    const principal = await authorize(request, 'editor');
    const { id } = await ctx.params;
    const body = await readJson(request);
    const version = versionOf(request, body);
    const { version: _v, ...record } = (body ?? {}) as Record<string, unknown>;
    const result = await updateRecord(getDb().db, id, version, record, apiContext(request, principal));
    return writeResponse(result);
  });
}

/** Deletes a record (soft: an editor can restore it). `?version=` or If-Match guards against races. */
export function DELETE(request: Request, ctx: Ctx) {
  return handle(async () => {
    const principal = await authorize(request, 'editor');
    const { id } = await ctx.params;
    const raw = new URL(request.url).searchParams.get('version') ?? request.headers.get('if-match');
    const version = raw ? Number(raw.replace(/\D/g, '')) : undefined;
    const result = await deleteRecord(getDb().db, id, apiContext(request, principal), version || undefined);
    return writeResponse(result);
  });
}
