// Colour-blind-safe palettes (Okabe & Ito 2008 for categories; a single-hue sequential ramp for
// counts). Colour never carries meaning alone: legends, labels, shapes and tables repeat it.
import type { ActorKind, RecordKind, StancePosition } from '@/lib/domain/vocab';

export const OKABE_ITO = [
  '#0072B2',
  '#E69F00',
  '#009E73',
  '#CC79A7',
  '#56B4E9',
  '#D55E00',
  '#F0E442',
  '#000000',
] as const;

export const KIND_COLORS: Record<RecordKind, string> = {
  meeting: '#0072B2',
  agreement: '#009E73',
  pledge: '#CC79A7',
  statement: '#56B4E9',
  vote: '#D55E00',
  membership: '#E69F00',
  review: '#F0E442',
  programme: '#000000',
  funding: '#8C8C8C',
};

/** Sequential blues for binned counts, light to dark (ColorBrewer Blues, 6 classes). */
export const SEQUENTIAL = ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd', '#08519c'] as const;

export const STANCE_COLORS: Record<Exclude<StancePosition, 'champion'>, string> = {
  yes: '#0072B2',
  no: '#D55E00',
  abstain: '#E69F00',
  not_recorded: '#BDBDBD',
};

export const ACTOR_KIND_COLORS: Record<ActorKind, string> = {
  state: '#0072B2',
  igo: '#D55E00',
  un_entity: '#56B4E9',
  regional_org: '#009E73',
  interregional_forum: '#CC79A7',
  rcp: '#E69F00',
  other: '#8C8C8C',
};

/** Fill for "no data": a hatch pattern id defined once per chart (see <NoDataPattern />). */
export const NO_DATA_FILL = '#f2f2f2';
