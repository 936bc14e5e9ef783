// Actors: lists by kind and the full actor with memberships both ways, member counts and stances.
import type { ActorDetail, ActorRef, Lang, Membership } from '../../domain/api';
import type { DatePrecision } from '../../domain/vocab';
import type { DbTx } from '../../db/client';
import { searchTerms } from '../../text/fold';
import { actorNameSelect, actorRef, nameIn, sourceSelect } from '../dto';
import { num, sql } from '../sql';
import { rollupsEnabled } from './rollup-plan';

export async function listActors(
  db: DbTx,
  opts: { kind: string[]; q: string | null; lang: Lang },
): Promise<Array<ActorRef & { region: string | null; unMember: boolean }>> {
  const terms = opts.q ? searchTerms(opts.q) : [];
  const rows = await db.actor.findMany({
    where: {
      ...(opts.kind.length ? { kind: { in: opts.kind } } : {}),
      AND: terms.map((t) => ({ searchText: { contains: t } })),
    },
    select: { ...actorNameSelect, m49RegionName: true, unMember: true },
    orderBy: [{ kind: 'asc' }, { nameEn: 'asc' }],
  });
  return rows
    .map((r) => ({ ...actorRef(r, opts.lang), region: r.m49RegionName, unMember: r.unMember }))
    .sort((a, b) => a.name.localeCompare(b.name, opts.lang));
}

const membershipSelect = {
  id: true,
  role: true,
  roleDetail: true,
  since: true,
  sincePrecision: true,
  until: true,
  asOf: true,
  note: true,
  source: { select: sourceSelect },
  body: { select: actorNameSelect },
  member: { select: actorNameSelect },
} as const;

type MembershipRow = {
  id: string;
  role: string;
  roleDetail: string | null;
  since: string | null;
  sincePrecision: string | null;
  until: string | null;
  asOf: string | null;
  note: string | null;
  source: Membership['source'];
  body: Parameters<typeof actorRef>[0];
  member: Parameters<typeof actorRef>[0];
};

function membership(m: MembershipRow, lang: Lang): Membership {
  return {
    id: m.id,
    body: actorRef(m.body, lang),
    member: actorRef(m.member, lang),
    role: m.role,
    roleDetail: m.roleDetail,
    since: m.since,
    sincePrecision: m.sincePrecision as DatePrecision | null,
    until: m.until,
    asOf: m.asOf,
    note: m.note,
    source: m.source,
  };
}

/** The live records an actor takes part in: pre-counted (counting them took half a second for the
 * busiest state at 1M records). */
async function liveRecordsOf(db: DbTx, id: string): Promise<number> {
  const [row] = await db.$queryRaw<Array<{ n: unknown }>>(
    rollupsEnabled()
      ? sql`SELECT COALESCE(SUM(g.n), 0) AS n FROM agg_actor g WHERE g.actor_id = ${id}`
      : sql`SELECT COUNT(*) AS n FROM record_participant p JOIN cooperation_record r ON r.id = p.record_id
            WHERE p.actor_id = ${id} AND r.deleted_at IS NULL`,
  );
  return num(row?.n);
}

export async function getActor(db: DbTx, id: string, lang: Lang): Promise<ActorDetail | null> {
  const a = await db.actor.findUnique({
    where: { id },
    include: {
      aliases: { select: { lang: true, alias: true }, orderBy: [{ lang: 'asc' }, { alias: 'asc' }] },
      memberships: { select: membershipSelect },
      members: { select: membershipSelect },
      memberCounts: {
        select: { asOf: true, count: true, what: true, source: { select: sourceSelect } },
        orderBy: { asOf: 'asc' },
      },
      stances: {
        select: {
          position: true,
          date: true,
          evidence: true,
          recordId: true,
          source: { select: sourceSelect },
          set: { select: { id: true, titleEn: true, titleFr: true, complete: true } },
        },
      },
    },
  });
  if (!a) return null;
  const recordCount = await liveRecordsOf(db, id);
  // The M49 region names of the shipped country table are English only.
  const regionLang = lang === 'en' ? {} : { nameLang: 'en' as const };
  const byName = (x: Membership, y: Membership) =>
    (x.since ?? '9999').localeCompare(y.since ?? '9999') || x.member.name.localeCompare(y.member.name);
  return {
    ...actorRef(a, lang),
    names: Object.fromEntries(
      (
        [
          ['en', a.nameEn],
          ['fr', a.nameFr],
          ['es', a.nameEs],
          ['ar', a.nameAr],
          ['zh', a.nameZh],
          ['ru', a.nameRu],
          ['vi', a.nameVi],
        ] as const
      ).filter(([, v]) => v),
    ),
    aliases: a.aliases,
    iso2: a.iso2,
    isoNumeric: a.isoNumeric,
    region:
      a.m49RegionCode && a.m49RegionName
        ? { code: a.m49RegionCode, name: a.m49RegionName, ...regionLang }
        : null,
    subRegion:
      a.m49SubRegionCode && a.m49SubRegionName
        ? { code: a.m49SubRegionCode, name: a.m49SubRegionName, ...regionLang }
        : null,
    unMember: a.unMember,
    website: a.website,
    memberOf: a.memberships
      .map((m) => membership(m, lang))
      .sort((x, y) => x.body.name.localeCompare(y.body.name)),
    members: a.members.map((m) => membership(m, lang)).sort(byName),
    memberCounts: a.memberCounts,
    stances: a.stances.map((s) => ({
      position: s.position,
      date: s.date,
      evidence: s.evidence,
      recordId: s.recordId,
      source: s.source,
      set: {
        id: s.set.id,
        title: nameIn({ nameEn: s.set.titleEn, nameFr: s.set.titleFr }, lang),
        complete: s.set.complete,
      },
    })),
    recordCount,
  };
}
