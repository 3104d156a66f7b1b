import { stepStages, type PartnershipStage } from './partnership-stages';

/** The furthest step among a partner's partnerships that are still open (ended ones do not count). */
export function mostAdvancedOpenStage(stages: readonly string[]): PartnershipStage | null {
  let best = -1;
  for (const stage of stages) best = Math.max(best, (stepStages as readonly string[]).indexOf(stage));
  return best < 0 ? null : stepStages[best]!;
}
