import type { AppDeps } from '../platform/app-deps';
import type { Principal } from '../platform/auth/principal';
import { findPrincipalByEmail } from '../modules/institutions/index';
import { createDemoNeeds } from '../modules/analysis/index';
import { createDemoPipeline, movePartnershipStageWithin } from '../modules/engagement/index';
import { createDemoActivities } from '../modules/implementation/index';
import { createDemoMonitoring } from '../modules/monitoring/index';
import { createDemoEvaluation } from '../modules/evaluations/index';
import { createDemoWorkPlan } from '../modules/work-plans/index';
import { createDemoAgreements } from '../modules/agreements/index';
import { createDemoPartners } from '../modules/partners/index';
import { fillDemoCare } from './fill-demo-care';

/**
 * The demo story after its institution exists: partners, the pipeline, needs, and the knitted-bag
 * partnership carried from its joint plan through signing, implementation and evaluation.
 */
export async function fillDemoInstitution(deps: AppDeps, users: { email: string }[]): Promise<void> {
  const manager = await findPrincipalByEmail(deps.db, users[0]!.email);
  const facilitator = await findPrincipalByEmail(deps.db, users[1]!.email);
  if (!manager || !facilitator) return;
  const partners = await createDemoPartners(deps, manager);
  console.log(`  ${partners.length} mitra contoh di Banjarbaru, Banjarmasin dan Kab. Banjar`);
  const pipeline = await createDemoPipeline(deps, manager, facilitator, partners);
  const needs = await createDemoNeeds(deps, manager, partners);
  console.log(
    `  ${pipeline.partnerships} kemitraan di berbagai tahap, ${pipeline.interactions} catatan kontak, ` +
      `${pipeline.meetings} audiensi, ${needs} kebutuhan lembaga`,
  );
  const [rajut, , sasirangan] = partners;
  if (pipeline.ksoPartnershipId && rajut) {
    const partyOf = (partnershipId: string, partner: (typeof partners)[number]) => ({
      partnershipId,
      partnerId: partner.id,
      contactId: partner.contactId,
      contactName: partner.contactName,
      contactPosition: partner.contactPosition ?? 'Pemilik',
    });
    const kso = partyOf(pipeline.ksoPartnershipId, rajut);
    await createDemoWorkPlan(deps, manager, kso.partnershipId, {
      name: kso.contactName,
      position: kso.contactPosition,
    });
    const agency =
      pipeline.agencyPartnershipId && sasirangan ? partyOf(pipeline.agencyPartnershipId, sasirangan) : null;
    const agreements = await createDemoAgreements(deps, manager, kso, agency);
    console.log(
      `  1 rencana kerja bersama disetujui mitra, ${agreements.signed} PKS bertanda tangan, ` +
        `${agreements.drafts} draf MoU`,
    );
    if (agreements.signed > 0) await carryThroughTheYear(deps, manager, kso.partnershipId);
  }
  const [shop, neglected, due] = [partners[3], partners[47], partners[40]];
  if (rajut && shop && neglected && due) {
    await fillDemoCare(deps, { manager, facilitator }, { rajut, shop, neglected, due });
    console.log(
      '  perawatan mitra: ucapan Idulfitri terkirim, umpan balik terjawab, peluncuran produk, ' +
        'temu mitra akhir tahun, satu mitra terabaikan, agenda dan pengingat hari ini',
    );
  }
}

/**
 * Steps 8–11 on the signed knitted-bag partnership: a year of activities (one item left behind, so
 * monitoring flags it), a problem solved and a visit, then the joint evaluation whose decision to
 * continue with changes moves it to follow-up with next year's plan.
 */
async function carryThroughTheYear(deps: AppDeps, manager: Principal, partnershipId: string): Promise<void> {
  const ids = { institutionId: manager.institutionId, partnershipId, userId: manager.userId };
  const activities = await createDemoActivities(deps, ids);
  await deps.db
    .transaction()
    .execute((trx) =>
      movePartnershipStageWithin(
        trx,
        deps,
        manager,
        partnershipId,
        { to: 'monitoring_evaluation', reason: null },
        'demo',
      ),
    );
  await createDemoMonitoring(deps, ids);
  await createDemoEvaluation(deps, ids);
  console.log(
    `  ${activities} kegiatan dengan bukti, 1 masalah terselesaikan, 1 kunjungan monitoring, ` +
      'evaluasi bersama: lanjut dengan perubahan, rencana kerja 2027',
  );
}
