import { fill } from '../../../shared/i18n/catalog';
import type { AppDeps } from '../../platform/app-deps';
import { AppError } from '../../platform/http/app-error';
import { findDocumentLocale } from '../institutions/index';
import { buildEvidencePack, type EvidencePack } from './build-evidence-pack';
import { findPartnership, listPartnershipsOfProgramme } from './evidence-pack.repository';
import { asciiSlug } from './pack-names';
import { packWords } from './pack-words';

type Deps = Pick<AppDeps, 'db' | 'files' | 'clock'>;

/** One partnership's evidence pack, in the institution's document language. */
export async function getPartnershipEvidencePack(
  deps: Deps,
  institutionId: string,
  partnershipId: string,
): Promise<EvidencePack> {
  const partnership = await findPartnership(deps.db, institutionId, partnershipId);
  if (!partnership) throw new AppError('PARTNERSHIP_NOT_FOUND');
  const locale = await findDocumentLocale(deps.db, institutionId);
  const words = packWords[locale];
  return buildEvidencePack(deps, institutionId, [partnership], {
    heading: partnership.programme
      ? fill(words.headings.partnershipOfProgramme, {
          name: partnership.name,
          programme: partnership.programme,
        })
      : fill(words.headings.partnership, { name: partnership.name }),
    filename: fill(words.files.zip, { slug: asciiSlug(partnership.name, locale) }),
    prefixed: false,
    locale,
  });
}

/** Every partnership of a programme in one pack, each in its own folder, in the document language. */
export async function getProgrammeEvidencePack(
  deps: Deps,
  institutionId: string,
  programme: string,
): Promise<EvidencePack> {
  const partnerships = await listPartnershipsOfProgramme(deps.db, institutionId, programme);
  if (partnerships.length === 0) throw new AppError('PROGRAMME_NOT_FOUND');
  const name = partnerships[0]!.programme ?? programme;
  const locale = await findDocumentLocale(deps.db, institutionId);
  const words = packWords[locale];
  const count = partnerships.length;
  return buildEvidencePack(deps, institutionId, partnerships, {
    heading: fill(count === 1 ? words.headings.programmeOne : words.headings.programmeMany, { name, count }),
    filename: fill(words.files.programmeZip, { slug: asciiSlug(name, locale) }),
    prefixed: true,
    locale,
  });
}
