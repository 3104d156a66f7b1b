import type { PartnerCare } from '../../../shared/contracts/care';
import { localDateOf } from '../../../shared/domain/local-date';
import type { Db } from '../../db/database';
import type { AppDeps } from '../../platform/app-deps';
import { AppError } from '../../platform/http/app-error';
import { findInstitutionTimeZone } from '../institutions/index';
import { assessPartner } from './assess-partner';
import { listCareContactRows } from './care.repository';
import { loadPartnerCareFacts } from './load-partner-care-facts';

/** The partner's health with its reasons, its cadence, and what to keep in mind before contacting. */
export async function getPartnerCare(
  deps: Pick<AppDeps, 'db' | 'clock'> & { db: Db },
  institutionId: string,
  partnerId: string,
): Promise<PartnerCare> {
  const [facts] = await loadPartnerCareFacts(deps, { institutionId, partnerIds: [partnerId] });
  if (!facts) throw new AppError('PARTNER_NOT_FOUND');
  const zone = await findInstitutionTimeZone(deps.db, institutionId);
  const now = deps.clock.now();
  const today = localDateOf(now, zone);
  const { cadence, next, health } = assessPartner(facts, zone, now, today);
  const contacts = await listCareContactRows(deps.db, institutionId, partnerId);
  return {
    partnerId,
    today,
    health,
    cadence,
    lastContactAt: facts.lastContactAt ? new Date(facts.lastContactAt).toISOString() : null,
    lastContactOn: next.lastContactOn,
    nextContactDueOn: next.dueOn,
    daysOverdue: next.daysOverdue,
    contacts: contacts.map((c) => ({
      id: c.id,
      name: c.name,
      position: c.position,
      preferences: c.preferences,
      sensitiveTopics: c.sensitive_topics,
      consentWithdrawn: c.consent_withdrawn_at !== null,
    })),
    partnerVersion: facts.partner.version,
  };
}
