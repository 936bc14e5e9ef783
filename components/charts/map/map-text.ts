// The map's words: the summary sentence, a shape's value and legend labels, from the model and the
// `map` messages. Numbers go through intlLocale so the server and the browser format them alike.
import { formatNumber, intlLocale, isolateLtr } from '@/lib/i18n/format';
import type { LegendItem, MapModel, ShapeDatum, StanceCategory } from './model';

export type MapT = (key: string, values?: Record<string, string | number>) => string;

export function summarise(model: MapModel, t: MapT, locale: string): string {
  const n = (v: number) => formatNumber(v, locale);
  if (model.mode === 'stance') {
    const s = model.stanceTotals;
    return t('summaryStance', { yes: n(s.yes), no: n(s.no), abstain: n(s.abstain), count: s.not_recorded });
  }
  const count = model.statesWithRecords;
  if (model.top.length > 3) return t('summaryRecordsManyTie', { count, max: model.max });
  const top = new Intl.ListFormat(intlLocale(locale), { type: 'conjunction' }).format(model.top);
  return t(model.top.length > 1 ? 'summaryRecordsTie' : 'summaryRecords', { count, top, max: n(model.max) });
}

export const stanceLabel = (t: MapT, c: StanceCategory) => t(`stance.${c}`);

/** What a shape shows: "7 records", "Abstained", "no data". */
export function valueText(d: ShapeDatum, mode: MapModel['mode'], t: MapT): string {
  if (d.kind === 'no-data') return t('noData');
  return mode === 'records' ? t('records', { count: d.count }) : stanceLabel(t, d.stance);
}

export function shapeLabel(d: ShapeDatum, mode: MapModel['mode'], t: MapT, selected: boolean): string {
  return t(selected ? 'countrySelected' : 'countryValue', { name: d.name, value: valueText(d, mode, t) });
}

export function legendLabel(item: LegendItem, t: MapT, locale: string): string {
  const n = (v: number) => formatNumber(v, locale);
  switch (item.kind) {
    case 'zero':
      return t('legendZero');
    case 'no-data':
      return t('legendNoData');
    case 'bin':
      return item.lo === item.hi ? n(item.lo) : isolateLtr(`${n(item.lo)}–${n(item.hi)}`, locale);
    case 'stance':
      return t('legendCount', { label: stanceLabel(t, item.category), count: n(item.count) });
  }
}
