import { createInteractionRequestSchema } from '../../../shared/contracts/interactions';
import { createMeetingRequestSchema, updateMeetingRequestSchema } from '../../../shared/contracts/meetings';
import {
  createPartnershipRequestSchema,
  moveStageRequestSchema,
} from '../../../shared/contracts/partnerships';
import type { PartnershipStage } from '../../../shared/domain/partnership-stages';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { createInteraction } from './create-interaction';
import { createPartnership } from './create-partnership';
import { createMeeting } from './meetings/create-meeting';
import { updateMeeting } from './meetings/update-meeting';
import { movePartnershipStage } from './move-partnership-stage';

export interface DemoPartner {
  id: string;
  name: string;
  contactId: string;
  contactName: string;
  contactPosition: string | null;
}

export interface DemoPipeline {
  partnerships: number;
  interactions: number;
  meetings: number;
  /** The knitted-bag KSO (at work planning) and the gallery's agency partnership, for later steps' demo. */
  ksoPartnershipId: string | null;
  agencyPartnershipId: string | null;
}

const requestId = 'demo';
const dayMs = 86_400_000;

/**
 * A living pipeline for a newcomer: partnerships spread over the early stages, each brought there
 * through the same use cases (and gates) as the screens, with the visits, findings, follow-ups and
 * audiences that justify where it stands. `partners` are the demo partners in their seeded order.
 */
