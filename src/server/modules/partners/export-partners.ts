import { loadExcelJs } from '../../platform/files/load-exceljs';
import type { z } from 'zod';
import type { exportPartnersQuerySchema } from '../../../shared/contracts/partners';
import { toLocalPhone } from '../../../shared/domain/phone';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { toCsv } from '../../platform/files/spreadsheet-text';
import { AppError } from '../../platform/http/app-error';
import type { ContactSummaryRow } from './partner-contacts.repository';
import { listPartnerIdsInHealthBand } from '../care/index';
import { loadPartnerPageDetails, toPartnerFilter } from './partner-page-details';
import { listPartnerRows, type PartnerRow } from './partners.repository';

type ExportQuery = z.output<typeof exportPartnersQuerySchema>;

export const exportRowLimit = 50_000;
const batchSize = 500;

const header = [
  'Nama Mitra',
  'Kategori',
  'Skala',
  'Bidang Usaha',
  'Kode Provinsi',
  'Kode Kab/Kota',
  'Kode Wilayah',
  'Alamat',
  'Lintang',
  'Bujur',
  'Kebutuhan',
  'Tawaran',
  'Label',
  'NIB',
  'NPWP',
  'Narahubung',
  'No. HP/WA',
  'WhatsApp',
  'Email',
];

function toCells(
  row: PartnerRow,
  labels: { tags: string[]; needs: string[]; offers: string[] },
  contact: ContactSummaryRow | undefined,
) {
  return [
    row.name,
    row.category,
    row.size,
    row.sector,
    row.province_code,
    row.regency_code,
    row.region_code,
    row.address,
    row.lat,
    row.lng,
    labels.needs.join(', '),
    labels.offers.join(', '),
    labels.tags.join(', '),
    row.nib,
    row.npwp,
    contact?.name ?? null,
    contact?.phone ? toLocalPhone(contact.phone) : null,
    contact ? (contact.whatsapp === 1 ? 'Ya' : 'Tidak') : null,
    contact?.email ?? null,
  ];
}

/**
 * The filtered registry as a file, read in keyset batches (never one huge query). Over the row
 * limit the caller is told to narrow the filters; long exports become jobs with the import work.
 */
export async function exportPartners(
  deps: AppDeps,
  principal: Principal,
  query: ExportQuery,
): Promise<{ bytes: Buffer; mediaType: string; filename: string }> {
  const institutionId = principal.institutionId;
  const filter = toPartnerFilter(query, institutionId);
  if (query.health) filter.partnerIds = await listPartnerIdsInHealthBand(deps, institutionId, query.health);
  const rows: (string | number | null)[][] = [];
  let after: [string, string] | null = null;
  for (;;) {
    const batch = await listPartnerRows(deps.db, deps.dialect, filter, { after, limit: batchSize });
    const page = batch.slice(0, batchSize);
    const { labels, firstContact } = await loadPartnerPageDetails(
      deps.db,
      institutionId,
      page.map((row) => row.id),
    );
    for (const row of page) rows.push(toCells(row, labels.get(row.id)!, firstContact.get(row.id)));
    if (rows.length > exportRowLimit) throw new AppError('EXPORT_TOO_LARGE', { limit: exportRowLimit });
    const last = page[page.length - 1];
    if (batch.length <= batchSize || !last) break;
    after = [last.name_key, last.id];
  }
  const date = deps.clock.now().toISOString().slice(0, 10);
  if (query.format === 'csv') {
    return {
      bytes: toCsv(header, rows),
      mediaType: 'text/csv; charset=utf-8',
      filename: `mitra-${date}.csv`,
    };
  }
  const excel = await loadExcelJs();
  const workbook = new excel.Workbook();
  const sheet = workbook.addWorksheet('Mitra', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(header).font = { bold: true };
  // Every value is written as a plain string or number: an XLSX cell is a formula only when typed
  // as one, so a name like "=HYPERLINK(…)" stays text.
  for (const cells of rows) sheet.addRow(cells.map((cell) => (cell === null ? '' : cell)));
  sheet.columns.forEach((column) => (column.width = 18));
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  return {
    bytes,
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    filename: `mitra-${date}.xlsx`,
  };
}
