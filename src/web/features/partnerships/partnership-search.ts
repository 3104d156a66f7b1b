import {
  builtInPatterns,
  customPatternCodePattern,
  partnershipStages,
  stepStages,
  type PartnershipStage,
} from '../../../shared/domain/partnership-stages';
import { regionCodePattern } from '../../../shared/domain/region-code';

export interface PartnershipSearch {
  stage?: PartnershipStage;
  /** A built-in pattern or the institution's own `custom:<slug>`. */
  pattern?: string;
  facilitatorUserId?: string;
  /** One of its partners has this category (built-in or `custom:<slug>`). */
  category?: string;
  /** One of its partners lies in this region (any level). */
  regionCode?: string;
  programme?: string;
  /** Its history reached this step or a later one (a dashboard funnel bar links here). */
  reachedStage?: PartnershipStage;
  /** The table instead of the board, over the same filters. */
  view?: 'list';
}

const categoryCode = /^([a-z_]{2,40}|custom:[a-z0-9-]{2,40})$/;

function readProgramme(value: unknown): string | undefined {
  const text = typeof value === 'string' ? value.trim() : '';
  return text !== '' && text.length <= 120 ? text : undefined;
}

/** Kemitraan: filters and the board or list view live in the URL so a view can be shared. */
export function parsePartnershipSearch(search: Record<string, unknown>): PartnershipSearch {
  const facilitator = typeof search.facilitatorUserId === 'string' ? search.facilitatorUserId.trim() : '';
  return {
    stage: partnershipStages.find((stage) => stage === search.stage),
    pattern:
      builtInPatterns.find((pattern) => pattern === search.pattern) ??
      (typeof search.pattern === 'string' && customPatternCodePattern.test(search.pattern)
        ? search.pattern
        : undefined),
    facilitatorUserId: facilitator !== '' && facilitator.length <= 60 ? facilitator : undefined,
    category:
      typeof search.category === 'string' && categoryCode.test(search.category) ? search.category : undefined,
    regionCode:
      typeof search.regionCode === 'string' && regionCodePattern.test(search.regionCode)
        ? search.regionCode
        : undefined,
    programme: readProgramme(search.programme),
    reachedStage: stepStages.find((stage) => stage === search.reachedStage),
    view: search.view === 'list' ? 'list' : undefined,
  };
}
