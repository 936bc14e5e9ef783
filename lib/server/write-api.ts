import 'server-only';
// Shared by the write route handlers: reading a JSON body with a size cap, and turning a write
// command's result into the response (201/200, 422 with per-field issues, 409 with the conflict, 404).
import type { WriteResult } from '../editing/commands';
import type { ChangeContext } from '../editing/audit';
import type { Principal } from '../auth/principal';
import { ApiProblem, json } from './api';
import { clientIp } from './auth';

const MAX_JSON_BYTES = 1_000_000;

export async function readJson(request: Request): Promise<unknown> {
  const type = request.headers.get('content-type') ?? '';
  if (!/^application\/json\b/i.test(type))
    throw new ApiProblem(415, {
      error: {
        code: 'unsupported_media_type',
        message: 'Send the record as JSON (Content-Type: application/json).',
      },
    });
  const text = await request.text();
  if (Buffer.byteLength(text) > MAX_JSON_BYTES)
    throw new ApiProblem(413, {
      error: { code: 'too_large', message: 'The request body is larger than 1 MB.' },
    });
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiProblem(400, {
      error: { code: 'bad_parameter', message: 'The request body is not valid JSON.' },
    });
  }
}

export function apiContext(request: Request, principal: Principal): ChangeContext {
  return { principal, via: principal.kind === 'token' ? 'api' : 'ui', ip: clientIp(request.headers) };
}

export function writeResponse(result: WriteResult, created = false): Response {
  if (result.ok)
    return json(
      { id: result.id, version: result.version, url: `/api/v1/records/${encodeURIComponent(result.id)}` },
      { status: created ? 201 : 200, headers: { 'cache-control': 'no-store' } },
    );
  const headers = { 'cache-control': 'no-store' };
  if (result.code === 'invalid')
    return json(
      { error: { code: 'invalid', message: result.message, fields: result.fields } },
      { status: 422, headers },
    );
  if (result.code === 'conflict')
    return json(
      { error: { code: 'conflict', message: result.message }, ...result.conflict },
      { status: 409, headers },
    );
  return json({ error: { code: 'not_found', message: result.message } }, { status: 404, headers });
}
