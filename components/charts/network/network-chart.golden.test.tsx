import path from 'node:path';
import { describe, it } from 'vitest';
import { IntlProvider } from 'use-intl/react';
import { MESSAGES } from '@/lib/i18n/messages';
import { expectGolden } from '@/test/golden';
import { SAMPLE } from './fixture';
import { NetworkChart } from './network-chart';

const golden = (name: string) => path.join(import.meta.dirname, '__golden__', name);
const noop = () => {};

describe('NetworkChart golden SVG', () => {
  it('renders the ego network of Viet Nam on the server', () => {
    expectGolden(
      <IntlProvider locale="en" messages={MESSAGES.en} timeZone="UTC">
        <NetworkChart
          data={SAMPLE}
          focus="VNM"
          depth={2}
          edgeMeasure="records"
          onFocus={noop}
          onDepthChange={noop}
          onEdgeMeasureChange={noop}
          state="ready"
        />
      </IntlProvider>,
      golden('ego-vnm.svg'),
    );
  });

  it('renders the whole network in French', () => {
    expectGolden(
      <IntlProvider locale="fr" messages={MESSAGES.fr} timeZone="UTC">
        <NetworkChart
          data={{ ...SAMPLE, focus: null, depth: null }}
          focus={null}
          depth={1}
          edgeMeasure="records"
          onFocus={noop}
          state="ready"
        />
      </IntlProvider>,
      golden('whole-fr.svg'),
    );
  });
});
