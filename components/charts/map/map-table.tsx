// The map's data-table alternative: every state with its count (records mode, most first) or its vote
// (stance mode, by name), including the small states the 1:110m boundaries cannot draw.
import { formatNumber } from '@/lib/i18n/format';
import type { MapModel } from './model';
import { stanceLabel, type MapT } from './map-text';

export function MapTable({ model, t, locale }: { model: MapModel; t: MapT; locale: string }) {
  const records = model.mode === 'records';
  return (
    <table>
      <caption className="visually-hidden">{t(records ? 'tableCaption' : 'tableCaptionStance')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('tableState')}</th>
          <th scope="col" className={records ? 'num' : undefined}>
            {t(records ? 'tableRecords' : 'tableVote')}
          </th>
        </tr>
      </thead>
      <tbody>
        {model.rows.map((r) => (
          <tr key={r.iso3} data-iso3={r.iso3}>
            <th scope="row">
              {r.name}
              {r.onMap ? null : <span className="muted"> {t('notOnMap')}</span>}
            </th>
            <td className={records ? 'num' : undefined}>
              {records ? formatNumber(r.count, locale) : stanceLabel(t, r.stance)}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
