import type { PartnerImportMapping } from '../../../../shared/contracts/partner-import';
import type { PartnerImportField } from '../../../../shared/domain/partner-import-fields';
import { guessImportField } from './guess-import-field';

export interface ImportColumns {
  /** Each field's column index. */
  byField: Map<PartnerImportField, number>;
  /** Per column: the field it fills (null: ignored). */
  fields: (PartnerImportField | null)[];
  missingRequired: PartnerImportField[];
}

/**
 * The user's mapping wins (null ignores a column); other headers are guessed. A field claimed by two
 * columns goes to the first.
 */
export function resolveImportColumns(headers: string[], mapping: PartnerImportMapping = {}): ImportColumns {
  const byField = new Map<PartnerImportField, number>();
  const fields = headers.map((header, index) => {
    const chosen = Object.prototype.hasOwnProperty.call(mapping, header)
      ? mapping[header]!
      : guessImportField(header);
    if (!chosen || byField.has(chosen)) return null;
    byField.set(chosen, index);
    return chosen;
  });
  const missingRequired: PartnerImportField[] = [];
  if (!byField.has('name')) missingRequired.push('name');
  if (!byField.has('regency') && !byField.has('regionCode')) missingRequired.push('regency');
  return { byField, fields, missingRequired };
}
