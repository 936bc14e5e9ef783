// Human labels for filter values, in the page's language.
import type { FilterOptions } from '@/lib/domain/api';
import type { ListFilterKey } from '@/lib/domain/filter';

export type Labeller = (key: ListFilterKey, value: string | number) => string;

export function makeLabeller(options: FilterOptions, kindLabel: (kind: string) => string): Labeller {
  const countries = new Map(options.countries.map((c) => [c.id, c.name]));
  const orgs = new Map(options.organisations.map((o) => [o.id, o.acronym ?? o.name]));
  const blocs = new Map(options.blocs.map((b) => [b.id, b.name]));
  const topics = new Map(options.topics.map((t) => [t.id, t.name]));
  const objectives = new Map(options.objectives.map((o) => [o.number, o.short]));
  return (key, value) => {
    const v = String(value);
    switch (key) {
      case 'country':
        return countries.get(v) ?? v;
      case 'actor':
        return orgs.get(v) ?? countries.get(v) ?? v;
      case 'bloc':
        return blocs.get(v) ?? v;
      case 'topic':
        return topics.get(v) ?? v;
      case 'objective':
        return `${v}. ${objectives.get(Number(value)) ?? ''}`.trim();
      case 'kind':
        return kindLabel(v);
    }
  };
}
