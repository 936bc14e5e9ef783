import { badParameters, checkParams, handle } from '@/lib/server/api';
import { IMPORT_KINDS, type ImportKind } from '@/lib/import/columns';
import { jsonTemplate } from '@/lib/import/templates';

/** A ready-to-fill import file: the columns and one valid example row (see docs/import.md). */
export function GET(request: Request) {
  return handle(async () => {
    const params = new URL(request.url).searchParams;
    const issues = checkParams(params, { kind: { values: IMPORT_KINDS, expected: IMPORT_KINDS.join(', ') } });
    if (issues.length) throw badParameters(issues);
    const kind = (params.get('kind') ?? 'records') as ImportKind;
    return new Response(jsonTemplate(kind), {
      headers: {
        'content-type': 'application/json; charset=utf-8',
        'content-disposition': `attachment; filename="compact-atlas-${kind}.json"`,
      },
    });
  });
}
