// Integration tests of the network query and its route against the seeded database (SQLite by
// default, PostgreSQL when DATABASE_URL names one).
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bumpVersions } from '../../db/data-version';
import type { NetworkResponse } from '../../domain/api';
import { EMPTY_FILTER, type RecordFilter } from '../../domain/filter';
import { testDb } from '../../../test/db';
import { actorNameSelect } from '../dto';
import { actorNames, network, sumTies } from './network';

const f = (patch: Partial<RecordFilter>): RecordFilter => ({ ...EMPTY_FILTER, ...patch });

let h: ReturnType<typeof testDb>;
beforeAll(() => {
  h = testDb();
  // The route handler reads the process's handle: point it at this file's database.
  (globalThis as { __compactAtlasDb?: unknown }).__compactAtlasDb = h;
});
afterAll(async () => {
  delete (globalThis as { __compactAtlasDb?: unknown }).__compactAtlasDb;
  await h.cleanup();
});

describe('network: node names', () => {
  it('are read as the actor model reads them, in every language, acronyms included', async () => {
    const all = await h.db.actor.findMany({ select: actorNameSelect, orderBy: { id: 'asc' } });
    expect(all.some((a) => a.nameAr && a.acronymFr)).toBe(true);
    const byId = (rows: Array<{ id: string }>) => [...rows].sort((a, b) => (a.id < b.id ? -1 : 1));
    expect(
      byId(
        await actorNames(
          h.db,
          all.map((a) => a.id),
        ),
      ),
    ).toEqual(all);
  });

  it('are read once per version of the reference data, and an actor they lack is read directly', async () => {
    const id = `names-test-${randomUUID().slice(0, 8)}`;
    const nameOf = async () => (await actorNames(h.db, ['VNM', id])).find((a) => a.id === id)?.nameEn;
    try {
      // Added without a new version (not what an import does): read directly all the same.
      await h.db.actor.create({ data: { id, kind: 'igo', nameEn: 'Names Test', searchText: 'names test' } });
      expect(await nameOf()).toBe('Names Test');
      await bumpVersions(h.db, ['reference']);
      expect(await nameOf()).toBe('Names Test');
      // Names stand while the version does; an import's new version brings the new name.
      await h.db.actor.update({ where: { id }, data: { nameEn: 'Names Test, Renamed' } });
      expect(await nameOf()).toBe('Names Test');
      await bumpVersions(h.db, ['reference']);
      expect(await nameOf()).toBe('Names Test, Renamed');
    } finally {
      await h.db.actor.deleteMany({ where: { id } });
      await bumpVersions(h.db, ['reference']);
    }
  });
});

const partners = (n: NetworkResponse, id: string) =>
  new Set(n.edges.flatMap((e) => (e.source === id ? [e.target] : e.target === id ? [e.source] : [])));
const edge = (n: NetworkResponse, a: string, b: string) =>
  n.edges.find((e) => (e.source === a && e.target === b) || (e.source === b && e.target === a));

describe('network: ego view', () => {
  it("centres on Viet Nam with its direct partners, including the founding meeting's organisations", async () => {
    // 177 actors share a record with Viet Nam (the GCM vote): no limit, so the WTO (one record) stays.
    const n = await network(h.db, f({ country: ['VNM'] }), {
      limit: 2000,
      lang: 'en',
      focus: 'VNM',
      depth: 1,
    });
    expect(n).toMatchObject({ focus: 'VNM', depth: 1, edgeMeasure: 'records' });
    const ids = new Set(n.nodes.map((x) => x.id));
    for (const id of ['VNM', 'iom', 'asean', 'asem', 'apec', 'un', 'wto']) expect(ids.has(id), id).toBe(true);
    // Depth 1: every node other than the focus is a direct partner of it.
    const direct = partners(n, 'VNM');
    expect(n.nodes.filter((x) => x.id !== 'VNM').every((x) => direct.has(x.id))).toBe(true);
  });

  it("on a profile (the filter names the focus) is the actor's whole network, at depth 1 and 2", async () => {
    // Every record of Viet Nam's has Viet Nam in it: everyone in them is a partner.
    const filter = f({ country: ['VNM'] });
    const whole = await network(h.db, filter, { limit: 60, lang: 'en' });
    for (const depth of [1, 2] as const) {
      const ego = await network(h.db, filter, { limit: 60, lang: 'en', focus: 'VNM', depth });
      expect(ego.nodes[0]!.id).toBe('VNM');
      expect(new Set(ego.nodes.map((x) => x.id))).toEqual(new Set(whole.nodes.map((x) => x.id)));
      expect(ego.edges).toEqual(whole.edges);
      expect(ego).toMatchObject({ focus: 'VNM', depth, totalNodes: whole.totalNodes, truncated: true });
    }
  });

  it('reaches further at depth 2 than at depth 1', async () => {
    const filter = f({ actor: ['asean'] });
    const one = await network(h.db, filter, { limit: 2000, lang: 'en', focus: 'iom', depth: 1 });
    const two = await network(h.db, filter, { limit: 2000, lang: 'en', focus: 'iom', depth: 2 });
    const oneIds = new Set(one.nodes.map((x) => x.id));
    // IOM has 6 direct partners in ASEAN's records; their partners bring in the other members.
    expect(two.nodes.length).toBeGreaterThan(one.nodes.length);
    expect(one.nodes.every((x) => two.nodes.some((y) => y.id === x.id))).toBe(true);
    // Every depth-2 node is a partner of the focus or of one of its partners.
    const reach = new Set([...oneIds, ...[...oneIds].flatMap((id) => [...partners(two, id)])]);
    expect(two.nodes.every((x) => reach.has(x.id))).toBe(true);
  });

  it('keeps the focus when the node limit cuts the ego network', async () => {
    const n = await network(h.db, EMPTY_FILTER, { limit: 5, lang: 'en', focus: 'THA', depth: 1 });
    expect(n.nodes).toHaveLength(5);
    expect(n.nodes.some((x) => x.id === 'THA')).toBe(true);
    expect(n.truncated).toBe(true);
    expect(n.totalEdges).toBeGreaterThan(n.edges.length);
  });

  it('is empty when the focus takes part in none of the filtered records', async () => {
    const n = await network(h.db, f({ country: ['VNM'] }), {
      limit: 150,
      lang: 'en',
      focus: 'sacm',
      depth: 2,
    });
    expect(n.nodes).toEqual([]);
    expect(n.edges).toEqual([]);
  });
});

