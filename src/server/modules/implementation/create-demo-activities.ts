import { loadPdfLib } from '../../platform/files/load-pdf-lib';
import { loadSharp } from '../../platform/files/load-sharp';
import {
  createActivityRequestSchema,
  type CreateActivityRequest,
} from '../../../shared/contracts/activities';
import type { EvidenceKind } from '../../../shared/domain/activity-vocabulary';
import type { Role } from '../../../shared/domain/roles';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { findUserRow, listPlanItemRows } from './activities.repository';
import { addActivityEvidence } from './add-activity-evidence';
import { createActivity } from './create-activity';
import { currentPlanItems } from './list-activities';

const requestId = 'demo';

/** A small real photo: a warm gradient standing in for a workshop picture. */
async function demoPhoto(hue: number): Promise<Buffer> {
  const sharp = await loadSharp();
  return sharp({ create: { width: 320, height: 240, channels: 3, background: { r: 180, g: hue, b: 90 } } })
    .jpeg({ quality: 70 })
    .toBuffer();
}

/** A one-page attendance list with the learners' names, as a scan would read. */
async function demoAttendance(title: string, date: string, names: string[]): Promise<Buffer> {
  const { PDFDocument, StandardFonts } = await loadPdfLib();
  const pdf = await PDFDocument.create();
  const page = pdf.addPage([595, 842]);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  page.drawText('DAFTAR HADIR', { x: 50, y: 790, size: 16, font });
  page.drawText(title, { x: 50, y: 765, size: 11, font });
  page.drawText(`Tanggal: ${date}`, { x: 50, y: 748, size: 11, font });
  names.forEach((name, index) => {
    page.drawText(`${index + 1}. ${name}`, { x: 60, y: 715 - index * 18, size: 11, font });
  });
  return Buffer.from(await pdf.save());
}

const learners = [
  'Ahmad Fauzi',
  'Siti Nurhaliza',
  'Rina Marlina',
  'Dewi Lestari',
  'Nur Aisyah',
  'Fitriani',
  'Rahmawati',
  'Lina Susanti',
  'Yuliana',
  'Sri Wahyuni',
  'Mariana',
  'Hj. Normila',
  'Rusdiana',
  'Wulan Sari',
  'Ani Rahmah',
  'Megawati',
  'Noor Hayati',
  'Salmah',
  'Jumiati',
  'Halimah',
];

interface DemoActivity {
  /** Index of the plan item (0 training, 1 looms, 2 placement), or null for an unplanned one. */
  item: number | null;
  body: Omit<CreateActivityRequest, 'workPlanItemId'>;
  evidence: { kind: EvidenceKind; caption: string; bytes: () => Promise<Buffer>; name: string }[];
}

