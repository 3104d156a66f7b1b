import { createPartnershipRequestSchema } from '../../shared/contracts/partnerships';
import type { AppDeps } from '../platform/app-deps';
import { createDemoDistrict, findPrincipalByEmail } from '../modules/institutions/index';
import { createPartnershipWithin } from '../modules/engagement/index';
import { createDemoDistrictPartners } from '../modules/partners/index';
import { refreshStaleRollups } from '../modules/reports/index';

/**
 * The district around the demo: two more institutions with partners (one outside Kalimantan
 * Selatan), the provincial office with its supervisor, every institution on the map; then the
 * roll-ups made current so the supervisor's first look already has figures.
 */
export async function fillDemoDistrict(
  deps: AppDeps,
  mainInstitutionId: string | null,
): Promise<{ email: string; role: string; password: string }> {
  const result = await createDemoDistrict(deps, mainInstitutionId);
  for (const institution of result.institutions) {
    const manager = await findPrincipalByEmail(deps.db, institution.managerEmail);
    if (!manager) continue;
    const partners = await createDemoDistrictPartners(deps, manager, institution.key);
    const [gallery, boutique, cooperative] = partners;
    if (institution.key === 'banjarmasin' && gallery && boutique && cooperative) {
      await deps.db.transaction().execute(async (trx) => {
        await createPartnershipWithin(
          trx,
          deps,
          manager,
          createPartnershipRequestSchema.parse({
            name: 'PKW Desain Sasirangan 2026',
            pattern: 'operational_cooperation',
            partnerIds: [gallery.id, boutique.id],
            enteredAt: {
              stage: 'implementation',
              reason: 'Kerja sama sudah berjalan sejak 2025, sebelum lembaga memakai Jalin.',
            },
          }),
          'demo',
        );
        await createPartnershipWithin(
          trx,
          deps,
          manager,
          createPartnershipRequestSchema.parse({
            name: 'Magang Pewarnaan Kain 2026',
            partnerIds: [cooperative.id],
          }),
          'demo',
        );
      });
    }
  }
  if (result.created) {
    console.log(
      '  wilayah: LKP Sasirangan Banjarmasin (10 mitra, 2 kemitraan), LKP Batik Surabaya (4 mitra), ' +
        'Dinas Pendidikan Provinsi Kalimantan Selatan dengan penilik wilayah 63',
    );
  }
  await refreshStaleRollups(deps);
  return result.supervisor;
}
