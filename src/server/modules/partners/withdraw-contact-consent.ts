import type { Contact } from '../../../shared/contracts/partners';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { findContactRow, updateContactRow } from './partner-contacts.repository';
import { toContact } from './partner-mappers';

/**
 * The contact withdrew consent (UU PDP): the moment is recorded and the religion, kept only with
 * consent, goes. From then on greetings, and every message where consent is the legal basis, are refused.
 */
export async function withdrawContactConsent(
  deps: AppDeps,
  principal: Principal,
  partnerId: string,
  contactId: string,
  requestId: string,
): Promise<Contact> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await findContactRow(trx, institutionId, partnerId, contactId);
    if (!row) throw new AppError('CONTACT_NOT_FOUND');
    const before = toContact(row);
    if (before.consentWithdrawnAt) throw new AppError('CONTACT_CONSENT_ALREADY_WITHDRAWN');
    const now = deps.clock.now().toISOString();
    const changes = { consent_withdrawn_at: now, religion: null, updated_at: now };
    if (!(await updateContactRow(trx, institutionId, contactId, row.version, changes))) {
      throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    }
    const updated = await findContactRow(trx, institutionId, partnerId, contactId);
    const after = toContact(updated!);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'contact.consent_withdrawn',
        entityType: 'contact',
        entityId: contactId,
        before,
        after,
      },
    );
    return after;
  });
}
