import { cachedByVersion } from '@/lib/server/http-cache';
import {
  handle,
  intParam,
  json,
  langOf,
  LANG_SPEC,
  LIST_SHAPE_SPEC,
  readFilter,
  readListShape,
} from '@/lib/server/api';
import { authorize } from '@/lib/server/auth';
import { getDb, readDb } from '@/lib/server/db';
import { listRecords, RECORD_SORTS, type RecordSort } from '@/lib/server/queries/records';
import { apiContext, readJson, writeResponse } from '@/lib/server/write-api';
import { createRecord } from '@/lib/editing/commands';

const MAX_PAGE_SIZE = 200;

export function GET(request: Request) {
  return cachedByVersion(request, () =>
    handle(async () => {
      const params = new URL(request.url).searchParams;
      const filter = await readFilter(params, {
        page: { pattern: /^\d+$/, expected: 'a page number from 1' },
        pageSize: { pattern: /^\d+$/, expected: `a number from 1 to ${MAX_PAGE_SIZE}` },
        sort: { values: RECORD_SORTS, expected: RECORD_SORTS.join(', ') },
        ...LIST_SHAPE_SPEC,
        lang: LANG_SPEC,
      });
      const page = intParam(params, 'page', 1, 1, 1_000_000);
      const pageSize = intParam(params, 'pageSize', 50, 1, MAX_PAGE_SIZE);
      const sort = (params.get('sort') ?? '-date') as RecordSort;
      const lang = langOf(params);
      const shape = readListShape(params);
      return json(await listRecords(await readDb(), filter, { page, pageSize, sort, lang, shape }));
    }),
  );
}

/** Creates a record (editor or admin). Body: the record as JSON (docs/import.md describes the shape). */
export function POST(request: Request) {
  return handle(async () => {
    const principal = await authorize(request, 'editor');
    const result = await createRecord(getDb().db, await readJson(request), apiContext(request, principal));
    return writeResponse(result, true);
  });
}
