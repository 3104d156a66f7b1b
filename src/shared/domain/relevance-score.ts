/**
 * Step 3 (Menganalisis Informasi): how well a partner fits one of the institution's needs.
 * Named factors, each worth a fixed share of 100 points and each giving a reason the UI puts in
 * words. docs/domain/relevance.md is the same rule for a manager to read; ADR 0014 says why.
 */
import type { ExchangeItem, PartnerSize } from './partner-vocabulary';
import { stepStages, type PartnershipStage } from './partnership-stages';

export const needPriorities = ['high', 'medium', 'low'] as const;
export type NeedPriority = (typeof needPriorities)[number];

export interface RelevanceNeed {
  item: ExchangeItem;
  priority: NeedPriority;
  /** How many (places, people, units) are needed; null when the need has no count. */
  quantity: number | null;
}

/** Region codes from province down to village, as the partner or institution records them. */
export interface RelevancePlace {
  provinceCode: string | null;
  regencyCode: string | null;
  districtCode: string | null;
  villageCode: string | null;
  lat: number | null;
  lng: number | null;
}

export interface RelevancePartner {
  offers: readonly string[];
  size: PartnerSize | null;
  place: RelevancePlace;
  /** Interactions with the partner in the twelve months before the ranking. */
  recentInteractions: number;
  /** The stage of its newest partnership still open (not ended, not pursued); null when none. */
  openStage: PartnershipStage | null;
  /** Its partnerships that reached implementation (step 8) or later. */
  deliveredPartnerships: number;
}

/** The most each factor can give; they add up to 100. */
export const factorPoints = {
  offer_match: 40,
  priority: 15,
  capacity: 10,
  proximity: 15,
  relationship: 10,
  past_delivery: 10,
} as const;
export type RelevanceFactor = keyof typeof factorPoints;

export type ProximityLevel = 'village' | 'district' | 'regency' | 'province' | 'elsewhere' | 'unknown';

/** Params the UI needs to say the reason in words; `points` is what the factor gave. */
export type RelevanceReason =
  | { factor: 'offer_match'; points: number; item: ExchangeItem }
  | { factor: 'priority'; points: number; priority: NeedPriority }
  | {
      factor: 'capacity';
      points: number;
      size: PartnerSize | null;
      quantity: number | null;
      typicalCapacity: number | null;
    }
  | { factor: 'proximity'; points: number; level: ProximityLevel; distanceKm: number | null }
  | {
      factor: 'relationship';
      points: number;
      recentInteractions: number;
      openStage: PartnershipStage | null;
    }
  | { factor: 'past_delivery'; points: number; deliveredPartnerships: number };

export interface RelevanceScore {
  score: number;
  reasons: RelevanceReason[];
}

/** How many people or places a partner of each size can usually take at once (a rough guide). */
export const typicalCapacityBySize: Record<PartnerSize, number> = {
  micro: 2,
  small: 5,
  medium: 20,
  large: 100,
};

const priorityPoints: Record<NeedPriority, number> = { high: 15, medium: 10, low: 5 };

export function scorePriority(need: RelevanceNeed): RelevanceReason {
  return { factor: 'priority', points: priorityPoints[need.priority], priority: need.priority };
}

/** Full points when the usual capacity covers the quantity, half when it covers half. */
export function scoreCapacity(need: RelevanceNeed, partner: RelevancePartner): RelevanceReason {
  const typicalCapacity = partner.size ? typicalCapacityBySize[partner.size] : null;
  const base = { factor: 'capacity' as const, size: partner.size, quantity: need.quantity, typicalCapacity };
  if (need.quantity === null) return { ...base, points: 5 };
  if (typicalCapacity === null) return { ...base, points: 3 };
  if (typicalCapacity >= need.quantity) return { ...base, points: 10 };
  if (typicalCapacity * 2 >= need.quantity) return { ...base, points: 5 };
  return { ...base, points: 1 };
}

const levelPoints: Record<ProximityLevel, number> = {
  village: 15,
  district: 12,
  regency: 9,
  province: 5,
  elsewhere: 0,
  unknown: 0,
};

