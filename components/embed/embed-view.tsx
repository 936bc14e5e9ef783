'use client';
// One dashboard view without the site around it, for other sites' iframes: the same chart, the same
// address parameters and the same queries as the dashboard, plus the embed options. Interactions that
// change the filter (a click on a country, a brush on the timeline, a click on an actor) change the
// embed's own address, so it stays self-contained; the footer's link and the records' links open the
// full site in a new tab.
import { useMemo } from 'react';
import { useTranslations } from '@/lib/i18n/translations';
import type { FilterOptions, MapStances } from '@/lib/domain/api';
import { dashboardPath, type EmbedChart } from '@/lib/embed/links';
import type { VocabularyLists } from '@/lib/url/location';
import { ChartDisplayContext, type ChartDisplay } from '../charts/shared/chart-display';
import { useDashboardState } from '../dashboard/use-dashboard-state';
import { MapView, NetworkView, RecordsView, TimelineView } from '../dashboard/views';
import { ActiveFilters } from '../filters/active-filters';
import { makeLabeller } from '../filters/labels';
import { useLabelText } from '../ui/data-label';
import { UrlNotice } from '../filters/url-notice';
import { EmbedFooter } from './embed-footer';

export function EmbedView({
  chart,
  vocabulary,
  options,
  mapStances,
  loadedOn,
}: {
  chart: EmbedChart;
  vocabulary: VocabularyLists;
  options: FilterOptions;
  mapStances: MapStances | null;
  loadedOn: string | null;
}) {
  const t = useTranslations('embed');
  const tk = useTranslations('kinds');
  const ctx = useDashboardState({ vocabulary, options, embed: true });
  const { filter, view, navigate, issues, locale } = ctx;
  const embed = ctx.embed!;
  const labelText = useLabelText();
  const label = useMemo(
    () => makeLabeller(options, (k) => tk(k as never), labelText),
    [options, tk, labelText],
  );
  const display = useMemo<ChartDisplay>(
    () => ({ toolbar: embed.controls, title: embed.title, legend: embed.legend }),
    [embed.controls, embed.title, embed.legend],
  );

  return (
    <main className={`embed__main embed--${chart}`} data-embed={chart}>
      <UrlNotice issues={issues} canonicalise={() => navigate(filter, view, 'replace')} />
      {embed.controls ? <ActiveFilters filter={filter} label={label} navigate={navigate} /> : null}
      <ChartDisplayContext.Provider value={display}>
        {chart === 'timeline' ? <TimelineView ctx={ctx} /> : null}
        {chart === 'map' ? <MapView ctx={ctx} mapStances={mapStances} /> : null}
        {chart === 'network' ? <NetworkView ctx={ctx} /> : null}
        {chart === 'table' ? <RecordsView ctx={ctx} newTab /> : null}
      </ChartDisplayContext.Provider>
      {embed.footer ? (
        <EmbedFooter
          href={dashboardPath(filter, view, locale)}
          loadedOn={loadedOn}
          locale={locale}
          text={(key, values) => (key === 'open' ? t('openFull') : t(key, values as never))}
        />
      ) : null}
    </main>
  );
}
