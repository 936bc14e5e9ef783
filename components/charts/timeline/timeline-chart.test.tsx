// Golden SVG of the timeline, rendered as the server renders it (default width, no measurement).
import path from 'node:path';
import { describe, it } from 'vitest';
import { IntlProvider } from 'use-intl/react';
import type { TimelineResponse } from '@/lib/domain/api';
import { MESSAGES } from '@/lib/i18n/messages';
import { expectGolden } from '@/test/golden';
import { MONTHS, TOPIC_NAMES, TOPICS, YEARS } from './fixtures';
import { TimelineChart, type PeriodRange } from './timeline-chart';

const golden = (name: string) => path.join(__dirname, '__golden__', `${name}.svg`);

function render(data: TimelineResponse, range: PeriodRange, locale: 'en' | 'fr' = 'en') {
  return (
    <IntlProvider locale={locale} messages={MESSAGES[locale]} timeZone="UTC">
      <TimelineChart
        data={data}
        stack={data.stack}
        topicNames={TOPIC_NAMES}
        range={range}
        onRangeChange={() => {}}
        onStackChange={() => {}}
        state="ready"
      />
    </IntlProvider>
  );
}

describe('timeline golden SVG', () => {
  it('years by kind, with a selected period', () => {
    expectGolden(render(YEARS, { from: '2018', to: '2019' }), golden('years-kind-selected'));
  });

  it('months with year-only bands, in French', () => {
    expectGolden(render(MONTHS, { from: null, to: null }, 'fr'), golden('months-year-only-fr'));
  });

  it('years by topic', () => {
    expectGolden(render(TOPICS, { from: null, to: null }), golden('years-topic'));
  });
});
