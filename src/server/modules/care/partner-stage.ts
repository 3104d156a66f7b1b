import { mostAdvancedOpenStage } from '../../../shared/domain/most-advanced-stage';
import type { PartnershipStage } from '../../../shared/domain/partnership-stages';

/**
 * The stage that sets a partner's cadence: its most advanced open partnership; with only closed
 * ones, ended (or not pursued); with none, null (a mapped prospect).
 */
export function partnerCadenceStage(stages: readonly string[]): PartnershipStage | null {
  const open = mostAdvancedOpenStage(stages);
  if (open) return open;
  if (stages.includes('ended')) return 'ended';
  if (stages.includes('not_pursued')) return 'not_pursued';
  return null;
}
