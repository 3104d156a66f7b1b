import { loadSharp } from '../../platform/files/load-sharp';
import { createAgreementRequestSchema, signatureFormSchema } from '../../../shared/contracts/agreements';
import { moveStageRequestSchema } from '../../../shared/contracts/partnerships';
import type { PartnershipStage } from '../../../shared/domain/partnership-stages';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { movePartnershipStageWithin } from '../engagement/index';
import { createAgreement } from './create-agreement';
import { requestSignatures } from './request-signatures';
import { issueSigningLink } from './signing/issue-signing-link';
import { signAgreement } from './signing/sign-agreement';
import { signThroughLink } from './signing/sign-through-link';

const requestId = 'demo';

export interface DemoAgreementParty {
  partnershipId: string;
  partnerId: string;
  contactId: string;
  contactName: string;
  contactPosition: string;
}

/** A hand-drawn-looking stroke, as the signature pad would send it (PNG, transparent ground). */
async function scribble(seed: number): Promise<Buffer> {
  const wave = Array.from({ length: 9 }, (_, index) => {
    const x = 30 + index * 45;
    const y = 70 + Math.round(Math.sin(index * 1.7 + seed) * 28);
    return `${index === 0 ? 'M' : 'S'} ${x} ${y} ${x + 20} ${y - 30 + seed * 3}`;
  }).join(' ');
  const svg =
    `<svg xmlns="http://www.w3.org/2000/svg" width="440" height="140">` +
    `<path d="${wave}" fill="none" stroke="#1a237e" stroke-width="4" stroke-linecap="round"/></svg>`;
  const sharp = await loadSharp();
  return sharp(Buffer.from(svg)).png().toBuffer();
}

async function moveTo(deps: AppDeps, manager: Principal, partnershipId: string, stages: PartnershipStage[]) {
  for (const to of stages) {
    await deps.db
      .transaction()
      .execute((trx) =>
        movePartnershipStageWithin(
          trx,
          deps,
          manager,
          partnershipId,
          moveStageRequestSchema.parse({ to }),
          requestId,
        ),
      );
  }
}

/**
 * The demo story's agreements (ux.md): the knitted-bag KSO's PKS with a 60/40 profit share, drafted
 * from the approved work plan, signed in March 2026 by the manager and, through the one-time link,
 * by the workshop's owner, so it is active with its signed copy; and a draft MoU with the gallery.
 * Everything goes through the same use cases (and stage gates) as the screens.
 */
export async function createDemoAgreements(
  deps: AppDeps,
  manager: Principal,
  kso: DemoAgreementParty,
  agency: DemoAgreementParty | null,
): Promise<{ signed: number; drafts: number }> {
  const institutionSignatory = { name: manager.userName, position: 'Ketua LKP', userId: manager.userId };
  await moveTo(deps, manager, kso.partnershipId, ['agreement']);
  const pks = await createAgreement(
    deps,
    manager,
    createAgreementRequestSchema.parse({
      partnershipId: kso.partnershipId,
      partnerId: kso.partnerId,
      kind: 'pks',
      subject: 'Kerja sama pelatihan, magang dan produksi tas rajut PKW 2026',
      place: 'Banjarbaru',
      startsOn: '2026-03-20',
      endsOn: '2027-03-19',
      datedOn: '2026-03-20',
      terms: {
        pattern: 'operational_cooperation',
        contributions: {
          institution: { kinds: ['facilities', 'labour'], details: 'Ruang praktik dan dua instruktur rajut' },
          partner: {
            kinds: ['production_inputs', 'market_guarantee'],
            details: 'Benang, alat tenun pinjaman dan pemasaran ke toko oleh-oleh',
          },
        },
        profitSharing: { institution: 60, partner: 40 },
        riskSharing: { institution: 50, partner: 50 },
        profitBasis: 'laba bersih penjualan tas rajut produksi peserta setelah dikurangi biaya produksi',
        settlementPeriod: 'semester',
      },
      signatories: {
        institution: institutionSignatory,
        partner: { name: kso.contactName, position: kso.contactPosition, contactId: kso.contactId },
      },
      witnesses: [{ name: 'Bapak Ahmad Fauzi', position: 'Pendamping', party: 'institution' }],
      versionNote: 'Draf pertama dari rencana kerja bersama',
    }),
    requestId,
  );
  await moveTo(deps, manager, kso.partnershipId, ['signing']);
  const frozen = await requestSignatures(deps, manager, pks.id, requestId);
  const form = (name: string, position: string) =>
    signatureFormSchema.parse({
      method: 'drawn',
      confirmName: name,
      confirmPosition: position,
      versionNumber: frozen.currentVersion,
    });
  await signAgreement(deps, {
    institutionId: manager.institutionId,
    agreementId: pks.id,
    party: 'institution',
    form: form(institutionSignatory.name, institutionSignatory.position),
    file: { filename: 'tanda-tangan.png', bytes: await scribble(1) },
    origin: { principal: manager, link: null, ipAddress: null, userAgent: 'Jalin demo', requestId },
  });
  const link = await issueSigningLink(
    deps,
    manager,
    pks.id,
    { recipientName: null },
    'http://demo',
    requestId,
  );
  await signThroughLink(
    deps,
    pks.id,
    new URL(link.url).pathname.split('/').at(-1)!,
    form(kso.contactName, kso.contactPosition),
    { filename: 'tanda-tangan.png', bytes: await scribble(2) },
    { ipAddress: null, userAgent: 'Jalin demo', requestId },
  );
  await moveTo(deps, manager, kso.partnershipId, ['implementation']);

  if (!agency) return { signed: 1, drafts: 0 };
  await createAgreement(
    deps,
    manager,
    createAgreementRequestSchema.parse({
      partnershipId: agency.partnershipId,
      partnerId: agency.partnerId,
      kind: 'mou',
      subject: 'Pemasaran tas rajut karya lulusan di galeri mitra',
      place: 'Banjarbaru',
      startsOn: '2027-01-04',
      endsOn: '2027-12-31',
      terms: {
        pattern: 'agency',
        principal: 'institution',
        products: ['Tas rajut motif sasirangan karya lulusan', 'Dompet rajut'],
        territory: 'Kota Banjarbaru dan Kota Banjarmasin',
        exclusive: false,
        compensation: { kind: 'commission', percent: 15 },
        salesTargets: [{ quantity: 60, unit: 'buah', period: 'month' }],
      },
      signatories: {
        institution: institutionSignatory,
        partner: { name: agency.contactName, position: agency.contactPosition, contactId: agency.contactId },
      },
      versionNote: 'Draf awal untuk dibahas dengan galeri',
    }),
    requestId,
  );
  return { signed: 1, drafts: 1 };
}
