import 'server-only';
// The article assistant on the server: one dictionary per process, and the request body of
// POST /api/v1/assist/extract read with clear 400 and 413 answers.
//
// Building the dictionary reads every actor, alias, place and topic and compiles the name matcher
// (50–450 ms, decision 0005), so it is built once and shared: concurrent first requests await the same
// promise. It is rebuilt when what it was built from changes: an actor import in this process drops it
// at once (invalidateAssistantDictionary, called by the import route), and a cheap stamp (the seed's
// fingerprint and the latest actor change in the audit trail) catches `npm run import` and re-seeding,
// which run in other processes. Record writes never change actors, places or topics.
import type { DbTx } from '../db/client';
import { loadDictionary, type Dictionary } from '../assistant/dictionary';
import { MAX_ARTICLE_BYTES, articleBytes, extractRequestSchema, toExtractInput } from '../assistant/request';
import type { ExtractInput } from '../assistant/types';
import type { FieldIssue } from '../domain/api';
import { ApiProblem } from './api';
import { getDb } from './db';
import { readJson } from './write-api';

interface Cached {
  stamp: string;
  value: Promise<Dictionary>;
}

const holder = globalThis as typeof globalThis & { __compactAtlasAssistant?: Cached | null };

async function sourceStamp(db: DbTx): Promise<string> {
  const [seed, actor] = await Promise.all([
    db.dataMeta.findUnique({ where: { key: 'seed.fingerprint' }, select: { value: true } }),
    db.auditEntry.findFirst({
      where: { entityType: 'actor' },
      orderBy: { id: 'desc' },
      select: { id: true },
    }),
  ]);
  return `${seed?.value ?? ''}|${actor?.id ?? 0}`;
}

export async function getAssistantDictionary(db: DbTx = getDb().db): Promise<Dictionary> {
  const stamp = await sourceStamp(db);
  // No await between this check and the assignment: the first request to get here starts the build,
  // every other one finds its promise.
  const cached = holder.__compactAtlasAssistant;
  if (cached && cached.stamp === stamp) return cached.value;
  const entry: Cached = { stamp, value: loadDictionary(db) };
  holder.__compactAtlasAssistant = entry;
  entry.value.catch(() => {
    if (holder.__compactAtlasAssistant === entry) holder.__compactAtlasAssistant = null;
  });
  return entry.value;
}

/** Drops the dictionary after actors, aliases, places or topics changed in this process. */
export function invalidateAssistantDictionary() {
  holder.__compactAtlasAssistant = null;
}

const tooLarge = () =>
  new ApiProblem(413, {
    error: {
      code: 'too_large',
      message: `The article is longer than ${MAX_ARTICLE_BYTES / 1024} KB: paste the part that describes the event.`,
    },
  });

/** The body of an extract request, or a 400 naming every bad field (413 for too long a text). */
export async function readExtractInput(request: Request): Promise<ExtractInput> {
  // Refuse an obviously oversized body before reading it; the fields around the text are small.
  if (Number(request.headers.get('content-length') ?? 0) > MAX_ARTICLE_BYTES + 64 * 1024) throw tooLarge();
  const body = await readJson(request);
  if (body && typeof body === 'object' && 'text' in body && typeof body.text === 'string') {
    if (articleBytes(body.text) > MAX_ARTICLE_BYTES) throw tooLarge();
  }
  const parsed = extractRequestSchema.safeParse(body);
  if (parsed.success) return toExtractInput(parsed.data);
  const fields: FieldIssue[] = parsed.error.issues.flatMap((issue) =>
    issue.code === 'unrecognized_keys'
      ? issue.keys.map((k) => ({
          path: k,
          message: `Unknown field "${k}". Known fields: text, url, publisher, publishedOn, language.`,
        }))
      : [{ path: issue.path.map(String).join('.') || '(body)', message: issue.message }],
  );
  const names = [...new Set(fields.map((f) => f.path))].join(', ');
  throw new ApiProblem(400, {
    error: {
      code: 'bad_parameter',
      message: `Bad field${fields.length > 1 ? 's' : ''}: ${names}. ${fields.map((f) => f.message).join(' ')}`,
      fields,
    },
  });
}
