import type { z } from 'zod';
import type { partnerPartRequestSchema, PublicEvaluation } from '../../../shared/contracts/evaluations';
import type { AppDeps } from '../../platform/app-deps';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { consumePublicLink } from '../../platform/links/public-links';
import { updateEvaluationRow } from './evaluations.repository';
import { getEvaluationRow } from './get-evaluation';
import { openPartnerLink, toPublicEvaluation } from './read-public-evaluation';

export interface PartnerOrigin {
  ipAddress: string | null;
  userAgent: string | null;
  requestId: string;
}

/**
 * The partner's part of the evaluation, given once through its link: the answer and the spent link
 * are written together, so a second submission through the same link changes nothing (410).
 */
export async function recordPartnerPart(
  deps: AppDeps,
  evaluationId: string,
  token: string,
  input: z.output<typeof partnerPartRequestSchema>,
  origin: PartnerOrigin,
): Promise<PublicEvaluation> {
  const now = deps.clock.now();
  const stamp = now.toISOString();
  const link = await openPartnerLink(deps.db, evaluationId, token, now);
  const institutionId = link.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await getEvaluationRow(trx, institutionId, evaluationId);
    await consumePublicLink(trx, link, stamp);
    const changed = await updateEvaluationRow(trx, institutionId, evaluationId, row.version, {
      partner_respondent_name: input.respondentName,
      partner_respondent_position: input.respondentPosition,
      partner_satisfaction: input.satisfaction,
      partner_goals_summary: input.goalsSummary,
      partner_obstacles: input.obstacles ?? null,
      partner_recommendations: input.recommendations ?? null,
      partner_submitted_at: stamp,
      partner_public_link_id: link.id,
      partner_ip_address: origin.ipAddress,
      partner_user_agent: origin.userAgent,
      updated_at: stamp,
    });
    if (!changed) throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    const after = await getEvaluationRow(trx, institutionId, evaluationId);
    await writeAudit(
      trx,
      deps,
      { principal: null, requestId: origin.requestId },
      {
        institutionId,
        action: 'evaluation.partner_part_recorded',
        entityType: 'evaluation',
        entityId: evaluationId,
        before: { partnerSubmittedAt: row.partner_submitted_at, version: row.version },
        after: {
          version: after.version,
          respondent: { name: input.respondentName, position: input.respondentPosition },
          satisfaction: input.satisfaction,
          goalsSummary: input.goalsSummary,
          obstacles: input.obstacles ?? null,
          recommendations: input.recommendations ?? null,
          linkId: link.id,
          ipAddress: origin.ipAddress,
          userAgent: origin.userAgent,
        },
      },
    );
    return toPublicEvaluation(trx, after, link);
  });
}
