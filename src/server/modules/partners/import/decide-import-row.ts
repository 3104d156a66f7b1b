import type { PartnerImportIssue, PartnerImportRow } from '../../../../shared/contracts/partner-import';
import type { PartnerImportMode } from '../../../../shared/domain/partner-import-fields';
import { newId } from '../../../platform/ids';
import { toComparableName } from '../partner-mappers';
import { duplicateIssue, type ImportDuplicateIndex } from './import-duplicate-index';
import type { ParsedImportRow } from './parse-import-row';

export type ImportDecision =
  | { kind: 'create'; id: string; row: ParsedImportRow; warnings: PartnerImportIssue[] }
  | { kind: 'update'; targetId: string; row: ParsedImportRow }
  | { kind: 'report'; report: PartnerImportRow };

/**
 * What happens to one parsed row. The same row imported before is always left alone, whatever the
 * mode; otherwise the mode decides what a likely duplicate means. A row to create joins the index
 * at once, so a later row of the same file that repeats it is caught too.
 */
export function decideImportRow(
  row: ParsedImportRow,
  mode: PartnerImportMode,
  index: ImportDuplicateIndex,
): ImportDecision {
  const report = (
    status: PartnerImportRow['status'],
    partnerId: string | null,
    issues: PartnerImportIssue[],
  ) => ({
    kind: 'report' as const,
    report: { row: row.rowNumber, name: row.name, status, partnerId, issues },
  });
  const partner = row.partner;
  if (!partner) return report('rejected', null, row.issues);
  const already = index.importedAs(row.importKey);
  if (already) return report('unchanged', already.id, [{ code: 'ALREADY_IMPORTED', value: already.name }]);

  // The name's comparable form is the costly part of both the lookup and the index entry.
  const comparable = toComparableName(partner.name);
  const match = index.match({
    name: partner.name,
    comparable,
    regencyCode: partner.region.regencyCode,
    nib: partner.identifiers?.nib ?? null,
    npwp: partner.identifiers?.npwp ?? null,
    phone: row.contact?.phone ?? null,
    email: row.contact?.email ?? null,
  });
  const first = match.strong[0] ?? match.weak[0];
  if (mode === 'update_matches' && match.strong.length === 1) {
    return { kind: 'update', targetId: match.strong[0]!.id, row };
  }
  if (mode === 'update_matches' && match.strong.length > 1) {
    return report('duplicate', first!.id, [
      { code: 'MATCH_AMBIGUOUS', value: match.strong.map((m) => m.name).join(', ') },
    ]);
  }
  if (mode !== 'create_all' && first) return report('duplicate', first.id, [duplicateIssue(first)]);

  const id = newId();
  index.addPartner({
    id,
    name: partner.name,
    comparable,
    regencyCode: partner.region.regencyCode,
    nib: partner.identifiers?.nib ?? null,
    npwp: partner.identifiers?.npwp ?? null,
    importKey: row.importKey,
  });
  if (row.contact) index.addContact(id, row.contact.phone ?? null, row.contact.email ?? null);
  return { kind: 'create', id, row, warnings: [...row.warnings, ...(first ? [duplicateIssue(first)] : [])] };
}
