import { csvDownloadRoute } from '@/lib/server/csv-route';
import { countriesCsv } from '@/lib/server/export';

/** Records per participating state for the filter, as CSV. */
export const GET = csvDownloadRoute('countries', countriesCsv);