const story: DemoActivity[] = [
  {
    item: 0,
    body: {
      title: 'Pembukaan dan orientasi pelatihan merajut tas',
      status: 'done',
      startedOn: '2026-03-23',
      endedOn: '2026-03-23',
      actualQuantity: 20,
      outputs: 'Kontrak belajar ditandatangani 20 peserta didik',
      institutionSpentRupiah: 1_250_000,
    },
    evidence: [
      { kind: 'photo', caption: 'Pembukaan di aula LKP', bytes: () => demoPhoto(140), name: 'pembukaan.jpg' },
      {
        kind: 'attendance',
        caption: 'Daftar hadir pembukaan',
        bytes: () => demoAttendance('Pembukaan pelatihan merajut tas', '23 Maret 2026', learners),
        name: 'daftar-hadir-pembukaan.pdf',
      },
    ],
  },
  {
    item: 0,
    body: {
      title: 'Pelatihan teknik dasar rajut tusuk tunggal dan ganda',
      status: 'done',
      startedOn: '2026-03-24',
      endedOn: '2026-04-30',
      actualQuantity: 19,
      outputs: '19 peserta lulus uji teknik dasar; 1 peserta mengundurkan diri karena pindah domisili',
      institutionSpentRupiah: 9_800_000,
      partnerSpentRupiah: 2_500_000,
    },
    evidence: [
      { kind: 'photo', caption: 'Praktik tusuk ganda', bytes: () => demoPhoto(110), name: 'praktik.jpg' },
    ],
  },
  {
    item: 0,
    body: {
      title: 'Praktik membuat tas rajut sesuai pesanan bengkel',
      status: 'done',
      startedOn: '2026-05-04',
      endedOn: '2026-06-30',
      actualQuantity: 18,
      outputs: '54 tas rajut selesai, 40 di antaranya lolos kontrol mutu bengkel',
      institutionSpentRupiah: 10_400_000,
      partnerSpentRupiah: 4_000_000,
    },
    evidence: [
      {
        kind: 'attendance',
        caption: 'Rekap daftar hadir Mei–Juni',
        bytes: () =>
          demoAttendance('Praktik tas rajut pesanan', '4 Mei – 30 Juni 2026', learners.slice(0, 18)),
        name: 'rekap-hadir-mei-juni.pdf',
      },
      { kind: 'photo', caption: 'Tas rajut hasil praktik', bytes: () => demoPhoto(170), name: 'hasil.jpg' },
    ],
  },
  {
    // Done without evidence: the monitoring rules flag it until the workshop sends its photos.
    item: 1,
    body: {
      title: 'Serah terima alat tenun dan mesin rajut dari bengkel',
      status: 'done',
      startedOn: '2026-03-20',
      endedOn: '2026-03-23',
      actualQuantity: 8,
      outputs: '8 alat tenun dipinjamkan; 2 lagi menunggu perbaikan',
      partnerSpentRupiah: 1_200_000,
    },
    evidence: [],
  },
  {
    item: 2,
    body: {
      title: 'Magang lulusan di bengkel rajut Banjarbaru',
      status: 'in_progress',
      startedOn: '2026-07-06',
      actualQuantity: 3,
      notes: 'Tiga lulusan sudah diterima bekerja; dua lainnya masih masa percobaan',
      institutionSpentRupiah: 2_400_000,
      partnerSpentRupiah: 3_600_000,
    },
    evidence: [
      { kind: 'photo', caption: 'Lulusan magang di bengkel', bytes: () => demoPhoto(90), name: 'magang.jpg' },
    ],
  },
  {
    item: null,
    body: {
      title: 'Pameran tas rajut peserta di Car Free Day Banjarbaru',
      status: 'done',
      carriedOutBy: 'both',
      startedOn: '2026-08-16',
      endedOn: '2026-08-16',
      outputs: '23 tas terjual; 4 pesanan baru untuk bengkel',
      institutionSpentRupiah: 750_000,
      partnerSpentRupiah: 500_000,
    },
    evidence: [{ kind: 'photo', caption: 'Stan pameran', bytes: () => demoPhoto(200), name: 'pameran.jpg' }],
  },
];

/**
 * The knitted-bag partnership's year of implementation (demo story): activities against its 2026
 * plan with actual figures, spending and evidence files, one pameran outside the plan, and one done
 * item without evidence so monitoring has something to find. Returns the number of activities.
 */
export async function createDemoActivities(
  deps: AppDeps,
  input: { institutionId: string; partnershipId: string; userId: string },
): Promise<number> {
  const user = await findUserRow(deps.db, input.institutionId, input.userId);
  if (!user) return 0;
  const principal: Principal = {
    userId: user.id,
    userName: user.name,
    email: user.email,
    role: user.role as Role,
    locale: 'id',
    institutionId: input.institutionId,
    supervisedRegionCodes: [],
    via: 'command',
    sessionId: null,
    csrfToken: null,
  };
  const items = currentPlanItems(await listPlanItemRows(deps.db, input.institutionId, input.partnershipId));
  let count = 0;
  for (const entry of story) {
    const item = entry.item === null ? null : items[entry.item];
    if (entry.item !== null && !item) continue;
    const activity = await createActivity(
      deps,
      principal,
      input.partnershipId,
      createActivityRequestSchema.parse({ ...entry.body, workPlanItemId: item?.id ?? null }),
      requestId,
    );
    for (const evidence of entry.evidence) {
      await addActivityEvidence(
        deps,
        principal,
        activity.id,
        {
          file: { filename: evidence.name, bytes: await evidence.bytes() },
          kind: evidence.kind,
          caption: evidence.caption,
        },
        requestId,
      );
    }
    count += 1;
  }
  return count;
}
