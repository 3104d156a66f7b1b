import type { FindingField, InteractionApproach, InteractionKind } from '../domain/interaction-vocabulary';
import type { PartnershipPattern, PartnershipStage, StageGate } from '../domain/partnership-stages';

/** Indonesian names of the partnership lifecycle and the contact log (issue 4); spread into `id`. */
export const idEngagement = {
  partnershipStages: {
    mapping: 'Pemetaan Objek Mitra',
    information_gathering: 'Menggali Informasi',
    analysis: 'Menganalisis Informasi',
    exploration: 'Penjajagan Kerja Sama',
    work_planning: 'Penyusunan Rencana Kerja',
    agreement: 'Membuat Kesepakatan',
    signing: 'Penandatanganan Akad Kerja Sama',
    implementation: 'Pelaksanaan Kegiatan',
    monitoring_evaluation: 'Monitoring dan Evaluasi',
    improvement: 'Perbaikan',
    follow_up: 'Rencana Tindak Lanjut',
    not_pursued: 'Tidak dilanjutkan',
    ended: 'Selesai',
  } satisfies Record<PartnershipStage, string>,
  stageGates: {
    interaction_with_findings: 'Ada catatan interaksi dengan temuan (tujuan, lingkup, visi, misi, dll.)',
    positive_exploration_outcome: 'Hasil penjajagan menunjukkan mitra berminat',
    work_plan_exists: 'Rencana kerja bersama sudah disusun',
    agreement_drafted: 'Draf kesepakatan (MoU/PKS) sudah dibuat',
    signed_agreement: 'Kesepakatan sudah ditandatangani semua pihak',
    activity_recorded: 'Ada kegiatan yang sudah dilaksanakan',
    evaluation_recorded: 'Evaluasi bersama sudah dicatat',
    continue_decision: 'Sudah diputuskan untuk melanjutkan kemitraan',
    reason_given: 'Alasan sudah ditulis',
  } satisfies Record<StageGate, string>,
  partnershipPatterns: {
    agency: 'Keagenan',
    operational_cooperation: 'Kerja Sama Operasional (KSO)',
    foster: 'Bapak Angkat – Anak Angkat',
    general_trade: 'Dagang Umum',
  } satisfies Record<PartnershipPattern, string>,
  interactionKinds: {
    visit: 'Kunjungan',
    interview: 'Wawancara',
    observation: 'Observasi',
    meeting: 'Pertemuan',
    phone: 'Telepon',
    whatsapp: 'WhatsApp',
    email: 'Email',
    event: 'Acara',
  } satisfies Record<InteractionKind, string>,
  interactionApproaches: {
    personal: 'Personal (kunjungan ke rumah)',
    informal: 'Informal (hubungan baik yang sudah ada)',
    formal: 'Formal (melalui jabatan di lembaga)',
  } satisfies Record<InteractionApproach, string>,
  interactionFindings: {
    goals: 'Tujuan',
    scopeOfWork: 'Lingkup usaha',
    field: 'Bidang',
    vision: 'Visi',
    mission: 'Misi',
    needs: 'Kebutuhan',
    offers: 'Yang dapat ditawarkan',
    otherNotes: 'Catatan lain',
  } satisfies Record<FindingField, string>,
  /** Field messages for the codes the engagement contracts and use cases put in `details`. */
  engagementFields: {
    CYCLE_YEARS_REPEATED: 'Setiap tahun siklus cukup dipilih sekali.',
    PARTNER_REPEATED: 'Setiap mitra cukup dipilih sekali.',
    ID_REPEATED: 'Setiap pilihan cukup dipilih sekali.',
    CONTACT_NOT_OF_PARTNERS: 'Narahubung harus berasal dari mitra yang dipilih.',
    FACILITATOR_INVALID: 'Pilih pendamping yang aktif di lembaga ini.',
  },
} as const;
