import type { CreateContactRequest, CreatePartnerRequest } from '../../src/shared/contracts/partners';
import type { Session } from './people';

let counter = 0;

/** A valid partner body around Banjarbaru; names differ per call so no duplicate warning fires. */
export function partnerBody(overrides: Partial<CreatePartnerRequest> = {}): CreatePartnerRequest {
  counter += 1;
  return {
    name: `Rumah Rajut Intan ${counter} ${Math.random().toString(36).slice(2, 7)}`,
    category: 'business',
    size: 'micro',
    sector: 'Kerajinan tekstil',
    needs: ['graduate_hiring'],
    offers: ['internship_places', 'equipment_facilities'],
    region: { provinceCode: '63', regencyCode: '63.72' },
    address: 'Jl. A. Yani Km 33, Banjarbaru',
    location: { lat: -3.4431, lng: 114.8308 },
    tags: ['rajut', 'pkw'],
    ...overrides,
  };
}

export function contactBody(overrides: Partial<CreateContactRequest> = {}): CreateContactRequest {
  return {
    name: 'Ibu Hj. Rusmini',
    position: 'Pemilik',
    phone: '0812-5123-4567',
    whatsApp: true,
    email: 'rusmini@rumahrajut.id',
    legalBasis: 'consent',
    consent: { givenBy: 'Ibu Hj. Rusmini', givenAt: '2026-03-02', channel: 'in_person' },
    preferences: 'Lebih suka dihubungi sore hari',
    ...overrides,
  };
}

export async function createPartnerVia(
  session: Session,
  overrides: Partial<CreatePartnerRequest> = {},
): Promise<{ id: string; version: number }> {
  const response = await session.request('POST', '/api/v1/partners', partnerBody(overrides));
  if (response.statusCode !== 201)
    throw new Error(`partner create failed: ${response.statusCode} ${response.body}`);
  return response.json<{ id: string; version: number }>();
}

export async function createContactVia(
  session: Session,
  partnerId: string,
  overrides: Partial<CreateContactRequest> = {},
): Promise<{ id: string }> {
  const response = await session.request(
    'POST',
    `/api/v1/partners/${partnerId}/contacts`,
    contactBody(overrides),
  );
  if (response.statusCode !== 201)
    throw new Error(`contact create failed: ${response.statusCode} ${response.body}`);
  return response.json<{ id: string }>();
}
