import {
  builtInPatterns,
  partnershipStages,
  type PartnershipPattern,
  type PartnershipStage,
} from '../../../shared/domain/partnership-stages';

export interface PartnershipSearch {
  stage?: PartnershipStage;
  pattern?: PartnershipPattern;
  facilitatorUserId?: string;
  /** The table instead of the board, over the same filters. */
  view?: 'list';
}

/** Kemitraan: filters and the board or list view live in the URL so a view can be shared. */
export function parsePartnershipSearch(search: Record<string, unknown>): PartnershipSearch {
  const facilitator = typeof search.facilitatorUserId === 'string' ? search.facilitatorUserId.trim() : '';
  return {
    stage: partnershipStages.find((stage) => stage === search.stage),
    pattern: builtInPatterns.find((pattern) => pattern === search.pattern),
    facilitatorUserId: facilitator !== '' && facilitator.length <= 60 ? facilitator : undefined,
    view: search.view === 'list' ? 'list' : undefined,
  };
}
