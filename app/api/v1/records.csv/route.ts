import { csvDownloadRoute } from '@/lib/server/csv-route';
import { recordsCsv } from '@/lib/server/export';

/** Every filtered record as CSV (UTF-8; `bom=1` adds a byte-order mark for spreadsheet programs). */
export const GET = csvDownloadRoute('records', recordsCsv);
