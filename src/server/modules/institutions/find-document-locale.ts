import type { Locale } from '../../../shared/contracts/auth';
import type { Db } from '../../db/database';
import { findInstitutionRow } from './institutions.repository';

/**
 * The language the institution issues its reports and records in (its settings' "Bahasa dokumen"),
 * whoever downloads them: a report for a funder reads the same whatever the manager's own UI language.
 */
export async function findDocumentLocale(db: Db, institutionId: string): Promise<Locale> {
  const row = await findInstitutionRow(db, institutionId);
  return row?.document_locale === 'en' ? 'en' : 'id';
}
