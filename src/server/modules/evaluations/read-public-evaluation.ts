import type { PublicEvaluation } from '../../../shared/contracts/evaluations';
import type { Db } from '../../db/database';
import { openPublicLink, type PublicLink } from '../../platform/links/public-links';
import { findInstitutionTimeZone } from '../institutions/index';
import { findInstitutionName, type EvaluationRow } from './evaluations.repository';
import { checkPartnership, evaluationItemsOf, getEvaluationRow } from './get-evaluation';
import { evaluationPartnerPurpose } from './issue-partner-link';

/** The link behind the token, when it opens this evaluation; otherwise LINK_NOT_FOUND, _EXPIRED, _USED, _REVOKED. */
export function openPartnerLink(db: Db, evaluationId: string, token: string, now: Date): Promise<PublicLink> {
  return openPublicLink(db, {
    token,
    purpose: evaluationPartnerPurpose,
    subjectId: evaluationId,
    now: now.toISOString(),
  });
}

/** Who asks, for which partnership, what was planned and what was done; nothing else. */
export async function toPublicEvaluation(
  db: Db,
  row: EvaluationRow,
  link: PublicLink,
): Promise<PublicEvaluation> {
  const partnership = await checkPartnership(db, row.institution_id, row.partnership_id);
  const items = await evaluationItemsOf(db, row);
  return {
    id: row.id,
    institutionName: await findInstitutionName(db, row.institution_id),
    partnershipName: partnership.name,
    cycleYear: row.cycle_year,
    items: items.map((item) => ({
      activity: item.activity,
      planned: item.planned,
      actualQuantity: item.actual.quantity,
      outcome: item.outcome,
    })),
    linkExpiresAt: link.expiresAt,
    submittedAt: row.partner_submitted_at,
    timeZone: await findInstitutionTimeZone(db, row.institution_id),
  };
}

export async function readPublicEvaluation(
  db: Db,
  evaluationId: string,
  token: string,
  now: Date,
): Promise<PublicEvaluation> {
  const link = await openPartnerLink(db, evaluationId, token, now);
  return toPublicEvaluation(db, await getEvaluationRow(db, link.institutionId, evaluationId), link);
}
