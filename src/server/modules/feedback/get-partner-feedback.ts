import type { PartnerFeedback } from '../../../shared/contracts/feedback';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { AppError } from '../../platform/http/app-error';
import {
  findLatestAnswer,
  findPartnerRef,
  listAnsweredSince,
  listFeedbackRequestRows,
} from './feedback.repository';
import { toFeedbackRequest } from './feedback-mappers';

const recentRequests = 50;
const yearMs = 365 * 24 * 3_600_000;

/** What the partner page shows: the latest score, the year's average, and the requests themselves. */
export async function getPartnerFeedback(
  deps: AppDeps,
  principal: Principal,
  partnerId: string,
): Promise<PartnerFeedback> {
  const institutionId = principal.institutionId;
  if (!(await findPartnerRef(deps.db, institutionId, partnerId))) throw new AppError('PARTNER_NOT_FOUND');
  const now = deps.clock.now();
  const since = new Date(now.getTime() - yearMs).toISOString();
  const [latest, year, rows] = await Promise.all([
    findLatestAnswer(deps.db, institutionId, partnerId),
    listAnsweredSince(deps.db, institutionId, partnerId, since),
    listFeedbackRequestRows(
      deps.db,
      { institutionId, partnerId, now: now.toISOString() },
      { before: null, limit: recentRequests },
    ),
  ]);
  const scores = year.flatMap((answer) => (answer.satisfaction === null ? [] : [answer.satisfaction]));
  return {
    latestSatisfaction: latest?.satisfaction ?? null,
    latestAnsweredAt: latest?.answered_at ?? null,
    averageSatisfaction:
      scores.length === 0 ? null : Math.round((scores.reduce((a, b) => a + b, 0) / scores.length) * 10) / 10,
    answeredCount: scores.length,
    requests: rows.slice(0, recentRequests).map((row) => toFeedbackRequest(row, now)),
  };
}
