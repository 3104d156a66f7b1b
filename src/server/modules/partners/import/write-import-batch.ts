import type { PartnerImportRow } from '../../../../shared/contracts/partner-import';
import type { AppDeps } from '../../../platform/app-deps';
import { writeAudit, type AuditOrigin } from '../../../platform/audit/audit-writer';
import { newId } from '../../../platform/ids';
import { partnerRowFromInput } from '../partner-row-from-input';
import { searchBodyOf } from '../refresh-partner-search';
import { applyImportUpdate } from './apply-import-update';
import { contactRowFromImport } from './contact-row-from-input';
import type { ImportDecision } from './decide-import-row';
import type { ImportDuplicateIndex } from './import-duplicate-index';
import { insertImportedRows, type ImportedRows } from './partner-import.repository';

type Write = Exclude<ImportDecision, { kind: 'report' }>;

/**
 * One transaction per batch: new partners in multi-row inserts, updates one by one, and one audit
 * row naming every partner the batch created or changed. A failure rolls back only this batch; a
 * re-run of the file then skips what earlier batches stored.
 */
export async function writeImportBatch(
  deps: AppDeps,
  scope: { institutionId: string; jobId: string; origin: AuditOrigin; index: ImportDuplicateIndex },
  writes: Write[],
): Promise<PartnerImportRow[]> {
  const { institutionId } = scope;
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    const rows: ImportedRows = { partners: [], contacts: [], tags: [], exchangeItems: [], search: [] };
    const reports: PartnerImportRow[] = [];
    const created: { id: string; name: string }[] = [];
    const updated: { id: string; name: string; changed: string[] }[] = [];
    for (const write of writes) {
      const { row } = write;
      const partner = row.partner!;
      if (write.kind === 'create') {
        const partnerRow = partnerRowFromInput(partner, {
          id: write.id,
          institutionId,
          now,
          importKey: row.importKey,
        });
        rows.partners.push(partnerRow);
        const contact = row.contact
          ? contactRowFromImport(row.contact, { id: newId(), institutionId, partnerId: write.id, now })
          : null;
        if (contact) rows.contacts.push(contact);
        for (const tag of new Set(partner.tags ?? []))
          rows.tags.push({ institution_id: institutionId, partner_id: write.id, tag });
        for (const [direction, items] of [
          ['need', partner.needs],
          ['offer', partner.offers],
        ] as const) {
          for (const item of new Set(items ?? [])) {
            rows.exchangeItems.push({ institution_id: institutionId, partner_id: write.id, direction, item });
          }
        }
        rows.search.push({
          partner_id: write.id,
          institution_id: institutionId,
          body: searchBodyOf(
            {
              ...partnerRow,
              sector: partnerRow.sector ?? null,
              nib: partnerRow.nib ?? null,
              npwp: partnerRow.npwp ?? null,
              cooperative_legal_number: partnerRow.cooperative_legal_number ?? null,
            },
            contact
              ? [{ name: contact.name, email: contact.email ?? null, phone: contact.phone ?? null }]
              : [],
          ),
        });
        created.push({ id: write.id, name: partner.name });
        reports.push({
          row: row.rowNumber,
          name: row.name,
          status: 'created',
          partnerId: write.id,
          issues: write.warnings,
        });
      }
    }
    await insertImportedRows(trx, rows);
    for (const write of writes) {
      if (write.kind !== 'update') continue;
      const outcome = await applyImportUpdate(trx, institutionId, write.targetId, write.row, now);
      if (outcome.addedContact)
        scope.index.addContact(write.targetId, outcome.addedContact.phone, outcome.addedContact.email);
      if (outcome.changed.length > 0)
        updated.push({ id: write.targetId, name: write.row.partner!.name, changed: outcome.changed });
      reports.push({
        row: write.row.rowNumber,
        name: write.row.name,
        status: outcome.changed.length > 0 ? 'updated' : 'unchanged',
        partnerId: write.targetId,
        issues: write.row.warnings,
      });
    }
    if (created.length > 0 || updated.length > 0) {
      await writeAudit(trx, deps, scope.origin, {
        institutionId,
        action: 'partner.imported',
        entityType: 'job',
        entityId: scope.jobId,
        after: { created, updated },
      });
    }
    return reports.sort((a, b) => a.row - b.row);
  });
}
