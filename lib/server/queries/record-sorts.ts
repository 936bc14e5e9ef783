// Record orderings, shared by the API, the server query and the URL's view parameters.
export const RECORD_SORTS = ['-date', 'date', 'title', '-title'] as const;
export type RecordSort = (typeof RECORD_SORTS)[number];
