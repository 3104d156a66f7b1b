import type { LightMyRequestResponse } from 'fastify';
import type { IssuedFeedbackRequest } from '../../src/shared/contracts/feedback';
import type { CreateValueRecordRequest, ValueRecord } from '../../src/shared/contracts/value-records';
import type { TestApp } from '../setup/test-app';
import type { Session } from './people';

export interface IssuedFeedback extends IssuedFeedbackRequest {
  /** The link's token, the last segment of its URL. */
  token: string;
}

export async function requestFeedbackVia(
  session: Session,
  partnerId: string,
  contactId: string,
): Promise<IssuedFeedback> {
  const response = await session.request('POST', `/api/v1/partners/${partnerId}/feedback-requests`, {
    contactId,
  });
  if (response.statusCode !== 201) throw new Error(`feedback request failed: ${response.body}`);
  const issued = response.json<IssuedFeedbackRequest>();
  return { ...issued, token: issued.url.split('/').pop()! };
}

export function feedbackAnswerBody(overrides: Record<string, unknown> = {}) {
  return {
    satisfaction: 4,
    recommend: 9,
    improve: 'Jadwal magang diumumkan lebih awal',
    comments: 'Lulusan rapi dan tepat waktu',
    respondentName: 'Ibu Hj. Rusmini',
    ...overrides,
  };
}

/** The contact's side: no session, only the link. */
export function publicFeedbackRequest(
  t: Pick<TestApp, 'app'>,
  method: 'GET' | 'POST',
  id: string,
  token: string,
  payload?: object,
  headers: Record<string, string> = {},
): Promise<LightMyRequestResponse> {
  return t.app.inject({
    method,
    url: `/api/v1/public/feedback-requests/${id}/answer/${token}`,
    headers,
    ...(payload === undefined ? {} : { payload }),
  });
}

export function valueRecordBody(overrides: Partial<CreateValueRecordRequest> = {}): CreateValueRecordRequest {
  return {
    kind: 'unique_value',
    category: 'workshop',
    title: 'Lokakarya pemasaran daring untuk perajin',
    description: 'Dua jam di bengkel mitra, 12 perajin hadir',
    givenOn: '2026-02-20',
    ...overrides,
  };
}

export async function createValueRecordVia(
  session: Session,
  partnerId: string,
  overrides: Partial<CreateValueRecordRequest> = {},
): Promise<ValueRecord> {
  const response = await session.request(
    'POST',
    `/api/v1/partners/${partnerId}/value-records`,
    valueRecordBody(overrides),
  );
  if (response.statusCode !== 201) throw new Error(`value record failed: ${response.body}`);
  return response.json<ValueRecord>();
}
