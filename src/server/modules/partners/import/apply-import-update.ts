import type { Updateable } from 'kysely';
import type { Db } from '../../../db/database';
import type { PartnersTable } from '../../../db/schema';
import { newId } from '../../../platform/ids';
import { insertContactRow, listContactRows } from '../partner-contacts.repository';
import { listPartnerLabels, replaceExchangeItems, replacePartnerTags } from '../partner-labels.repository';
import { partnerRowFromInput } from '../partner-row-from-input';
import { findPartnerRow, updatePartnerRow } from '../partners.repository';
import { refreshPartnerSearch } from '../refresh-partner-search';
import { contactRowFromImport } from './contact-row-from-input';
import type { ParsedImportRow } from './parse-import-row';

const updatableColumns = [
  'name',
  'name_key',
  'category',
  'size',
  'sector',
  'description',
  'characteristics',
  'province_code',
  'regency_code',
  'district_code',
  'village_code',
  'region_code',
  'address',
  'lat',
  'lng',
  'website',
  'source',
  'nib',
  'npwp',
  'kbli_code',
  'kbli_version',
  'cooperative_legal_number',
] as const;

function union(current: string[], added: string[] | undefined): string[] | null {
  if (!added?.some((item) => !current.includes(item))) return null;
  return [...new Set([...current, ...added])];
}

export interface ImportUpdateOutcome {
  changed: string[];
  addedContact: { phone: string | null; email: string | null } | null;
}

/**
 * "Update matches": what the row says replaces what is stored, but an empty cell never erases a
 * value; tags, needs and offers are added to; a contact is added unless one with the same phone,
 * email or name exists. Returns the changed columns (empty: nothing to do).
 */
export async function applyImportUpdate(
  trx: Db,
  institutionId: string,
  partnerId: string,
  row: ParsedImportRow,
  now: string,
): Promise<ImportUpdateOutcome> {
  const current = await findPartnerRow(trx, institutionId, partnerId);
  if (!current || !row.partner) return { changed: [], addedContact: null };
  const incoming = partnerRowFromInput(row.partner, { id: partnerId, institutionId, now });
  const changes: Updateable<PartnersTable> = {};
  const changed: string[] = [];
  // A row without district keeps the stored district when the regency is the same.
  const sameRegency = incoming.regency_code === current.regency_code;
  for (const column of updatableColumns) {
    const value = incoming[column];
    if (value === null || value === undefined || value === current[column]) continue;
    if (sameRegency && column === 'region_code' && !incoming.district_code) continue;
    (changes as Record<string, unknown>)[column] = value;
    changed.push(column);
  }
  if (row.partner.scope && row.partner.scope !== current.scope) {
    changes.scope = row.partner.scope;
    changed.push('scope');
  }
  const labels = (await listPartnerLabels(trx, institutionId, [partnerId])).get(partnerId)!;
  const tags = union(labels.tags, row.partner.tags);
  const needs = union(labels.needs, row.partner.needs);
  const offers = union(labels.offers, row.partner.offers);
  if (tags) await replacePartnerTags(trx, institutionId, partnerId, tags);
  if (needs) await replaceExchangeItems(trx, institutionId, partnerId, 'need', needs);
  if (offers) await replaceExchangeItems(trx, institutionId, partnerId, 'offer', offers);
  if (tags) changed.push('tags');
  if (needs) changed.push('needs');
  if (offers) changed.push('offers');

  let addedContact: ImportUpdateOutcome['addedContact'] = null;
  const contact = row.contact;
  if (contact) {
    const existing = await listContactRows(trx, institutionId, [partnerId]);
    const known = existing.some(
      (c) =>
        (contact.phone && c.phone === contact.phone) ||
        (contact.email && c.email === contact.email) ||
        c.name.toLowerCase() === contact.name.toLowerCase(),
    );
    if (!known) {
      await insertContactRow(
        trx,
        contactRowFromImport(contact, { id: newId(), institutionId, partnerId, now }),
      );
      addedContact = { phone: contact.phone ?? null, email: contact.email ?? null };
      changed.push('contacts');
    }
  }
  if (changed.length === 0) return { changed, addedContact };
  await updatePartnerRow(trx, institutionId, partnerId, current.version, { ...changes, updated_at: now });
  await refreshPartnerSearch(trx, (await findPartnerRow(trx, institutionId, partnerId))!);
  return { changed, addedContact };
}
