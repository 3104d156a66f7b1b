import { toSearchFragment } from '../src/server/modules/partners/refresh-partner-search';
import { getJson, type BenchServer } from './bench-server';
import { benchSeed, Prng } from './generators/prng';
import type { MixedPlan, MixedRequest } from './mixed-load';
import { datasetOf, type BenchContext } from './scenario';
import { searchFragments, type SearchFragment } from './search-fragments';

/**
 * quality-bars.md S7: 70% reads, 15% search, 10% writes, 5% dashboard and export. The reads are the
 * pages people open most: the registry's first and next page, a partner, a partner's contact log.
 */
export const s7Weights = {
  'list-first': 20,
  'list-next': 15,
  detail: 20,
  interactions: 15,
  search: 15,
  write: 10,
  dashboard: 3,
  export: 2,
} as const;
export type S7Kind = keyof typeof s7Weights;

export const s7Clients = 50;
/**
 * The mean pause of an S7 client between an answer and its next click (ADR 0028): 50 people clicking
 * about once a second each, far busier than a district's LKP staff.
 */
export const s7ThinkMs = 1000;
const partnersPerInstitution = 25;
const fragmentsPerInstitution = 12;

export interface S7Institution {
  id: string;
  /** Cookie and CSRF token of its manager. */
  headers: Record<string, string>;
  partnerIds: string[];
  /** The registry's second page, as the app encodes it (the floor reads the same cursor). */
  cursor: string;
  fragments: SearchFragment[];
  /** The dashboard's partner total as first read: it must not move, as S7 adds no partner. */
  dashboardPartners: number;
}

/** A fixed shuffle of 100 kinds in the weights' proportions: client k starts at slot 37k. */
function kindSequence(): S7Kind[] {
  const kinds = Object.entries(s7Weights).flatMap(([kind, weight]) =>
    Array.from({ length: weight }, () => kind as S7Kind),
  );
  const prng = new Prng(benchSeed ^ 0x57);
  for (let i = kinds.length - 1; i > 0; i -= 1) {
    const j = prng.int(0, i);
    [kinds[i], kinds[j]] = [kinds[j]!, kinds[i]!];
  }
  return kinds;
}

/**
 * Signs in the managers of the first `count` institutions on `app` and reads, for each, what the mix
 * asks for: sample partners spread over its registry, the next-page cursor, search fragments cut
 * from its own data, its dashboard's partner total.
 */
export async function prepareS7Institutions(
  ctx: BenchContext,
  app: BenchServer,
  count: number,
): Promise<S7Institution[]> {
  const used = datasetOf(ctx).institutions.slice(0, count);
  const prepared: S7Institution[] = [];
  for (const [index, institution] of used.entries()) {
    const cookie = await ctx.session(app, index);
    const { csrfToken } = await getJson<{ csrfToken: string }>(`${app.baseUrl}/api/v1/me`, { cookie });
    const headers = { cookie, 'x-csrf-token': csrfToken };
    const ids = await ctx.db
      .selectFrom('partners')
      .select('id')
      .where('institution_id', '=', institution.id)
      .orderBy('id')
      .execute();
    const step = Math.max(1, Math.floor(ids.length / partnersPerInstitution));
    const partnerIds = ids
      .filter((_, i) => i % step === 0)
      .slice(0, partnersPerInstitution)
      .map((row) => row.id);
    const first = await getJson<{ nextCursor: string | null }>(`${app.baseUrl}/api/v1/partners`, headers);
    if (!first.nextCursor) throw new Error(`${institution.name} has a single page`);
    const dashboard = await getJson<{ institution: { id: string }; partners: { total: number } }>(
      `${app.baseUrl}/api/v1/reports/dashboard`,
      headers,
    );
    if (dashboard.institution.id !== institution.id) throw new Error('dashboard of another institution');
    prepared.push({
      id: institution.id,
      headers,
      partnerIds,
      cursor: first.nextCursor,
      fragments: await searchFragments(ctx.db, institution.id, fragmentsPerInstitution),
      dashboardPartners: dashboard.partners.total,
    });
  }
  return prepared;
}

const parse = (body: string) => JSON.parse(body) as Record<string, unknown>;
const itemsOf = (body: string) => (parse(body).items as { id: string }[] | undefined) ?? null;
const nonEmptyPage = (body: string) => ((itemsOf(body)?.length ?? 0) > 0 ? null : 'an empty page');

