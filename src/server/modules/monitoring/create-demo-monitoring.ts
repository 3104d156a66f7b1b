import {
  createMonitoringVisitRequestSchema,
  createProblemRequestSchema,
} from '../../../shared/contracts/monitoring';
import type { AppDeps } from '../../platform/app-deps';
import { createMonitoringVisit } from './create-monitoring-visit';
import { createProblem } from './create-problem';
import { findUserNameOf } from './monitoring.repository';

const requestId = 'demo';

/**
 * The knitted-bag partnership's monitoring from the demo story: yarn ran short and was solved with
 * the workshop's stock, and the facilitator's visit to the workshop recorded as a berita acara.
 */
export async function createDemoMonitoring(
  deps: AppDeps,
  ids: { institutionId: string; partnershipId: string; userId: string },
): Promise<{ problemId: string; visitId: string }> {
  const actor = {
    institutionId: ids.institutionId,
    userId: ids.userId,
    userName: (await findUserNameOf(deps.db, ids.institutionId, ids.userId)) ?? 'Jalin',
  };
  const problem = await createProblem(
    deps,
    actor,
    ids.partnershipId,
    createProblemRequestSchema.parse({
      problem: 'Benang rajut untuk praktik habis di pekan ketiga pelatihan',
      cause: 'Pemasok benang di Banjarbaru terlambat mengirim pesanan',
      solution: 'Bengkel meminjamkan stok benangnya; lembaga menggantinya saat pesanan tiba',
      ownerName: 'Ibu Siti Rahmah',
      status: 'solved',
    }),
    requestId,
  );
  const visit = await createMonitoringVisit(
    deps,
    actor,
    ids.partnershipId,
    createMonitoringVisitRequestSchema.parse({
      visitedOn: deps.clock.now().toISOString().slice(0, 10),
      place: 'Bengkel rajut mitra, Banjarbaru',
      visitors: [`${actor.userName}, Fasilitator kemitraan`],
      partnerAttendees: ['Pemilik bengkel rajut, Pimpinan bengkel'],
      findings:
        'Pelatihan berjalan sesuai jadwal.\nDelapan belas peserta didik hadir penuh dan sudah menyelesaikan tas pertama.',
      recommendations: 'Tambah satu sesi praktik finishing sebelum uji kompetensi.',
    }),
    requestId,
  );
  return { problemId: problem.id, visitId: visit.id };
}
