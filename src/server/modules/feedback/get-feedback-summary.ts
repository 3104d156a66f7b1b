import type { FeedbackSummary } from '../../../shared/contracts/feedback';
import { startOfLocalDayUtc } from '../../../shared/domain/institution-kinds';
import { addDays, localDateOf } from '../../../shared/domain/local-date';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { findInstitutionTimeZone } from '../institutions/index';
import { listRequestsMadeBetween } from './feedback.repository';
import { feedbackFigures } from './feedback-figures';

/** The institution's figures over requests made from `from` to `to` (its days; default the last 12 months). */
export async function getFeedbackSummary(
  deps: AppDeps,
  principal: Principal,
  query: { from?: string | undefined; to?: string | undefined },
): Promise<FeedbackSummary> {
  const zone = await findInstitutionTimeZone(deps.db, principal.institutionId);
  const to = query.to ?? localDateOf(deps.clock.now(), zone);
  const from = query.from ?? addDays(to, -364);
  const rows = await listRequestsMadeBetween(
    deps.db,
    principal.institutionId,
    startOfLocalDayUtc(from, zone),
    startOfLocalDayUtc(addDays(to, 1), zone),
  );
  return { from, to, ...feedbackFigures(rows) };
}
