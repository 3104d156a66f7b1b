import type { Partner } from '../contracts/partners';

/**
 * What a merge may fill on the kept partner from the duplicate: only empty fields, never a filled
 * one. Name, category and scope always stay the kept partner's. The server applies this plan and
 * the merge screen previews it, so both read the same rule.
 */
export const mergeFillFields = [
  'size',
  'sector',
  'description',
  'characteristics',
  'region',
  'address',
  'location',
  'website',
  'socialLinks',
  'source',
  'facilitator',
  'nib',
  'npwp',
  'kbliCode',
  'kbliVersion',
  'cooperativeLegalNumber',
] as const;
export type MergeFillField = (typeof mergeFillFields)[number];

export interface PartnerMergePlan {
  fill: MergeFillField[];
  movedContacts: number;
  addedTags: string[];
  addedNeeds: Partner['needs'];
  addedOffers: Partner['offers'];
}

const blank = (value: string | null) => value === null || value.trim() === '';

/** A deeper region of the same regency (a district, or a village of the same district) refines it. */
function refinesRegion(kept: Partner['region'], duplicate: Partner['region']): boolean {
  if (kept.regencyCode !== duplicate.regencyCode) return false;
  if (kept.districtCode === null) return duplicate.districtCode !== null;
  return (
    kept.districtCode === duplicate.districtCode &&
    kept.villageCode === null &&
    duplicate.villageCode !== null
  );
}

function canFill(field: MergeFillField, kept: Partner, duplicate: Partner): boolean {
  switch (field) {
    case 'region':
      return refinesRegion(kept.region, duplicate.region);
    case 'location':
      return kept.location === null && duplicate.location !== null;
    case 'socialLinks':
      return kept.socialLinks.length === 0 && duplicate.socialLinks.length > 0;
    case 'facilitator':
      return kept.facilitatorUserId === null && duplicate.facilitatorUserId !== null;
    case 'size':
      return kept.size === null && duplicate.size !== null;
    case 'nib':
    case 'npwp':
    case 'kbliCode':
    case 'kbliVersion':
    case 'cooperativeLegalNumber':
      return blank(kept.identifiers[field]) && !blank(duplicate.identifiers[field]);
    default:
      return blank(kept[field]) && !blank(duplicate[field]);
  }
}

function added<T extends string>(kept: readonly T[], duplicate: readonly T[]): T[] {
  return duplicate.filter((item) => !kept.includes(item));
}

export function planPartnerMerge(kept: Partner, duplicate: Partner): PartnerMergePlan {
  return {
    fill: mergeFillFields.filter((field) => canFill(field, kept, duplicate)),
    movedContacts: duplicate.contacts.length,
    addedTags: added(kept.tags, duplicate.tags),
    addedNeeds: added(kept.needs, duplicate.needs),
    addedOffers: added(kept.offers, duplicate.offers),
  };
}
