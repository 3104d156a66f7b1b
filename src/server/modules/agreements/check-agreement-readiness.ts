import { patternTermsSchema } from '../../../shared/domain/pattern-terms';
import { AppError } from '../../platform/http/app-error';
import type { AgreementFields } from './build-agreement-document-input';

/**
 * What an agreement must hold before anyone is asked to sign it: both signatories with their
 * capacity (the komparisi names it), the terms of a KSO (shares are what the parties argue about
 * later), the changes of an addendum. Every gap is listed at once.
 */
export function checkAgreementReadiness(fields: AgreementFields): void {
  const missing: string[] = [];
  const { institution, partner } = fields.signatories;
  if (!institution.name.trim()) missing.push('signatories.institution.name');
  if (!institution.position.trim()) missing.push('signatories.institution.position');
  if (!partner.name.trim()) missing.push('signatories.partner.name');
  if (!partner.position.trim()) missing.push('signatories.partner.position');
  if (fields.pattern === 'operational_cooperation') {
    if (!fields.terms) missing.push('terms');
    else if (!patternTermsSchema.safeParse(fields.terms).success) missing.push('terms');
  }
  if (fields.kind === 'addendum' && (fields.changes ?? []).length === 0) missing.push('changes');
  if (missing.length > 0) throw new AppError('AGREEMENT_NOT_READY', { missing });
}
