import { createContactRequestSchema } from '../../../shared/contracts/partner-contact-requests';
import { createPartnerRequestSchema } from '../../../shared/contracts/partners';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { createPartner } from './create-partner';
import { buildDemoPartners } from './demo-partner-data';
import { createContact } from './manage-contacts';

/** Maps the demo partners, in their seeded order, through the same use cases (validation, search text, audit) as the UI. */
export async function createDemoPartners(
  deps: AppDeps,
  principal: Principal,
): Promise<
  { id: string; name: string; contactId: string; contactName: string; contactPosition: string | null }[]
> {
  const created = [];
  for (const { partner, contact } of buildDemoPartners()) {
    const saved = await createPartner(deps, principal, createPartnerRequestSchema.parse(partner), 'demo');
    const person = await createContact(
      deps,
      principal,
      saved.id,
      createContactRequestSchema.parse(contact),
      'demo',
    );
    created.push({
      id: saved.id,
      name: saved.name,
      contactId: person.id,
      contactName: person.name,
      contactPosition: person.position,
    });
  }
  return created;
}
