// The in-memory shape of everything the seed loads from data/: plain rows, validated and
// cross-checked before a single one is written. Loaders produce it; write.ts stores it.
import type { RecordInput, SourceInput } from '../../lib/domain/record-input';

export interface ActorRow {
  id: string;
  kind: string;
  nameEn: string;
  nameFr: string | null;
  nameEs: string | null;
  nameAr: string | null;
  nameZh: string | null;
  nameRu: string | null;
  nameVi: string | null;
  formalNameEn: string | null;
  acronym: string | null;
  acronymFr: string | null;
  acronymEs: string | null;
  acronymAr: string | null;
  iso2: string | null;
  isoNumeric: string | null;
  m49RegionCode: string | null;
  m49RegionName: string | null;
  m49SubRegionCode: string | null;
  m49SubRegionName: string | null;
  m49IntermediateCode: string | null;
  m49IntermediateName: string | null;
  unMember: boolean;
  independence: string | null;
  website: string | null;
  sourceId: string | null;
}

export interface AliasRow {
  actorId: string;
  lang: string;
  alias: string;
  type: 'name' | 'acronym' | 'short' | 'formal';
}

export interface PlaceRow {
  id: string;
  countryId: string;
  nameEn: string;
  nameFr: string | null;
  nameEs: string | null;
  nameAr: string | null;
  nameZh: string | null;
  nameRu: string | null;
}

export interface MembershipRow {
  id: string;
  memberId: string;
  bodyId: string;
  role: string;
  roleDetail: string | null;
  sourceName: string | null;
  since: string | null;
  sincePrecision: string | null;
  until: string | null;
  untilPrecision: string | null;
  asOf: string | null;
  note: string | null;
  sourceId: string;
}

export interface FrameworkRow {
  id: string;
  titleEn: string;
  titleFr: string | null;
  shortEn: string;
  shortFr: string | null;
  adoptedOn: string | null;
  sourceId: string | null;
}

export interface CommitmentRow {
  id: string;
  frameworkId: string;
  parentId: string | null;
  level: 'objective' | 'target' | 'indicator';
  number: number | null;
  code: string;
  titleEn: string;
  titleFr: string | null;
  shortEn: string | null;
  shortFr: string | null;
  shortEs: string | null;
  shortAr: string | null;
  custodians: string | null;
  sourceId: string | null;
}

export interface TopicRow {
  id: string;
  nameEn: string;
  nameFr: string;
  nameEs: string | null;
  nameAr: string | null;
  descriptionEn: string | null;
  sortOrder: number;
  objectives: number[];
}

export interface StanceSetRow {
  id: string;
  frameworkId: string;
  titleEn: string;
  titleFr: string;
  descriptionEn: string;
  descriptionFr: string;
  complete: boolean;
  completenessNote: string | null;
  date: string | null;
  datePrecision: string | null;
  recordId: string | null;
  sourceId: string;
}

export interface StanceRow {
  id: string;
  setId: string;
  actorId: string;
  position: string;
  date: string | null;
  datePrecision: string | null;
  recordId: string | null;
  evidence: string | null;
  sourceId: string;
}

export interface MemberCountRow {
  id: string;
  bodyId: string;
  asOf: string;
  asOfPrecision: string;
  count: number;
  what: string;
  sourceId: string;
}

export interface SeedData {
  sources: Map<string, SourceInput>;
  actors: ActorRow[];
  aliases: AliasRow[];
  places: PlaceRow[];
  memberships: MembershipRow[];
  memberCounts: MemberCountRow[];
  frameworks: FrameworkRow[];
  commitments: CommitmentRow[];
  topics: TopicRow[];
  records: RecordInput[];
  stanceSets: StanceSetRow[];
  stances: StanceRow[];
}