export function sharedRegionLevel(a: RelevancePlace, b: RelevancePlace): ProximityLevel {
  const same = (x: string | null, y: string | null) => x !== null && y !== null && x === y;
  if (same(a.villageCode, b.villageCode)) return 'village';
  if (same(a.districtCode, b.districtCode)) return 'district';
  if (same(a.regencyCode, b.regencyCode)) return 'regency';
  if (same(a.provinceCode, b.provinceCode)) return 'province';
  if (a.provinceCode === null || b.provinceCode === null) return 'unknown';
  return 'elsewhere';
}

/** Great-circle distance in kilometres (haversine, mean Earth radius). */
export function distanceKm(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const dLat = rad(b.lat - a.lat);
  const dLng = rad(b.lng - a.lng);
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(dLng / 2) ** 2;
  return 2 * 6371 * Math.asin(Math.min(1, Math.sqrt(h)));
}

function distancePoints(km: number): number {
  if (km <= 5) return 15;
  if (km <= 15) return 12;
  if (km <= 40) return 9;
  if (km <= 150) return 5;
  return 0;
}

/** The better of shared region and distance (distance only when both places have coordinates). */
export function scoreProximity(institution: RelevancePlace, partner: RelevancePartner): RelevanceReason {
  const level = sharedRegionLevel(institution, partner.place);
  const { lat, lng } = partner.place;
  const km =
    institution.lat !== null && institution.lng !== null && lat !== null && lng !== null
      ? Math.round(distanceKm({ lat: institution.lat, lng: institution.lng }, { lat, lng }) * 10) / 10
      : null;
  const points = Math.max(levelPoints[level], km === null ? 0 : distancePoints(km));
  return { factor: 'proximity', points, level, distanceKm: km };
}

/** Two points a recent interaction (at most six), and up to four for how far an open partnership got. */
export function scoreRelationship(partner: RelevancePartner): RelevanceReason {
  const contact = Math.min(6, partner.recentInteractions * 2);
  const stageIndex = partner.openStage
    ? stepStages.indexOf(partner.openStage as (typeof stepStages)[number])
    : -1;
  const stage = stageIndex < 0 ? 0 : Math.min(4, 2 + stageIndex);
  return {
    factor: 'relationship',
    points: Math.min(factorPoints.relationship, contact + stage),
    recentInteractions: partner.recentInteractions,
    openStage: partner.openStage,
  };
}

export function scorePastDelivery(partner: RelevancePartner): RelevanceReason {
  const delivered = partner.deliveredPartnerships;
  const points = delivered >= 2 ? 10 : delivered === 1 ? 7 : 0;
  return { factor: 'past_delivery', points, deliveredPartnerships: delivered };
}

/**
 * A partner that does not offer the needed item is no candidate (null); any other gets the offer's
 * 40 points plus the other factors, 0–100 in all.
 */
export function scoreRelevance(
  need: RelevanceNeed,
  partner: RelevancePartner,
  institution: RelevancePlace,
): RelevanceScore | null {
  if (!partner.offers.includes(need.item)) return null;
  const reasons: RelevanceReason[] = [
    { factor: 'offer_match', points: factorPoints.offer_match, item: need.item },
    scorePriority(need),
    scoreCapacity(need, partner),
    scoreProximity(institution, partner),
    scoreRelationship(partner),
    scorePastDelivery(partner),
  ];
  const score = Math.min(
    100,
    reasons.reduce((sum, reason) => sum + reason.points, 0),
  );
  return { score, reasons };
}

// One collator: `localeCompare` with a locale builds one per call, which dominates sorting thousands.
const byName = new Intl.Collator('id');

/** Highest score first; ties by name so the order is stable from one look to the next. */
export function compareRanked<T extends { score: number; name: string }>(a: T, b: T): number {
  return b.score - a.score || byName.compare(a.name, b.name);
}

/** A Kemendagri code ("63.72.01.1001") read as the place it names and the places above it. */
export function placeFromRegionCode(code: string | null): RelevancePlace {
  const parts = code ? code.split('.') : [];
  const upTo = (n: number) => (parts.length >= n ? parts.slice(0, n).join('.') : null);
  return {
    provinceCode: upTo(1),
    regencyCode: upTo(2),
    districtCode: upTo(3),
    villageCode: upTo(4),
    lat: null,
    lng: null,
  };
}
