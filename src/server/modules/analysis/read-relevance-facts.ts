import type { PartnerSize } from '../../../shared/domain/partner-vocabulary';
import type { PartnershipStage } from '../../../shared/domain/partnership-stages';
import {
  placeFromRegionCode,
  type RelevancePartner,
  type RelevancePlace,
} from '../../../shared/domain/relevance-score';
import type { Db } from '../../db/database';
import {
  countDeliveredPartnerships,
  countRecentInteractions,
  findInstitutionRegion,
  listCandidatePartners,
  listOpenPartnerships,
  type PartnerScope,
} from './relevance.repository';

export interface ScoredPartnerFacts {
  id: string;
  name: string;
  partner: Omit<RelevancePartner, 'offers'>;
  openPartnershipId: string | null;
}

const yearMs = 365 * 24 * 60 * 60 * 1000;

/**
 * What the score reads about the partners in scope: four queries whatever their number, each one
 * range of an institution index, so the work grows with the candidates and not with the registry.
 */
export async function readRelevanceFacts(
  db: Db,
  institutionId: string,
  scope: PartnerScope,
  now: Date,
): Promise<ScoredPartnerFacts[]> {
  const since = new Date(now.getTime() - yearMs).toISOString();
  const [partners, interactions, open, delivered] = await Promise.all([
    listCandidatePartners(db, institutionId, scope),
    countRecentInteractions(db, institutionId, scope, since),
    listOpenPartnerships(db, institutionId, scope),
    countDeliveredPartnerships(db, institutionId, scope),
  ]);
  const newestOpen = new Map<string, { id: string; stage: string }>();
  for (const row of open) if (!newestOpen.has(row.partner_id)) newestOpen.set(row.partner_id, row);
  return partners.map((row) => {
    const current = newestOpen.get(row.id);
    return {
      id: row.id,
      name: row.name,
      openPartnershipId: current?.id ?? null,
      partner: {
        size: row.size as PartnerSize | null,
        place: {
          provinceCode: row.province_code,
          regencyCode: row.regency_code,
          districtCode: row.district_code,
          villageCode: row.village_code,
          lat: row.lat === null ? null : Number(row.lat),
          lng: row.lng === null ? null : Number(row.lng),
        },
        recentInteractions: interactions.get(row.id) ?? 0,
        openStage: (current?.stage as PartnershipStage | undefined) ?? null,
        deliveredPartnerships: delivered.get(row.id) ?? 0,
      },
    };
  });
}

/**
 * The institution's place: its region code only, since institutions record no coordinates yet; the
 * score then compares regions and leaves distance out (docs/domain/relevance.md).
 */
export async function readInstitutionPlace(db: Db, institutionId: string): Promise<RelevancePlace> {
  const { region_code } = await findInstitutionRegion(db, institutionId);
  return placeFromRegionCode(region_code);
}
