import type { CreateMeetingRequest } from '../../src/shared/contracts/meetings';
import type { Session } from './people';

/** An audience at the partner's workshop, starting `hoursFromNow` hours from now (negative: held). */
export function meetingBody(
  hoursFromNow = 48,
  overrides: Partial<CreateMeetingRequest> = {},
): CreateMeetingRequest {
  const startsAt = new Date(Date.now() + hoursFromNow * 3_600_000);
  startsAt.setUTCSeconds(0, 0);
  return {
    kind: 'audience',
    title: 'Audiensi program PKW tas rajut',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 2 * 3_600_000).toISOString(),
    place: 'Rumah Produksi Rajut Intan, Jl. A. Yani Km 33, Banjarbaru',
    agenda: '1. Perkenalan lembaga\n2. Paparan program PKW\n3. Peluang magang dan penyerapan lulusan',
    ...overrides,
  };
}

export async function createMeetingVia(
  session: Session,
  partnershipId: string,
  hoursFromNow = 48,
  overrides: Partial<CreateMeetingRequest> = {},
): Promise<{ id: string; version: number; startsAt: string }> {
  const response = await session.request(
    'POST',
    `/api/v1/partnerships/${partnershipId}/meetings`,
    meetingBody(hoursFromNow, overrides),
  );
  if (response.statusCode !== 201)
    throw new Error(`meeting create failed: ${response.statusCode} ${response.body}`);
  return response.json();
}
