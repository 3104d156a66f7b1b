import { createNeedRequestSchema, decideRequestSchema } from '../../../shared/contracts/needs';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { createNeed } from './create-need';
import { decideOnPartner } from './decide-on-partner';

const requestId = 'demo';

/**
 * The institution's needs of the demo story (step 3) and a few decisions already taken on the
 * ranked partners, so the ranking page shows both open candidates and recorded choices.
 * `partners` are the demo partners in their seeded order.
 */
export async function createDemoNeeds(
  deps: AppDeps,
  manager: Principal,
  partners: { id: string }[],
): Promise<number> {
  const internships = await createNeed(
    deps,
    manager,
    createNeedRequestSchema.parse({
      title: 'Tempat magang 10 peserta PKW Tas Rajut',
      item: 'internship_places',
      priority: 'high',
      quantity: 10,
      periodStart: '2026-07-01',
      periodEnd: '2026-12-31',
      programme: 'PKW',
      notes: 'Magang dua bulan setelah pelatihan dasar, dekat tempat tinggal peserta.',
    }),
    requestId,
  );
  await createNeed(
    deps,
    manager,
    createNeedRequestSchema.parse({
      title: 'Instruktur tamu motif dan desain tas',
      item: 'guest_instructors',
      priority: 'medium',
      quantity: 2,
      programme: 'PKW',
    }),
    requestId,
  );
  await createNeed(
    deps,
    manager,
    createNeedRequestSchema.parse({
      title: 'Akses pasar untuk produk lulusan',
      item: 'market_access',
      priority: 'high',
      notes: 'Toko atau galeri yang mau menerima titip jual tas rajut lulusan.',
    }),
    requestId,
  );

  const [rajut, anyaman] = partners;
  if (rajut) {
    await decideOnPartner(
      deps,
      manager,
      internships.id,
      decideRequestSchema.parse({ partnerId: rajut.id, decision: 'pursue' }),
      requestId,
    );
  }
  if (anyaman) {
    await decideOnPartner(
      deps,
      manager,
      internships.id,
      decideRequestSchema.parse({
        partnerId: anyaman.id,
        decision: 'not_now',
        reason: 'Sanggar baru bisa menerima peserta setelah musim pesanan Lebaran.',
      }),
      requestId,
    );
  }
  return 3;
}
