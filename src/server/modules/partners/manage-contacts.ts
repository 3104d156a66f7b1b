import type { z } from 'zod';
import type {
  createContactRequestSchema,
  updateContactRequestSchema,
} from '../../../shared/contracts/partner-contact-requests';
import type { Contact } from '../../../shared/contracts/partners';
import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { newId } from '../../platform/ids';
import { getPartnerRow } from './get-partner';
import {
  deleteContactRow,
  findContactRow,
  insertContactRow,
  updateContactRow,
  type ContactRow,
} from './partner-contacts.repository';
import { toContact } from './partner-mappers';
import { refreshPartnerSearch } from './refresh-partner-search';

type CreateInput = z.output<typeof createContactRequestSchema>;
type UpdateInput = z.output<typeof updateContactRequestSchema>;

async function getContactRow(
  trx: Transaction<Database>,
  institutionId: string,
  partnerId: string,
  id: string,
): Promise<ContactRow> {
  const row = await findContactRow(trx, institutionId, partnerId, id);
  if (!row) throw new AppError('CONTACT_NOT_FOUND');
  return row;
}

function consentColumns(consent: CreateInput['consent']) {
  return {
    consent_given_by: consent?.givenBy ?? null,
    consent_given_at: consent?.givenAt ?? null,
    consent_channel: consent?.channel ?? null,
  };
}

export async function createContact(
  deps: AppDeps,
  principal: Principal,
  partnerId: string,
  input: CreateInput,
  requestId: string,
): Promise<Contact> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const partner = await getPartnerRow(trx, institutionId, partnerId);
    const id = newId();
    const now = deps.clock.now().toISOString();
    await insertContactRow(trx, {
      id,
      institution_id: institutionId,
      partner_id: partnerId,
      name: input.name,
      salutation: input.salutation ?? null,
      position: input.position ?? null,
      phone: input.phone ?? null,
      whatsapp: input.whatsApp ? 1 : 0,
      email: input.email ?? null,
      preferences: input.preferences ?? null,
      sensitive_topics: input.sensitiveTopics ?? null,
      legal_basis: input.legalBasis,
      ...consentColumns(input.consent),
      religion: input.consent ? (input.religion ?? null) : null,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    await refreshPartnerSearch(trx, partner);
    const contact = toContact(await getContactRow(trx, institutionId, partnerId, id));
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'contact.created',
        entityType: 'contact',
        entityId: id,
        after: contact,
      },
    );
    return contact;
  });
}

export async function updateContact(
  deps: AppDeps,
  principal: Principal,
  partnerId: string,
  id: string,
  input: UpdateInput,
  requestId: string,
): Promise<Contact> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const partner = await getPartnerRow(trx, institutionId, partnerId);
    const before = toContact(await getContactRow(trx, institutionId, partnerId, id));
    const legalBasis = input.legalBasis ?? before.legalBasis;
    const consent = input.consent === undefined ? before.consent : input.consent;
    if (legalBasis === 'consent' && !consent) {
      throw new AppError('VALIDATION_FAILED', [
        { path: ['body', 'consent'], code: 'custom', message: 'CONSENT_RECORD_REQUIRED' },
      ]);
    }
    const renewed =
      Boolean(input.consent) && JSON.stringify(input.consent) !== JSON.stringify(before.consent);
    const withdrawn = before.consentWithdrawnAt !== null && !renewed;
    const changes = {
      ...(input.name !== undefined ? { name: input.name } : {}),
      ...(input.salutation !== undefined ? { salutation: input.salutation } : {}),
      ...(input.position !== undefined ? { position: input.position } : {}),
      ...(input.phone !== undefined ? { phone: input.phone } : {}),
      ...(input.whatsApp !== undefined ? { whatsapp: input.whatsApp ? 1 : 0 } : {}),
      ...(input.email !== undefined ? { email: input.email } : {}),
      ...(input.preferences !== undefined ? { preferences: input.preferences } : {}),
      ...(input.sensitiveTopics !== undefined ? { sensitive_topics: input.sensitiveTopics } : {}),
      legal_basis: legalBasis,
      ...consentColumns(consent),
      // A different consent record after a withdrawal is consent given again; until then it stays withdrawn.
      consent_withdrawn_at: withdrawn ? before.consentWithdrawnAt : null,
      // Withdrawn consent takes the religion with it.
      religion:
        consent && !withdrawn ? (input.religion === undefined ? before.religion : input.religion) : null,
      updated_at: deps.clock.now().toISOString(),
    };
    if (!(await updateContactRow(trx, institutionId, id, input.version, changes))) {
      throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    }
    await refreshPartnerSearch(trx, partner);
    const after = toContact(await getContactRow(trx, institutionId, partnerId, id));
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'contact.updated',
        entityType: 'contact',
        entityId: id,
        before,
        after,
      },
    );
    return after;
  });
}

export async function deleteContact(
  deps: AppDeps,
  principal: Principal,
  partnerId: string,
  id: string,
  requestId: string,
): Promise<void> {
  const institutionId = principal.institutionId;
  await deps.db.transaction().execute(async (trx) => {
    const partner = await getPartnerRow(trx, institutionId, partnerId);
    const before = toContact(await getContactRow(trx, institutionId, partnerId, id));
    await deleteContactRow(trx, institutionId, id);
    await refreshPartnerSearch(trx, partner);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'contact.deleted',
        entityType: 'contact',
        entityId: id,
        before: { id: before.id, partnerId, name: before.name },
      },
    );
  });
}
