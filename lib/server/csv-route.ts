import 'server-only';
// The CSV downloads (records.csv, countries.csv) take the same parameters and answer the same way:
// the filter, `lang`, `bom=1` for spreadsheet programs, an ETag from the data versions.
import { handle, LANG_SPEC, langOf, readFilter } from './api';
import { downloadHeaders, type ExportContext } from './export';
import { cachedByVersion } from './http-cache';

type CsvBuilder = (ctx: ExportContext & { bom: boolean }) => Promise<ReadableStream<Uint8Array>>;

export function csvDownloadRoute(name: string, build: CsvBuilder) {
  return (request: Request) =>
    cachedByVersion(
      request,
      () =>
        handle(async () => {
          const url = new URL(request.url);
          const filter = await readFilter(url.searchParams, {
            lang: LANG_SPEC,
            bom: { values: ['0', '1'], expected: '0 or 1' },
          });
          const body = await build({
            filter,
            lang: langOf(url.searchParams),
            origin: url.origin,
            bom: url.searchParams.get('bom') === '1',
          });
          return new Response(body, { headers: downloadHeaders(name, 'text/csv; charset=utf-8') });
        }),
      // Streamed: never held in memory whole.
      { shared: false },
    );
}
