// Deterministic synthetic cooperation records for load tests only. Every record is marked as
// synthetic (id prefix, title prefix, origin 'synthetic') and lives only in benchmark databases,
// never in the shipped data. Skew is realistic: a few actors take part in most records (Zipf), dates
// cluster in recent years, 1-6 participants, 0-3 topics with the GCM objectives they serve.
import { recordSearchText } from '../lib/domain/search-text';
import { RECORD_KINDS, type RecordKind } from '../lib/domain/vocab';

/** mulberry32: small, fast, good enough for test data, identical on every platform. */
export function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Cumulative weights → sampler of an index. */
function sampler(weights: number[], rnd: () => number) {
  const total = weights.reduce((s, w) => s + w, 0);
  const cum: number[] = [];
  let acc = 0;
  for (const w of weights) cum.push((acc += w / total));
  return () => {
    const x = rnd();
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cum[mid]! < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export interface SyntheticWorld {
  actors: Array<{ id: string; kind: string; nameEn: string; nameFr: string | null }>;
  topics: Array<{ id: string; nameEn: string; objectives: number[] }>;
  places: Array<{
    id: string;
    countryId: string;
    nameEn: string;
    nameFr: string | null;
    nameEs: string | null;
  }>;
}

export interface SyntheticRecord {
  id: string;
  kind: RecordKind;
  title: string;
  summary: string;
  dateStart: string;
  dateEnd: string;
  datePrecision: 'day' | 'month' | 'year';
  year: number;
  month: number | null;
  placeId: string | null;
  participants: Array<{ actorId: string; role: string }>;
  topics: string[];
  objectives: number[];
  searchText: string;
}

const KIND_WEIGHTS: Record<RecordKind, number> = {
  meeting: 35,
  agreement: 14,
  pledge: 5,
  statement: 15,
  vote: 2,
  membership: 5,
  review: 9,
  programme: 10,
  funding: 5,
};
const PARTICIPANT_WEIGHTS = [10, 35, 25, 15, 10, 5]; // 1..6
const TOPIC_WEIGHTS = [20, 45, 25, 10]; // 0..3
const PRECISION_WEIGHTS = [80, 15, 5]; // day, month, year

const pad = (n: number) => String(n).padStart(2, '0');

export function* syntheticRecords(
  world: SyntheticWorld,
  count: number,
  seed = 1,
): Generator<SyntheticRecord> {
  const rnd = prng(seed);
  // A seeded shuffle decides who the "popular" actors are; Zipf (s = 1.1) over that order.
  const order = [...world.actors].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (let i = order.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [order[i], order[j]] = [order[j]!, order[i]!];
  }
  const pickActor = sampler(
    order.map((_, r) => 1 / Math.pow(r + 1, 1.1)),
    rnd,
  );
  const pickKind = sampler(
    RECORD_KINDS.map((k) => KIND_WEIGHTS[k]),
    rnd,
  );
  const pickParticipants = sampler(PARTICIPANT_WEIGHTS, rnd);
  const pickTopicCount = sampler(TOPIC_WEIGHTS, rnd);
  const pickPrecision = sampler(PRECISION_WEIGHTS, rnd);
  const names = new Map(world.actors.map((a) => [a.id, a]));
  const placeById = new Map(world.places.map((p) => [p.id, p]));

  for (let i = 0; i < count; i++) {
    const kind = RECORD_KINDS[pickKind()]!;
    // Recent years dominate: exponential decay back from 2025, floor at 1990.
    const year = Math.max(1990, 2025 - Math.floor(-Math.log(1 - rnd()) / 0.18));
    const month = 1 + Math.floor(rnd() * 12);
    const day = 1 + Math.floor(rnd() * 28);
    const precision = (['day', 'month', 'year'] as const)[pickPrecision()]!;
    const dateStart =
      precision === 'year'
        ? `${year}-01-01`
        : precision === 'month'
          ? `${year}-${pad(month)}-01`
          : `${year}-${pad(month)}-${pad(day)}`;
    const dateEnd =
      precision === 'year' ? `${year}-12-31` : precision === 'month' ? `${year}-${pad(month)}-28` : dateStart;

    const n = pickParticipants() + 1;
    const chosen = new Set<string>();
    while (chosen.size < n) chosen.add(order[pickActor()]!.id);
    const participants = [...chosen].map((actorId, k) => ({ actorId, role: k < 2 ? 'party' : 'mentioned' }));

    const topicCount = pickTopicCount();
    const topics = new Set<string>();
    while (topics.size < topicCount) topics.add(world.topics[Math.floor(rnd() * world.topics.length)]!.id);
    const objectives = [
      ...new Set([...topics].flatMap((t) => world.topics.find((x) => x.id === t)!.objectives)),
    ].sort((a, b) => a - b);
    const place = rnd() < 0.3 ? world.places[Math.floor(rnd() * world.places.length)]! : null;
    const lead = names.get(participants[0]!.actorId)!;
    const topicName = topics.size ? world.topics.find((t) => t.id === [...topics][0])!.nameEn : 'migration';
    const title = `[Synthetic] ${kind} ${i}: ${lead.nameEn} on ${topicName.toLowerCase()}`;
    const summary = `Synthetic ${kind} generated for load tests (seed ${seed}, #${i}).`;
    const record: SyntheticRecord = {
      id: `synthetic-${seed}-${i}`,
      kind,
      title,
      summary,
      dateStart,
      dateEnd,
      datePrecision: precision,
      year,
      month: precision === 'year' ? null : month,
      placeId: place?.id ?? null,
      participants,
      topics: [...topics],
      objectives,
      searchText: '',
    };
    record.searchText = recordSearchText(
      {
        id: record.id,
        title,
        summary,
        participants: participants.map((p) => ({ actor: p.actorId })),
        people: [],
        sources: [],
      },
      place ? placeById.get(place.id) : undefined,
      place ? names.get(place.countryId) : undefined,
      (id) => ({ names: names.get(id), aliases: [] }),
    );
    yield record;
  }
}
