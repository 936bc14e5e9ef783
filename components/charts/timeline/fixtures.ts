// Fixed API answers for the timeline's tests (the golden SVG and the component test use them too).
import type { TimelineResponse } from '@/lib/domain/api';

/** Years with gaps: 2016, 2017 and 2019 hold nothing. */
export const YEARS: TimelineResponse = {
  interval: 'year',
  stack: 'kind',
  total: 7,
  buckets: [
    { start: '2015', count: 2, byKind: { meeting: 2 } },
    { start: '2018', count: 4, byKind: { vote: 1, agreement: 3 } },
    { start: '2020', count: 1, byKind: { meeting: 1 } },
  ],
  yearOnly: [],
};

/** Months, with records dated only to 2021 and to 2023 (never to be drawn as January). */
export const MONTHS: TimelineResponse = {
  interval: 'month',
  stack: 'kind',
  total: 8,
  buckets: [
    { start: '2022-11', count: 1, byKind: { meeting: 1 } },
    { start: '2023-02', count: 1, byKind: { statement: 1 } },
    { start: '2023-11', count: 2, byKind: { meeting: 2 } },
  ],
  yearOnly: [
    { start: '2021', count: 1, byKind: { membership: 1 } },
    { start: '2023', count: 3, byKind: { membership: 3 } },
  ],
};

/** Stacked by topic: a record with several topics counts under each; `none` for records without. */
export const TOPICS: TimelineResponse = {
  interval: 'year',
  stack: 'topic',
  total: 3,
  buckets: [
    {
      start: '2018',
      count: 1,
      byKind: { vote: 1 },
      byTopic: { none: 1 },
    },
    {
      start: '2023',
      count: 2,
      byKind: { meeting: 2 },
      byTopic: {
        health: 2,
        climate: 1,
        development: 1,
        'labour-migration': 1,
        'international-cooperation': 2,
        data: 1,
        diaspora: 1,
        children: 1,
        remittances: 1,
        trafficking: 1,
      },
    },
  ],
  yearOnly: [],
};

export const TOPIC_NAMES: Record<string, string> = {
  health: 'Health',
  climate: 'Climate',
  development: 'Development',
  'labour-migration': 'Labour migration',
  'international-cooperation': 'International cooperation',
  data: 'Data',
  diaspora: 'Diaspora',
  children: 'Children',
  remittances: 'Remittances',
  trafficking: 'Trafficking',
};

/** Every year from 1967 to 2025 with a record: the whole collection's span. */
export const DECADES: TimelineResponse = {
  interval: 'year',
  stack: 'kind',
  total: 59,
  buckets: Array.from({ length: 59 }, (_, i) => ({
    start: String(1967 + i),
    count: 1,
    byKind: { membership: 1 },
  })),
  yearOnly: [],
};
