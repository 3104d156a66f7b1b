import { AppError } from '../../platform/http/app-error';
import type { AgreementListRow } from './agreements.repository';

/** Only an agreement in force (or just run out) is renewed or amended; the stored status is active. */
export function checkAgreementExtendable(row: AgreementListRow): void {
  if (row.status !== 'active') throw new AppError('AGREEMENT_NOT_EXTENDABLE', { status: row.status });
}
