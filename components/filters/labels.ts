// Human labels for filter values, in the page's language.
import type { FilterOptions, Lang } from '@/lib/domain/api';
import type { ListFilterKey } from '@/lib/domain/filter';

export type Labeller = (key: ListFilterKey, value: string | number) => string;

/**
 * `text(label, lang)` writes a label the sources give only in another language with its marker
 * ("Data (in English)"): components/ui/data-label.tsx useLabelText.
 */
export function makeLabeller(
  options: FilterOptions,
  kindLabel: (kind: string) => string,
  text: (label: string, lang?: Lang) => string = (label) => label,
): Labeller {
  const countries = new Map(options.countries.map((c) => [c.id, text(c.name, c.nameLang)]));
  const orgs = new Map(options.organisations.map((o) => [o.id, o.acronym ?? text(o.name, o.nameLang)]));
  const blocs = new Map(options.blocs.map((b) => [b.id, text(b.name, b.nameLang)]));
  const topics = new Map(options.topics.map((t) => [t.id, text(t.name, t.nameLang)]));
  const objectives = new Map(options.objectives.map((o) => [o.number, text(o.short, o.shortLang)]));
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
