import type { Agreement, CreateAgreementRequest } from '../../src/shared/contracts/agreements';
import type { TestApp } from '../setup/test-app';
import { ksoTerms } from './agreement-documents';
import { createPartnershipVia } from './engagement';
import { createPartnerVia } from './partners';
import type { Session } from './people';
import { createWorkPlanVia, workPlanItemBody } from './work-plans';

export const institutionSignatory = { name: 'Dra. Hj. Siti Aminah, M.Pd.', position: 'Ketua LKP' };
export const partnerSignatory = { name: 'Ibu Hj. Rusmini', position: 'Pemilik Usaha' };

/** A PKS's articles in the Indonesian legal order the document engine composes (domain-facts.md). */
export const pksArticleTitles = [
  'Maksud dan Tujuan',
  'Ruang Lingkup',
  'Hak dan Kewajiban',
  'Pelaksanaan',
  'Pola Kemitraan',
  'Pembiayaan',
  'Jangka Waktu',
  'Monitoring dan Evaluasi',
  'Keadaan Kahar',
  'Penyelesaian Perselisihan',
  'Adendum',
  'Penutup',
];

export function agreementBody(
  partnershipId: string,
  partnerId: string,
  overrides: Partial<CreateAgreementRequest> = {},
): CreateAgreementRequest {
  return {
    partnershipId,
    partnerId,
    kind: 'pks',
    subject: 'Kerja sama pelatihan dan produksi tas rajut',
    place: 'Banjarbaru',
    startsOn: '2026-04-01',
    endsOn: '2027-03-31',
    signatories: { institution: institutionSignatory, partner: partnerSignatory },
    ...overrides,
  };
}

export async function createAgreementVia(
  session: Session,
  input: { partnershipId: string; partnerId: string } & Partial<CreateAgreementRequest>,
): Promise<Agreement> {
  const { partnershipId, partnerId, ...overrides } = input;
  const response = await session.request(
    'POST',
    '/api/v1/agreements',
    agreementBody(partnershipId, partnerId, overrides),
  );
  if (response.statusCode !== 201)
    throw new Error(`agreement create failed: ${response.statusCode} ${response.body}`);
  return response.json<Agreement>();
}

/** Numbers the agreement and freezes its current version for signing. */
export async function requestSignaturesVia(session: Session, agreement: { id: string }): Promise<Agreement> {
  const response = await session.request('POST', `/api/v1/agreements/${agreement.id}/signing-requests`, {});
  if (response.statusCode !== 200)
    throw new Error(`signing request failed: ${response.statusCode} ${response.body}`);
  return response.json<Agreement>();
}

/** A review link for the partner; the token is the URL's last part. */
export async function issueAgreementReviewLinkVia(
  session: Session,
  agreementId: string,
): Promise<{ url: string; token: string }> {
  const response = await session.request('POST', `/api/v1/agreements/${agreementId}/review-links`, {});
  if (response.statusCode !== 201)
    throw new Error(`review link failed: ${response.statusCode} ${response.body}`);
  const url = response.json<{ url: string }>().url;
  return { url, token: url.split('/').at(-1) ?? '' };
}

/** A KSO partnership of one partner (the knitting workshop), with a work plan of Rp1.500.000. */
export async function ksoPartnershipVia(session: Session) {
  const partner = await createPartnerVia(session, {
    name: 'Rumah Rajut Hj. Rusmini',
    confirmDuplicates: true,
  });
  const partnership = await createPartnershipVia(session, [partner.id], {
    pattern: 'operational_cooperation',
  });
  await createWorkPlanVia(session, partnership.id, {
    items: [
      workPlanItemBody({
        budgetRupiah: 1_500_000,
        contributions: { institution: 1_000_000, partner: 500_000 },
      }),
    ],
  });
  return { partner, partnership };
}

/** A draft PKS with 60/40 KSO terms in a fresh KSO partnership. */
export async function ksoDraftVia(
  session: Session,
  overrides: Partial<CreateAgreementRequest> = {},
): Promise<Agreement> {
  const { partner, partnership } = await ksoPartnershipVia(session);
  return createAgreementVia(session, {
    partnershipId: partnership.id,
    partnerId: partner.id,
    terms: ksoTerms,
    ...overrides,
  });
}

const agreementTables = [
  'agreements',
  'agreement_versions',
  'audit_events',
  'clause_templates',
  'agreement_comments',
] as const;

/** Row counts a refused request must leave as they were. */
export async function agreementRowCounts(t: TestApp): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const table of agreementTables) {
    const row = await t.deps.db
      .selectFrom(table)
      .select((eb) => eb.fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    counts[table] = Number(row.n);
  }
  return counts;
}