describe('sumTies', () => {
  it('adds the weights of a pair in both lists and keeps every other pair once', () => {
    const counted = [
      ['FRA', 'VNM', 5],
      ['THA', 'VNM', 2],
      ['iom', 'VNM', 1],
    ] as const;
    const wide = [
      ['FRA', 'VNM', 1],
      ['FRA', 'THA', 1],
    ] as const;
    const byPair = (rows: Array<{ s: string; t: string; w: unknown }>) =>
      Object.fromEntries(rows.map((r) => [`${r.s}|${r.t}`, r.w]));
    const summed = sumTies(counted, wide);
    expect(summed).toHaveLength(4);
    expect(byPair(summed)).toEqual({ 'FRA|VNM': 6, 'THA|VNM': 2, 'iom|VNM': 1, 'FRA|THA': 1 });
    expect(byPair(sumTies([], wide))).toEqual({ 'FRA|VNM': 1, 'FRA|THA': 1 });
    expect(sumTies(counted, [])).toHaveLength(3);
  });
});

describe('network: order of ties', () => {
  it('lists ties heaviest first, and ties of equal weight by source, then target', async () => {
    const cases = [
      [EMPTY_FILTER, 'records'],
      [f({ country: ['VNM'] }), 'records'],
      [EMPTY_FILTER, 'memberships'],
    ] as const;
    for (const [filter, edges] of cases) {
      const n = await network(h.db, filter, { limit: 80, lang: 'en', edges });
      const weights = n.edges.map((e) => e.weight);
      // Many ties share a weight, so the order among equals is exercised.
      expect(new Set(weights).size, edges).toBeLessThan(weights.length / 2);
      const expected = [...n.edges].sort((a, b) =>
        a.weight !== b.weight
          ? b.weight - a.weight
          : a.source !== b.source
            ? a.source < b.source
              ? -1
              : 1
            : a.target < b.target
              ? -1
              : 1,
      );
      expect(n.edges, `${edges} ${JSON.stringify(filter.country)}`).toEqual(expected);
    }
  });
});

describe('network: common memberships', () => {
  it('ties Viet Nam and Thailand by the bodies they both belong to', async () => {
    const n = await network(h.db, f({ country: ['VNM'] }), {
      limit: 150,
      lang: 'en',
      edges: 'memberships',
    });
    expect(n.edgeMeasure).toBe('memberships');
    // Both are members of ASEAN, APEC, ASEM, the Colombo Process and the Abu Dhabi Dialogue.
    expect(edge(n, 'VNM', 'THA')?.weight).toBeGreaterThanOrEqual(3);
    // A member is tied to a body that is itself a node: Viet Nam to ASEAN counts ASEAN itself and
    // ASEM, where both are partners.
    expect(edge(n, 'VNM', 'asean')?.weight).toBe(2);
    // Records shared do not count here: the UN shares the vote with Viet Nam but has no members listed.
    expect(edge(n, 'VNM', 'un')).toBeUndefined();
  });

  it('builds the ego network in the membership graph', async () => {
    const n = await network(h.db, f({ country: ['VNM'] }), {
      limit: 150,
      lang: 'en',
      edges: 'memberships',
      focus: 'VNM',
      depth: 1,
    });
    const direct = partners(n, 'VNM');
    expect(direct.has('THA')).toBe(true);
    expect(n.nodes.find((x) => x.id === 'iom')).toMatchObject({
      label: 'IOM',
      name: 'International Organization for Migration',
    });
    expect(n.nodes.filter((x) => x.id !== 'VNM').every((x) => direct.has(x.id))).toBe(true);
    expect(n.nodes.find((x) => x.id === 'VNM')!.degree).toBe(direct.size);
  });
});

describe('GET /api/v1/network', () => {
  const get = async (query: string) => {
    const { GET } = await import('../../../app/api/v1/network/route');
    const res = await GET(new Request(`http://localhost/api/v1/network?${query}`));
    return { status: res.status, body: (await res.json()) as Record<string, unknown> };
  };

  it('answers an ego network with the measure it used', async () => {
    const { status, body } = await get('country=VNM&focus=VNM&depth=2&edges=memberships');
    expect(status).toBe(200);
    expect(body).toMatchObject({ focus: 'VNM', depth: 2, edgeMeasure: 'memberships' });
  });

  it('rejects an unknown focus with a 400 naming it', async () => {
    const { status, body } = await get('focus=XXX');
    expect(status).toBe(400);
    expect(JSON.stringify(body)).toContain('focus');
  });

  it('rejects a bad depth, a bad measure and a list of foci', async () => {
    for (const q of ['focus=VNM&depth=3', 'edges=people', 'focus=VNM,THA']) {
      const { status, body } = await get(q);
      expect(status, q).toBe(400);
      expect((body as { error: { issues: Array<{ param: string }> } }).error.issues[0]!.param).toBe(
        q.split('&').at(-1)!.split('=')[0],
      );
    }
  });
});
