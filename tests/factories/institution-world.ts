import type { TestApp } from '../setup/test-app';
import type { RouteFixtures } from '../setup/route-cases';
import { uploadAttachmentVia } from './attachments';
import { createInteractionVia, createPartnershipVia } from './engagement';
import { importAndWait } from './imports';
import { createMeetingVia } from './meetings';
import { createNeedVia, decideVia } from './needs';
import { createWorkPlanVia, issueReviewLinkVia } from './work-plans';
import { signingAgreementFixture } from './signatures';
import { createAgreementVia, issueAgreementReviewLinkVia } from './agreements';
import { createActivityVia, issueEvidenceLinkVia, uploadEvidenceVia } from './activities';
import { createEvaluationVia, issueEvaluationPartnerLinkVia } from './evaluations';
import { createProblemVia, createVisitVia } from './monitoring';
import { createOccasionFixtures } from './occasions';
import { createNotificationFixture } from './care-reminders';
import { createValueRecordVia, requestFeedbackVia } from './feedback';
import { createMessageFixtures } from './messages';
import { createContactVia, createPartnerVia } from './partners';
import { csv } from './spreadsheets';
import { createInstitutionFixture, createUserFixture, logInAs, type Session } from './people';

export interface InstitutionWorld {
  fixtures: RouteFixtures;
  admin: Session;
  adminEmail: string;
}

/**
 * An institution with one of each addressable record: an admin, a facilitator, an API token, a
 * partner, a category, an import job, a partnership and an interaction.
 */
export async function createInstitutionWorld(t: TestApp, regionCode = '63.72'): Promise<InstitutionWorld> {
  const { institutionId, adminEmail } = await createInstitutionFixture(t, { regionCode });
  const admin = await logInAs(t, adminEmail);
  const facilitator = await createUserFixture(t, institutionId, 'facilitator');
  const token = await admin.request('POST', '/api/v1/api-tokens', { name: 'Integrasi dinas' });
  if (token.statusCode !== 201) throw new Error(token.body);
  const partner = await createPartnerVia(admin);
  const contact = await createContactVia(admin, partner.id);
  // A unique name: codes are per institution, so another world's equal code would not be foreign.
  const category = await admin.request('POST', '/api/v1/partner-categories', {
    name: `Sanggar ${Math.random().toString(36).slice(2, 10)}`,
  });
  if (category.statusCode !== 201) throw new Error(category.body);
  const pattern = await admin.request('POST', '/api/v1/partnership-patterns', {
    name: `Pola ${Math.random().toString(36).slice(2, 10)}`,
  });
  if (pattern.statusCode !== 201) throw new Error(pattern.body);
  const job = await importAndWait(t, admin, {
    bytes: csv([
      ['Nama Mitra', 'Kab/Kota'],
      ['Sanggar Tari Impor', 'Kota Banjarbaru'],
    ]),
    filename: 'mitra.csv',
  });
  const partnership = await createPartnershipVia(admin, [partner.id]);
  const need = await createNeedVia(admin);
  await decideVia(admin, need.id, {
    partnerId: partner.id,
    decision: 'not_now',
    reason: 'Belum musim magang',
  });
  const interaction = await createInteractionVia(admin, [partner.id]);
  const attachment = await uploadAttachmentVia(admin, interaction.id);
  const meeting = await createMeetingVia(admin, partnership.id, -24);
  const workPlan = await createWorkPlanVia(admin, partnership.id);
  const reviewLink = await issueReviewLinkVia(admin, workPlan.id);
  const signing = await signingAgreementFixture(admin, partnership.id, partner.id);
  const agreement = await createAgreementVia(admin, { partnershipId: partnership.id, partnerId: partner.id });
  const comment = await admin.request('POST', `/api/v1/agreements/${agreement.id}/comments`, {
    body: 'Pasal pembiayaan mohon diperiksa',
  });
  if (comment.statusCode !== 201) throw new Error(comment.body);
  const agreementReview = await issueAgreementReviewLinkVia(admin, agreement.id);
  const activity = await createActivityVia(admin, partnership.id, { workPlanItemId: workPlan.items[0]!.id });
  const activityEvidence = await uploadEvidenceVia(admin, activity.id);
  const evidenceLink = await issueEvidenceLinkVia(admin, partnership.id);
  const problem = await createProblemVia(admin, partnership.id);
  const monitoringVisit = await createVisitVia(admin, partnership.id);
  const evaluation = await createEvaluationVia(admin, partnership.id, 2026);
  const evaluationLink = await issueEvaluationPartnerLinkVia(admin, evaluation.id);
  const occasionFixtures = await createOccasionFixtures(admin, partner.id, t.clock.now());
  const notificationId = await createNotificationFixture(t, {
    institutionId,
    userId: admin.userId,
    partnerId: partner.id,
  });
  const feedback = await requestFeedbackVia(admin, partner.id, contact.id);
  const valueRecord = await createValueRecordVia(admin, partner.id);
  const messageFixtures = await createMessageFixtures(admin, partner.id, contact.id);
  return {
    admin,
    adminEmail,
    fixtures: {
      institutionId,
      userId: facilitator.userId,
      apiTokenId: token.json<{ apiToken: { id: string } }>().apiToken.id,
      partnerId: partner.id,
      contactId: contact.id,
      categoryCode: category.json<{ code: string }>().code,
      patternCode: pattern.json<{ code: string }>().code,
      jobId: job.id,
      partnershipId: partnership.id,
      interactionId: interaction.id,
      needId: need.id,
      attachmentId: attachment.id,
      meetingId: meeting.id,
      workPlanId: workPlan.id,
      workPlanReviewToken: reviewLink.token,
      signingAgreementId: signing.agreementId,
      signatureId: signing.signatureId,
      agreementSigningToken: signing.token,
      agreementId: agreement.id,
      agreementCommentId: comment.json<{ id: string }>().id,
      agreementReviewToken: agreementReview.token,
      workPlanItemId: workPlan.items[0]!.id,
      activityId: activity.id,
      activityEvidenceId: activityEvidence.id,
      activityEvidenceToken: evidenceLink.token,
      problemId: problem.id,
      monitoringVisitId: monitoringVisit.id,
      evaluationId: evaluation.id,
      evaluationPartnerToken: evaluationLink.token,
      ...occasionFixtures,
      notificationId,
      ...messageFixtures,
      feedbackRequestId: feedback.request.id,
      feedbackToken: feedback.token,
      valueRecordId: valueRecord.id,
    },
  };
}
