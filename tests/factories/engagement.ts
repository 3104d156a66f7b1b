import type { CreateInteractionRequest } from '../../src/shared/contracts/interactions';
import type { CreatePartnershipRequest } from '../../src/shared/contracts/partnerships';
import type { Session } from './people';

export function partnershipBody(
  partnerIds: string[],
  overrides: Partial<CreatePartnershipRequest> = {},
): CreatePartnershipRequest {
  return {
    name: 'PKW Pembuatan Tas Rajut 2026',
    programme: 'PKW',
    pattern: 'general_trade',
    cycleYears: [2026],
    partnerIds,
    ...overrides,
  };
}

/** A visit to the partner yesterday with the guide's findings filled in. */
export function interactionBody(
  partnerIds: string[],
  overrides: Partial<CreateInteractionRequest> = {},
): CreateInteractionRequest {
  return {
    kind: 'visit',
    approach: 'personal',
    occurredAt: new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString(),
    partnerIds,
    summary: 'Kunjungan ke rumah produksi rajut',
    findings: {
      goals: 'Menambah perajin terampil',
      vision: 'Tas rajut Banjarbaru dikenal di Kalimantan',
      needs: 'Lulusan yang siap kerja',
    },
    followUp: { task: 'Kirim proposal program PKW', dueOn: '2026-04-10' },
    ...overrides,
  };
}

export async function createPartnershipVia(
  session: Session,
  partnerIds: string[],
  overrides: Partial<CreatePartnershipRequest> = {},
): Promise<{ id: string; version: number; stage: string }> {
  const response = await session.request(
    'POST',
    '/api/v1/partnerships',
    partnershipBody(partnerIds, overrides),
  );
  if (response.statusCode !== 201)
    throw new Error(`partnership create failed: ${response.statusCode} ${response.body}`);
  return response.json();
}

export async function createInteractionVia(
  session: Session,
  partnerIds: string[],
  overrides: Partial<CreateInteractionRequest> = {},
): Promise<{ id: string; version: number }> {
  const response = await session.request(
    'POST',
    '/api/v1/interactions',
    interactionBody(partnerIds, overrides),
  );
  if (response.statusCode !== 201)
    throw new Error(`interaction create failed: ${response.statusCode} ${response.body}`);
  return response.json();
}
