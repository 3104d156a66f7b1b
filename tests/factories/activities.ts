import type { Activity, CreateActivityRequest } from '../../src/shared/contracts/activities';
import type { EvidenceKind } from '../../src/shared/domain/activity-vocabulary';
import { multipart } from './multipart';
import type { Session } from './people';
import { phonePhotoWithLocation } from './photos';

/** The first week of the knitting training, done, with 18 of the 20 learners. */
export function activityBody(overrides: Partial<CreateActivityRequest> = {}): CreateActivityRequest {
  return {
    title: 'Pelatihan teknik dasar rajut',
    status: 'done',
    startedOn: '2026-03-02',
    endedOn: '2026-03-06',
    actualQuantity: 18,
    outputs: '18 peserta menguasai tusuk dasar',
    institutionSpentRupiah: 2_500_000,
    partnerSpentRupiah: 500_000,
    ...overrides,
  };
}

export async function createActivityVia(
  session: Session,
  partnershipId: string,
  overrides: Partial<CreateActivityRequest> = {},
): Promise<Activity> {
  const response = await session.request(
    'POST',
    `/api/v1/partnerships/${partnershipId}/activities`,
    activityBody(overrides),
  );
  if (response.statusCode !== 201)
    throw new Error(`activity create failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** The multipart body of an evidence upload, as the activity modal's FormData sends it. */
export function evidenceUpload(
  bytes: Buffer,
  options: {
    kind?: EvidenceKind;
    filename?: string;
    contentType?: string;
    caption?: string;
    contributorName?: string;
  } = {},
): { payload: Buffer; headers: Record<string, string> } {
  return multipart([
    { name: 'kind', content: options.kind ?? 'photo' },
    ...(options.caption === undefined ? [] : [{ name: 'caption', content: options.caption }]),
    ...(options.contributorName === undefined
      ? []
      : [{ name: 'contributorName', content: options.contributorName }]),
    {
      name: 'file',
      content: bytes,
      filename: options.filename ?? 'foto.jpg',
      contentType: options.contentType ?? 'image/jpeg',
    },
  ]);
}

export async function uploadEvidenceVia(
  session: Session,
  activityId: string,
  bytes?: Buffer,
): Promise<{ id: string; kind: string }> {
  const body = evidenceUpload(bytes ?? (await phonePhotoWithLocation()), { caption: 'Suasana pelatihan' });
  const response = await session.request(
    'POST',
    `/api/v1/activities/${activityId}/evidence`,
    body.payload,
    body.headers,
  );
  if (response.statusCode !== 201)
    throw new Error(`evidence upload failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

/** A partner evidence link; the token is the last segment of its URL. */
export async function issueEvidenceLinkVia(
  session: Session,
  partnershipId: string,
): Promise<{ url: string; token: string; expiresAt: string; whatsAppText: string }> {
  const response = await session.request('POST', `/api/v1/partnerships/${partnershipId}/evidence-link`, {});
  if (response.statusCode !== 201)
    throw new Error(`evidence link failed: ${response.statusCode} ${response.body}`);
  const body = response.json<{ url: string; expiresAt: string; whatsAppText: string }>();
  return { ...body, token: body.url.split('/').at(-1)! };
}