export async function createDemoPipeline(
  deps: AppDeps,
  manager: Principal,
  facilitator: Principal,
  partners: DemoPartner[],
): Promise<DemoPipeline> {
  const now = deps.clock.now().getTime();
  const at = (days: number, hour = 10) => {
    const day = new Date(now + days * dayMs);
    day.setUTCHours(hour - 8, 0, 0, 0);
    return day.toISOString();
  };
  const dateOn = (days: number) => new Date(now + days * dayMs).toISOString().slice(0, 10);
  const counts: DemoPipeline = {
    partnerships: 0,
    interactions: 0,
    meetings: 0,
    ksoPartnershipId: null,
    agencyPartnershipId: null,
  };

  const start = async (
    partner: DemoPartner | undefined,
    name: string,
    pattern: string,
    enteredAt?: { stage: PartnershipStage; reason: string },
  ) => {
    if (!partner) return null;
    counts.partnerships += 1;
    return createPartnership(
      deps,
      manager,
      createPartnershipRequestSchema.parse({
        name,
        programme: name.startsWith('PKW') ? 'PKW' : null,
        pattern,
        facilitatorUserId: facilitator.userId,
        cycleYears: [2026],
        partnerIds: [partner.id],
        enteredAt,
      }),
      requestId,
    );
  };
  const visit = async (
    partner: DemoPartner,
    partnershipId: string,
    daysAgo: number,
    findings: Record<string, string> | null,
    followUp: { task: string; dueInDays: number } | null = null,
  ) => {
    counts.interactions += 1;
    await createInteraction(
      deps,
      facilitator,
      createInteractionRequestSchema.parse({
        kind: findings ? 'visit' : 'whatsapp',
        approach: findings ? 'personal' : 'informal',
        occurredAt: at(-daysAgo),
        partnerIds: [partner.id],
        partnershipId,
        contactIds: [partner.contactId],
        staffUserIds: [facilitator.userId],
        summary: findings
          ? `Berkunjung dan berbincang dengan ${partner.contactName} tentang peluang kerja sama.`
          : `Menanyakan kabar dan jadwal temu lewat WhatsApp dengan ${partner.contactName}.`,
        findings: findings ?? undefined,
        followUp: followUp && { task: followUp.task, dueOn: dateOn(followUp.dueInDays) },
      }),
      requestId,
    );
  };
  const moveTo = async (partnershipId: string, stages: PartnershipStage[], reason?: string) => {
    for (const to of stages) {
      await movePartnershipStage(
        deps,
        facilitator,
        partnershipId,
        moveStageRequestSchema.parse({ to, reason }),
        requestId,
      );
    }
  };
  const audience = async (partner: DemoPartner, partnershipId: string, inDays: number) => {
    counts.meetings += 1;
    return createMeeting(
      deps,
      facilitator,
      partnershipId,
      createMeetingRequestSchema.parse({
        kind: 'audience',
        title: `Audiensi dengan ${partner.name}`,
        startsAt: at(inDays, 9),
        endsAt: at(inDays, 11),
        place: `Kantor ${partner.name}`,
        agenda:
          'Memperkenalkan program kursus, menyampaikan rancangan kerja sama magang, dan mendengar harapan mitra.',
        attendees: {
          partner: [{ contactId: partner.contactId, name: partner.contactName }],
          institution: [{ userId: facilitator.userId, name: 'Pendamping lapangan' }],
        },
      }),
      requestId,
    );
  };

  const [rajut, anyaman, sasirangan, oleholeh, , koperasi, kud, , , , upt] = partners;

  const kso = await start(rajut, 'PKW Pembuatan Tas Rajut 2026', 'operational_cooperation');
  if (kso && rajut) {
    await visit(rajut, kso.id, 24, {
      needs: 'Tenaga perajut terampil untuk pesanan tas rajut, sekitar 6 orang per tahun.',
      offers: 'Tempat magang 5 peserta per gelombang dan bahan benang untuk praktik.',
      goals: 'Menambah kapasitas produksi untuk pesanan luar daerah.',
    });
    await moveTo(kso.id, ['information_gathering', 'analysis', 'exploration']);
    const held = await audience(rajut, kso.id, -6);
    await updateMeeting(
      deps,
      facilitator,
      kso.id,
      held.id,
      updateMeetingRequestSchema.parse({
        version: held.version,
        outcome: 'positive',
        interestLevel: 'high',
        outcomeNotes: 'Pemilik bersedia menerima peserta magang dan ikut menyusun rencana kerja.',
        nextStep: 'Menyusun rencana kerja bersama untuk gelombang pertama.',
      }),
      requestId,
    );
    await moveTo(kso.id, ['work_planning']);
    counts.ksoPartnershipId = kso.id;
  }

  const foster = await start(anyaman, 'Magang Perajin Anyaman 2026', 'foster');
  if (foster && anyaman) {
    await visit(anyaman, foster.id, 12, {
      needs: 'Pemasaran hasil anyaman ke toko oleh-oleh.',
      offers: 'Tempat magang 3 peserta dan pendampingan teknik anyam.',
    });
    await moveTo(foster.id, ['information_gathering', 'analysis', 'exploration']);
    await audience(anyaman, foster.id, 3);
  }

  const agency = await start(sasirangan, 'Pemasaran Produk Lulusan', 'agency');
  if (agency && sasirangan) {
    await visit(
      sasirangan,
      agency.id,
      5,
      {
        needs: 'Pasokan tas rajut bermotif sasirangan untuk etalase galeri.',
        offers: 'Titip jual di galeri dan instruktur tamu motif sasirangan.',
      },
      { task: 'Kirim contoh tas rajut motif sasirangan ke galeri', dueInDays: 2 },
    );
    await moveTo(agency.id, ['information_gathering', 'analysis']);
    counts.agencyPartnershipId = agency.id;
  }

  const trade = await start(koperasi, 'Permodalan Usaha Lulusan PKW', 'general_trade');
  if (trade && koperasi) {
    await visit(koperasi, trade.id, 3, null, {
      task: 'Tanyakan syarat pinjaman modal bagi lulusan',
      dueInDays: -1,
    });
    await moveTo(trade.id, ['information_gathering']);
  }

  await start(oleholeh, 'Titip Jual Produk Peserta', 'agency');

  const dropped = await start(kud, 'Penyerapan Lulusan di KUD', 'general_trade');
  if (dropped && kud) {
    await visit(kud, dropped.id, 30, {
      needs: 'Belum ada kebutuhan tenaga baru tahun ini.',
      otherNotes: 'Pengurus menyarankan dihubungi lagi setelah RAT tahun depan.',
    });
    await moveTo(
      dropped.id,
      ['not_pursued'],
      'KUD belum membuka lowongan tahun ini; dihubungi lagi setelah RAT.',
    );
  }

  await start(upt, 'Uji Kompetensi Peserta Kursus', 'operational_cooperation', {
    stage: 'implementation',
    reason: 'Kerja sama uji kompetensi sudah berjalan sejak 2024; MoU ditandatangani sebelum memakai Jalin.',
  });

  return counts;
}
