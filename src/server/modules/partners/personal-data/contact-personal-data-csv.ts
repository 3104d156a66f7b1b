import type { ContactPersonalData } from '../../../../shared/contracts/contact-personal-data';
import { toCsv } from '../../../platform/files/spreadsheet-text';

type Cell = string | number | null;

function fieldRows(section: string, recordId: string, value: unknown, prefix = ''): Cell[][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, item]) =>
      fieldRows(section, recordId, item, prefix ? `${prefix}.${key}` : key),
    );
  }
  const cell: Cell =
    value === null || value === undefined
      ? null
      : typeof value === 'string' || typeof value === 'number'
        ? value
        : JSON.stringify(value);
  return [[section, recordId, prefix, cell]];
}

/** The same export as one long table (section, record, field, value), for a spreadsheet reader. */
export function contactPersonalDataCsv(data: ContactPersonalData): Buffer {
  const { interactions, meetings, agreements, messages, feedback, gatheringInvitations } = data;
  const lists: [string, { id: string }[]][] = [
    ['interaksi', interactions],
    ['pertemuan', meetings],
    ['perjanjian', agreements],
    ['pesan', messages],
    ['umpan_balik', feedback],
    ['undangan', gatheringInvitations],
  ];
  const rows: Cell[][] = [
    ...fieldRows('ekspor', '', {
      exportedAt: data.exportedAt,
      institution: data.institution,
      partner: data.partner,
    }),
    ...fieldRows('narahubung', data.contact.id, data.contact),
    ...lists.flatMap(([section, records]) =>
      records.flatMap((record) => fieldRows(section, record.id, record)),
    ),
    ...data.processingHistory.flatMap((event, index) =>
      fieldRows('riwayat_pemrosesan', String(index + 1), event),
    ),
  ];
  return toCsv(['Bagian', 'ID', 'Kolom', 'Nilai'], rows);
}
