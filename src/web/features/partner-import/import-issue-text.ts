import type { PartnerImportIssue } from '../../../shared/contracts/partner-import';
import { partnerImportFields } from '../../../shared/domain/partner-import-fields';
import { fill, type Catalog } from '../../../shared/i18n/catalog';

/** An issue in the user's language; a too-long text names its field by label, not by its code name. */
export function describeImportIssue(issue: PartnerImportIssue, t: Catalog): string {
  const texts = t.partnerImport;
  const field = partnerImportFields.find((name) => name === issue.value);
  const value = issue.code === 'TEXT_TOO_LONG' && field ? texts.fields[field] : (issue.value ?? '');
  return fill(texts.issues[issue.code], { value });
}
