import type { RelevanceReasonView } from '../../../shared/contracts/needs';
import { fill, type Catalog } from '../../../shared/i18n/catalog';

/** One reason as a plain sentence in the user's language. */
export function relevanceReasonText(reason: RelevanceReasonView, t: Catalog): string {
  const r = t.relevanceReasons;
  switch (reason.factor) {
    case 'offer_match':
      return fill(r.offer_match, { item: t.partnerVocab.exchange[reason.item].toLowerCase() });
    case 'priority':
      return fill(r.priority, { priority: t.needPriorities[reason.priority].toLowerCase() });
    case 'capacity': {
      if (reason.quantity === null) return r.capacityNoQuantity;
      if (reason.size === null || reason.typicalCapacity === null) return r.capacityUnknownSize;
      const template =
        reason.typicalCapacity >= reason.quantity
          ? r.capacityEnough
          : reason.typicalCapacity * 2 >= reason.quantity
            ? r.capacityHalf
            : r.capacityShort;
      return fill(template, {
        size: t.partnerVocab.sizes[reason.size].toLowerCase(),
        capacity: reason.typicalCapacity,
        quantity: reason.quantity,
      });
    }
    case 'proximity': {
      const byLevel = {
        village: r.proximityVillage,
        district: r.proximityDistrict,
        regency: r.proximityRegency,
        province: r.proximityProvince,
        elsewhere: r.proximityElsewhere,
        unknown: r.proximityUnknown,
      } as const;
      const distance =
        reason.distanceKm === null ? '' : ` ${fill(r.proximityDistance, { km: reason.distanceKm })}`;
      return `${byLevel[reason.level]}${distance}`;
    }
    case 'relationship': {
      const contact =
        reason.recentInteractions === 0
          ? r.relationshipNone
          : fill(r.relationshipCount, { count: reason.recentInteractions });
      const stage = reason.openStage
        ? ` ${fill(r.relationshipStage, { stage: t.partnershipStages[reason.openStage] })}`
        : '';
      return `${contact}${stage}`;
    }
    case 'past_delivery':
      return reason.deliveredPartnerships === 0
        ? r.pastDeliveryNone
        : fill(r.pastDelivery, { count: reason.deliveredPartnerships });
  }
}
