import type { TestApp } from '../setup/test-app';
import type { RouteFixtures } from '../setup/route-cases';
import { createContactVia, createPartnerVia } from './partners';
import { createInstitutionFixture, createUserFixture, logInAs, type Session } from './people';

export interface InstitutionWorld {
  fixtures: RouteFixtures;
  admin: Session;
  adminEmail: string;
}

/** An institution with an admin, a facilitator and an API token: one of each addressable record. */
export async function createInstitutionWorld(t: TestApp, regionCode = '63.72'): Promise<InstitutionWorld> {
  const { institutionId, adminEmail } = await createInstitutionFixture(t, { regionCode });
  const admin = await logInAs(t, adminEmail);
  const facilitator = await createUserFixture(t, institutionId, 'facilitator');
  const token = await admin.request('POST', '/api/v1/api-tokens', { name: 'Integrasi dinas' });
  if (token.statusCode !== 201) throw new Error(token.body);
  const partner = await createPartnerVia(admin);
  const contact = await createContactVia(admin, partner.id);
  return {
    admin,
    adminEmail,
    fixtures: {
      institutionId,
      userId: facilitator.userId,
      apiTokenId: token.json<{ apiToken: { id: string } }>().apiToken.id,
      partnerId: partner.id,
      contactId: contact.id,
    },
  };
}
