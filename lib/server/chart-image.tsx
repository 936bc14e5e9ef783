import 'server-only';
// Chart images for documents (/api/v1/charts/{timeline|map|network}.{svg|png}): the chart for a
// filter and view, drawn on the server from the charts' own model, layout and marks, and laid out
// for a report (components/charts/report). SVGs embed their font; PNGs are rasterised from the same
// SVG with the same font.
import type { ReactElement } from 'react';
import { createTranslator } from 'use-intl/core';
import { mapFigure } from '@/components/charts/report/map-figure';
import { networkFigure } from '@/components/charts/report/network-figure';
import { PAD } from '@/components/charts/report/report-layout';
import { ReportSvg, type ChartFigure } from '@/components/charts/report/report-svg';
import { timelineFigure } from '@/components/charts/report/timeline-figure';
import type { Lang } from '../domain/api';
import type { RecordFilter } from '../domain/filter';
import { dashboardPath, type ImageChart } from '../embed/links';
import { dirOf } from '../i18n/config';
import { formatPartialDate } from '../i18n/format';
import { MESSAGES } from '../i18n/messages';
import { timelineFilter } from '../query/dashboard-queries';
import type { ViewState } from '../url/view-params';
import { readDb } from './db';
import { describeFilter } from './describe-filter';
import { dataLoadedOn } from './meta';
import { mapCounts } from './queries/map';
import { network, NETWORK_DEFAULT_LIMIT } from './queries/network';
import { timeline } from './queries/timeline';
import { gcmVote, referenceOptions } from './reference-cache';

export const IMAGE_WIDTH = { default: 800, min: 320, max: 2000 } as const;

export interface ChartImageRequest {
  chart: ImageChart;
  filter: RecordFilter;
  view: ViewState;
  width: number;
  lang: Lang;
  /** This site's public origin, for the view's address in the footer. */
  origin: string;
}

async function figureFor(
  req: ChartImageRequest,
  innerWidth: number,
): Promise<{ figure: ChartFigure; title: string }> {
  const db = await readDb();
  const { chart, filter, view, lang } = req;
  const t = createTranslator({ locale: lang, messages: MESSAGES[lang] }) as unknown as (
    key: string,
    values?: Record<string, string | number>,
  ) => string;
  if (chart === 'timeline') {
    const [data, options] = await Promise.all([
      timeline(db, timelineFilter(filter), view.interval, view.stack),
      referenceOptions(lang),
    ]);
    return {
      title: t('timeline.title'),
      figure: timelineFigure({
        data,
        width: innerWidth,
        range: { from: filter.from, to: filter.to },
        locale: lang,
        t,
        topicNames: Object.fromEntries(
          options.topics.map((x) => [
            x.id,
            x.nameLang ? t('common.inLanguage', { label: x.name, lang: x.nameLang }) : x.name,
          ]),
        ),
      }),
    };
  }
  if (chart === 'map') {
    const [counts, options, vote] = await Promise.all([
      mapCounts(db, filter),
      referenceOptions(lang),
      view.map === 'stance' ? gcmVote(lang) : Promise.resolve(null),
    ]);
    const highlight = [
      ...new Set(options.blocs.filter((b) => filter.bloc.includes(b.id)).flatMap((b) => b.members)),
    ];
    return {
      title: t(view.map === 'stance' ? 'map.titleStance' : 'map.title'),
      figure: mapFigure({
        mode: view.map,
        counts,
        stances: view.map === 'stance' ? (vote?.items ?? []) : undefined,
        countries: options.countries,
        selected: filter.country,
        highlight,
        width: innerWidth,
        locale: lang,
        t,
      }),
    };
  }
  const data = await network(db, filter, {
    limit: NETWORK_DEFAULT_LIMIT,
    lang,
    focus: view.focus,
    depth: view.depth,
    edges: view.edges,
  });
  return { title: t('network.title'), figure: networkFigure({ data, width: innerWidth, locale: lang, t }) };
}

/**
 * The image as a React element (the report page renders it inline; chart-image-markup.ts serialises
 * it for downloads). `fontCss`: @font-face rules to embed, or a placeholder to fill in afterwards.
 */
export async function chartImageElement(
  req: ChartImageRequest,
  opts: { fontCss?: string } = {},
): Promise<ReactElement> {
  const db = await readDb();
  const t = createTranslator({ locale: req.lang, messages: MESSAGES[req.lang], namespace: 'report.image' });
  const [{ figure, title }, filters, loadedOn] = await Promise.all([
    figureFor(req, req.width - 2 * PAD),
    describeFilter(db, req.filter, req.lang),
    dataLoadedOn(),
  ]);
  const text = {
    title,
    filters: t('filters', { filters }),
    footer: [
      t('footer', { date: loadedOn ? formatPartialDate(loadedOn, req.lang) : '—' }),
      t('view', { url: `${req.origin}${dashboardPath(req.filter, req.view, req.lang)}` }),
    ],
  };
  return (
    <ReportSvg
      width={req.width}
      text={text}
      figure={figure}
      fontCss={opts.fontCss}
      idBase={`chart-image-${req.chart}`}
      dir={dirOf(req.lang)}
    />
  );
}
