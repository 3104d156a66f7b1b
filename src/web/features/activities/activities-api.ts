import { queryOptions, type QueryClient } from '@tanstack/react-query';
import {
  activityEvidenceSchema,
  activityListSchema,
  activitySchema,
  evidenceLinkSchema,
  publicEvidencePageSchema,
  type CreateActivityRequest,
  type UpdateActivityRequest,
} from '../../../shared/contracts/activities';
import { okResponseSchema } from '../../../shared/contracts/common';
import type { EvidenceKind } from '../../../shared/domain/activity-vocabulary';
import { api, apiRequest, buildApiUrl } from '../../lib/api-client';
import { evaluationsQueryKey } from '../evaluations/evaluations-api';
import { deviationsQueryKeyPrefix, monitoringQueryKey } from '../monitoring/monitoring-api';

const activitiesOf = (partnershipId: string) =>
  `/partnerships/${encodeURIComponent(partnershipId)}/activities`;
const activityPath = (activityId: string) => `/activities/${encodeURIComponent(activityId)}`;
const publicPath = (partnershipId: string, token: string) =>
  `/public/partnerships/${encodeURIComponent(partnershipId)}/evidence/${encodeURIComponent(token)}`;

/** Under the partnerships key: an activity decides the partnership's `activity_recorded` gate. */
export const activitiesQueryKey = (partnershipId: string) =>
  ['partnerships', 'activities', partnershipId] as const;

/**
 * What an activity changes beyond its own list: the deviations found against the plan, the
 * evaluation's plan against actual, the across-partnerships monitoring list.
 */
export function refreshAfterActivityChange(queryClient: QueryClient, partnershipId: string): Promise<void> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: activitiesQueryKey(partnershipId) }),
    queryClient.invalidateQueries({ queryKey: monitoringQueryKey(partnershipId) }),
    queryClient.invalidateQueries({ queryKey: evaluationsQueryKey(partnershipId) }),
    queryClient.invalidateQueries({ queryKey: deviationsQueryKeyPrefix }),
  ]).then(() => undefined);
}

export function activitiesQueryOptions(partnershipId: string) {
  return queryOptions({
    queryKey: activitiesQueryKey(partnershipId),
    queryFn: ({ signal }) => api.get(activitiesOf(partnershipId), activityListSchema, undefined, signal),
  });
}

/** With the key the offline queue would use, so a retry after a lost answer creates nothing twice. */
export function createActivity(partnershipId: string, body: CreateActivityRequest, idempotencyKey: string) {
  return apiRequest('POST', activitiesOf(partnershipId), activitySchema, {
    json: body,
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function updateActivity(activityId: string, body: UpdateActivityRequest) {
  return api.patch(activityPath(activityId), activitySchema, body);
}

export function deleteActivity(activityId: string, version: number) {
  return apiRequest('DELETE', activityPath(activityId), okResponseSchema, { query: { version } });
}

function evidenceForm(file: File, kind: EvidenceKind, caption: string, contributorName?: string): FormData {
  const form = new FormData();
  form.append('kind', kind);
  if (caption.trim()) form.append('caption', caption.trim());
  if (contributorName !== undefined) form.append('contributorName', contributorName);
  form.append('file', file);
  return form;
}

export function uploadEvidence(
  activityId: string,
  file: File,
  kind: EvidenceKind,
  caption: string,
  idempotencyKey: string,
) {
  return apiRequest('POST', `${activityPath(activityId)}/evidence`, activityEvidenceSchema, {
    form: evidenceForm(file, kind, caption),
    headers: { 'Idempotency-Key': idempotencyKey },
  });
}

export function removeEvidence(activityId: string, evidenceId: string) {
  return api.delete(
    `${activityPath(activityId)}/evidence/${encodeURIComponent(evidenceId)}`,
    okResponseSchema,
  );
}

export function evidenceFileUrl(activityId: string, evidenceId: string, thumbnail = false): string {
  return buildApiUrl(
    `${activityPath(activityId)}/evidence/${encodeURIComponent(evidenceId)}`,
    thumbnail ? { size: 'thumbnail' } : undefined,
  );
}

export function issueEvidenceLink(partnershipId: string, recipientName: string | null) {
  return api.post(`/partnerships/${encodeURIComponent(partnershipId)}/evidence-link`, evidenceLinkSchema, {
    recipientName,
  });
}

export function publicEvidenceQueryOptions(partnershipId: string, token: string) {
  return queryOptions({
    queryKey: ['public-evidence', partnershipId, token] as const,
    queryFn: ({ signal }) =>
      api.get(publicPath(partnershipId, token), publicEvidencePageSchema, undefined, signal),
    retry: false,
  });
}

export function sendPartnerEvidence(
  partnershipId: string,
  token: string,
  itemId: string,
  input: { file: File; kind: EvidenceKind; caption: string; contributorName: string },
) {
  return api.upload(
    `${publicPath(partnershipId, token)}/items/${encodeURIComponent(itemId)}/evidence`,
    publicEvidencePageSchema,
    evidenceForm(input.file, input.kind, input.caption, input.contributorName),
  );
}