/** Client `client` works for institution `client % n`: one manager per desk, as people do. */
function planOf(
  institutions: S7Institution[],
  build: (kind: S7Kind, institution: S7Institution, pick: number) => MixedRequest,
): MixedPlan {
  const kinds = kindSequence();
  return (client, n) => {
    const kind = kinds[(client * 37 + n) % kinds.length]!;
    const institution = institutions[client % institutions.length]!;
    return build(kind, institution, client * 7 + n);
  };
}

export function interactionBody(partnerId: string, pick: number) {
  return {
    kind: pick % 2 ? 'visit' : 'whatsapp',
    approach: pick % 3 ? 'personal' : 'formal',
    occurredAt: new Date(Date.now() - 3_600_000).toISOString(),
    partnerIds: [partnerId],
    summary: 'Kunjungan ke bengkel mitra untuk menggali kebutuhan tenaga terampil.',
    findings: {
      needs: 'Tenaga penjahit terlatih, 4 orang per tahun.',
      offers: 'Tempat magang 2 orang per gelombang.',
    },
  };
}

/** The mix against the app's API, each answer checked for its content. */
export function s7AppPlan(institutions: S7Institution[]): MixedPlan {
  return planOf(institutions, (kind, institution, pick) => {
    const headers = institution.headers;
    const partnerId = institution.partnerIds[pick % institution.partnerIds.length]!;
    switch (kind) {
      case 'list-first':
        return { kind, path: '/api/v1/partners', headers, check: nonEmptyPage };
      case 'list-next':
        return {
          kind,
          path: `/api/v1/partners?cursor=${encodeURIComponent(institution.cursor)}`,
          headers,
          check: nonEmptyPage,
        };
      case 'detail':
        return {
          kind,
          path: `/api/v1/partners/${partnerId}`,
          headers,
          check: (body) => (parse(body).id === partnerId ? null : 'another partner'),
        };
      case 'interactions':
        return {
          kind,
          path: `/api/v1/interactions?partnerId=${partnerId}&limit=20`,
          headers,
          check: (body) => (itemsOf(body) ? null : 'no items'),
        };
      case 'search': {
        const fragment = institution.fragments[pick % institution.fragments.length]!;
        return {
          kind,
          path: `/api/v1/partners?q=${encodeURIComponent(fragment.typed)}`,
          headers,
          check: nonEmptyPage,
        };
      }
      case 'write':
        return {
          kind,
          path: '/api/v1/interactions',
          headers,
          post: { expectStatus: 201, body: interactionBody(partnerId, pick) },
          check: (body) => (typeof parse(body).id === 'string' ? null : 'no id'),
        };
      case 'dashboard':
        return {
          kind,
          path: '/api/v1/reports/dashboard',
          headers,
          check: (body) => {
            const dashboard = parse(body) as { institution: { id: string }; partners: { total: number } };
            if (dashboard.institution.id !== institution.id) return 'another institution';
            return dashboard.partners.total === institution.dashboardPartners ? null : 'partner total moved';
          },
        };
      case 'export':
        return {
          kind,
          path: `/api/v1/interactions/export?format=csv&partnerId=${partnerId}`,
          headers,
          check: (body) => (body.length > 0 ? null : 'an empty file'),
        };
    }
  });
}

/** The same mix against the floor server's routes (S1, S2 and S3 floors under /floor/s7, and S7's own). */
export function s7FloorPlan(institutions: S7Institution[]): MixedPlan {
  return planOf(institutions, (kind, institution, pick) => {
    const scope = `institution=${institution.id}`;
    const partnerId = institution.partnerIds[pick % institution.partnerIds.length]!;
    switch (kind) {
      case 'list-first':
        return { kind, path: `/floor/s7/floor/s1/partners?${scope}` };
      case 'list-next':
        return {
          kind,
          path: `/floor/s7/floor/s1/partners?${scope}&cursor=${encodeURIComponent(institution.cursor)}`,
        };
      case 'detail':
        return { kind, path: `/floor/s7/floor/s3/partners/${partnerId}?${scope}` };
      case 'interactions':
        return { kind, path: `/floor/s7/interactions?${scope}&partner=${partnerId}` };
      case 'search': {
        const fragment = institution.fragments[pick % institution.fragments.length]!;
        const q = encodeURIComponent(toSearchFragment(fragment.typed));
        return { kind, path: `/floor/s7/floor/s2/partners?${scope}&q=${q}` };
      }
      case 'write':
        return {
          kind,
          path: '/floor/s7/interactions',
          post: { expectStatus: 200, body: { institution: institution.id, partner: partnerId } },
        };
      case 'dashboard':
        return { kind, path: `/floor/s7/dashboard?${scope}` };
      case 'export':
        return { kind, path: `/floor/s7/export?${scope}&partner=${partnerId}` };
    }
  });
}
