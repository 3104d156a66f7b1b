import type { CreateNeedRequest } from '../../src/shared/contracts/needs';
import type { Session } from './people';

/** Ten internship places for a tailoring course, the kind of need step 3 starts from. */
export function needBody(overrides: Partial<CreateNeedRequest> = {}): CreateNeedRequest {
  return {
    title: 'Tempat magang 10 peserta PKW Tata Busana',
    item: 'internship_places',
    priority: 'high',
    quantity: 10,
    periodStart: '2026-07-01',
    periodEnd: '2026-09-30',
    programme: 'PKW Tata Busana 2026',
    notes: 'Peserta dari Kelurahan Guntung Manggis',
    ...overrides,
  };
}

export async function createNeedVia(
  session: Session,
  overrides: Partial<CreateNeedRequest> = {},
): Promise<{ id: string; version: number }> {
  const response = await session.request('POST', '/api/v1/needs', needBody(overrides));
  if (response.statusCode !== 201)
    throw new Error(`need create failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function decideVia(
  session: Session,
  needId: string,
  body: { partnerId: string; decision: string; reason?: string },
): Promise<void> {
  const response = await session.request('POST', `/api/v1/needs/${needId}/decisions`, body);
  if (response.statusCode !== 201)
    throw new Error(`decision failed: ${response.statusCode} ${response.body}`);
}
