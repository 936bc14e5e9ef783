// The network as tables: every actor (name, kind, records, partners), then the strongest ties.
import type { ActorKind } from '@/lib/domain/vocab';
import { degreeOf, formatCount, strongestEdges, type NetworkModel, type Translate } from './model';
import { DataLabel } from '../../ui/data-label';

export const TABLE_EDGES = 25;

export function NetworkTable({
  model,
  t,
  kindName,
  locale,
}: {
  model: NetworkModel;
  t: Translate;
  kindName: (kind: ActorKind) => string;
  locale: string;
}) {
  const fmt = (n: number) => formatCount(n, locale);
  const name = (id: string) => model.byId.get(id)?.name ?? id;
  return (
    <>
      <table>
        <caption>{t('tableNodes')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('colActor')}</th>
            <th scope="col">{t('colKind')}</th>
            <th scope="col" className="num">
              {t('colRecords')}
            </th>
            <th scope="col" className="num">
              {t('colDegree')}
            </th>
          </tr>
        </thead>
        <tbody>
          {model.nodes.map((n) => (
            <tr key={n.id}>
              <th scope="row">
                <DataLabel text={n.name} lang={n.nameLang} />
              </th>
              <td>{kindName(n.kind)}</td>
              <td className="num">{fmt(n.records)}</td>
              <td className="num">{fmt(degreeOf(model, n.id))}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {model.edges.length ? (
        <table>
          <caption>{t('tableEdges')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('colActor')}</th>
              <th scope="col">{t('colPartner')}</th>
              <th scope="col" className="num">
                {t('colWeight', { measure: model.measure })}
              </th>
            </tr>
          </thead>
          <tbody>
            {strongestEdges(model, TABLE_EDGES).map((e) => (
              <tr key={`${e.source}|${e.target}`}>
                <td>{name(e.source)}</td>
                <td>{name(e.target)}</td>
                <td className="num">{fmt(e.weight)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </>
  );
}
