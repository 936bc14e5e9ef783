// The timeline's HTML companions: the legend, the data table alternative and the tooltip body.
import { formatPartialDate } from '@/lib/i18n/format';
import type { Series, TableRow } from './model';
import { YEAR_ONLY_FILL, YEAR_ONLY_STROKE } from './marks';

export function TimelineLegend({
  series,
  label,
  yearOnlyLabel,
  note,
}: {
  series: Series[];
  label: (key: string) => string;
  /** Shown when the chart has a year-only strip. */
  yearOnlyLabel: string | null;
  note: string | null;
}) {
  return (
    <>
      <ul className="chart-legend">
        {/* Top of the stack first, as the eye meets the bars. */}
        {[...series].reverse().map((s) => (
          <li key={s.key}>
            <span className="swatch" style={{ background: s.color }} aria-hidden="true" />
            {label(s.key)}
          </li>
        ))}
        {yearOnlyLabel ? (
          <li>
            <span
              className="swatch"
              style={{ background: YEAR_ONLY_FILL, border: `1px dashed ${YEAR_ONLY_STROKE}` }}
              aria-hidden="true"
            />
            {yearOnlyLabel}
          </li>
        ) : null}
      </ul>
      {note ? <p className="timeline__note">{note}</p> : null}
    </>
  );
}

export function TimelineTable({
  rows,
  series,
  label,
  locale,
  format,
  headings,
}: {
  rows: TableRow[];
  series: Series[];
  label: (key: string) => string;
  locale: string;
  format: (n: number) => string;
  headings: { period: string; total: string; yearOnly: (year: string) => string };
}) {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">{headings.period}</th>
          {series.map((s) => (
            <th scope="col" className="num" key={s.key}>
              {label(s.key)}
            </th>
          ))}
          <th scope="col" className="num">
            {headings.total}
          </th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={`${r.key}${r.yearOnly ? ':year-only' : ''}`}>
            <th scope="row">{r.yearOnly ? headings.yearOnly(r.key) : formatPartialDate(r.key, locale)}</th>
            {series.map((s) => (
              <td className="num" key={s.key}>
                {format(r.values[s.key] ?? 0)}
              </td>
            ))}
            <td className="num">{format(r.count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface TooltipContent {
  heading: string;
  total: string;
  lines: Array<{ key: string; color: string; label: string; value: string }>;
  extra: string | null;
}

export function TimelineTooltip({ content, x, y }: { content: TooltipContent; x: number; y: number }) {
  return (
    <div className="chart-tooltip timeline__tooltip" style={{ left: x, top: y }} aria-hidden="true">
      <strong>{content.heading}</strong> · {content.total}
      {content.lines.length ? (
        <ul>
          {content.lines.map((l) => (
            <li key={l.key}>
              <span className="swatch" style={{ background: l.color }} />
              {l.label}: {l.value}
            </li>
          ))}
        </ul>
      ) : null}
      {content.extra ? <div>{content.extra}</div> : null}
    </div>
  );
}
