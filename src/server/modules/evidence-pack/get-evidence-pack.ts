import type { AppDeps } from '../../platform/app-deps';
import { AppError } from '../../platform/http/app-error';
import { buildEvidencePack, type EvidencePack } from './build-evidence-pack';
import { findPartnership, listPartnershipsOfProgramme } from './evidence-pack.repository';
import { asciiSlug } from './pack-names';

type Deps = Pick<AppDeps, 'db' | 'files' | 'clock'>;

/** One partnership's evidence pack. */
export async function getPartnershipEvidencePack(
  deps: Deps,
  institutionId: string,
  partnershipId: string,
): Promise<EvidencePack> {
  const partnership = await findPartnership(deps.db, institutionId, partnershipId);
  if (!partnership) throw new AppError('PARTNERSHIP_NOT_FOUND');
  return buildEvidencePack(deps, institutionId, [partnership], {
    heading: `Kemitraan ${partnership.name}${partnership.programme ? ` – program ${partnership.programme}` : ''}`,
    filename: `paket-bukti-${asciiSlug(partnership.name)}.zip`,
    prefixed: false,
  });
}

/** Every partnership of a programme in one pack, each in its own folder. */
export async function getProgrammeEvidencePack(
  deps: Deps,
  institutionId: string,
  programme: string,
): Promise<EvidencePack> {
  const partnerships = await listPartnershipsOfProgramme(deps.db, institutionId, programme);
  if (partnerships.length === 0) throw new AppError('PROGRAMME_NOT_FOUND');
  const name = partnerships[0]!.programme ?? programme;
  return buildEvidencePack(deps, institutionId, partnerships, {
    heading: `Program ${name} (${partnerships.length} kemitraan)`,
    filename: `paket-bukti-program-${asciiSlug(name)}.zip`,
    prefixed: true,
  });
}
