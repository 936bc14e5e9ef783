import { cachedByVersion } from '@/lib/server/http-cache';
import { badParameters, checkParams, handle, json, langOf, LANG_SPEC } from '@/lib/server/api';
import { readDb } from '@/lib/server/db';
import { listStanceSets, listStances } from '@/lib/server/queries/commitments';

/** Without `commitment`: the stance sets with their totals. With it: one set's per-state positions. */
export function GET(request: Request) {
  return cachedByVersion(request, () =>
    handle(async () => {
      const params = new URL(request.url).searchParams;
      const db = await readDb();
      const lang = langOf(params);
      const sets = await listStanceSets(db, lang);
      const ids = sets.map((s) => s.id);
      const issues = checkParams(params, {
        commitment: { values: ids, expected: ids.join(' or ') },
        lang: LANG_SPEC,
      });
      if (issues.length) throw badParameters(issues);
      const id = params.get('commitment');
      if (!id) return json({ sets });
      const set = sets.find((s) => s.id === id)!;
      return json({ ...set, stances: await listStances(db, id, lang) });
    }),
  );
}
