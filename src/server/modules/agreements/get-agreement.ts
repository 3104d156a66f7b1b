import type { Agreement } from '../../../shared/contracts/agreements';
import { isBuiltInPattern } from '../../../shared/domain/partnership-stages';
import { patternTitleWords } from '../../../shared/domain/pattern-term-words';
import { localDateOf } from '../../../shared/domain/local-date';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { findInstitutionTimeZone } from '../institutions/index';
import { parseContent } from './agreement-content';
import { toAgreement } from './agreement-mappers';
import { findCustomPatternName } from './agreement-sources.repository';
import {
  findAgreementRow,
  findFileSize,
  findUserName,
  findVersionRow,
  listChildAgreementIds,
  type AgreementListRow,
} from './agreements.repository';
import { listAgreementSignatureRows, listMeteraiNoteRows } from './signing/signatures.repository';

export async function getAgreementRow(db: Db, institutionId: string, id: string): Promise<AgreementListRow> {
  const row = await findAgreementRow(db, institutionId, id);
  if (!row) throw new AppError('AGREEMENT_NOT_FOUND');
  return row;
}

/** The institution's calendar day: when an agreement turns expiring or expired is read on it. */
export async function institutionToday(db: Db, institutionId: string, now: Date): Promise<string> {
  return localDateOf(now, await findInstitutionTimeZone(db, institutionId));
}

/** The pattern as the document names it: the guide's four in Indonesian, or the institution's own name. */
export async function patternNameOf(
  db: Db,
  institutionId: string,
  pattern: string | null,
): Promise<string | null> {
  if (!pattern) return null;
  if (isBuiltInPattern(pattern)) return patternTitleWords[pattern];
  return findCustomPatternName(db, institutionId, pattern);
}

export async function currentClauseOverrides(
  db: Db,
  institutionId: string,
  row: AgreementListRow,
): Promise<Record<string, string>> {
  const version = await findVersionRow(db, institutionId, row.id, row.current_version);
  return version ? parseContent(version.content_json).clauseOverrides : {};
}

export async function getAgreement(db: Db, institutionId: string, id: string, now: Date): Promise<Agreement> {
  const row = await getAgreementRow(db, institutionId, id);
  return agreementOf(db, institutionId, row, now);
}

export async function agreementOf(
  db: Db,
  institutionId: string,
  row: AgreementListRow,
  now: Date,
): Promise<Agreement> {
  return toAgreement(row, {
    today: await institutionToday(db, institutionId, now),
    patternName: await patternNameOf(db, institutionId, row.pattern),
    clauseOverrides: await currentClauseOverrides(db, institutionId, row),
    childAgreementIds: await listChildAgreementIds(db, institutionId, row.id),
    internalApprovedByName: row.internal_approved_by_user_id
      ? await findUserName(db, institutionId, row.internal_approved_by_user_id)
      : null,
    signatures: await listAgreementSignatureRows(db, institutionId, row.id),
    meteraiNotes: await listMeteraiNoteRows(db, institutionId, row.id),
    finalSizeBytes: row.final_file_id ? await findFileSize(db, institutionId, row.final_file_id) : null,
  });
}
