import type { PartnerImportMapping, PartnerImportPreview } from '../../../../shared/contracts/partner-import';
import { openSpreadsheet } from '../../../platform/files/spreadsheet/open-spreadsheet';
import { AppError } from '../../../platform/http/app-error';
import { cellText } from './import-cell-values';
import { readImportHeader } from './read-import-header';
import { resolveImportColumns } from './resolve-import-columns';

const sampleRows = 3;

/**
 * Everything that can be refused about a file is refused here, before anything is stored: its
 * type, a zip bomb, XML entities, no data under the header. Answers the columns, their guessed
 * fields and a few sample values for the mapping step.
 */
export async function inspectImportFile(
  bytes: Buffer,
  mapping?: PartnerImportMapping,
): Promise<PartnerImportPreview> {
  if (bytes.length === 0) throw new AppError('IMPORT_FILE_MISSING');
  const source = await openSpreadsheet(bytes);
  let sheet;
  try {
    sheet = await readImportHeader(source);
  } catch (error) {
    if (error instanceof AppError) throw error;
    throw new AppError('IMPORT_FILE_UNREADABLE', {
      reason: error instanceof Error ? error.message : String(error),
    });
  }
  if (!sheet) throw new AppError('IMPORT_FILE_EMPTY');
  const samples: string[][] = sheet.headers.map(() => []);
  let dataRows = 0;
  for await (const row of sheet.rows) {
    dataRows += 1;
    sheet.headers.forEach((_, index) => {
      const value = cellText(row.cells[index]);
      if (value !== null) samples[index]!.push(value.slice(0, 80));
    });
    if (dataRows >= sampleRows) break;
  }
  if (dataRows === 0) throw new AppError('IMPORT_FILE_EMPTY');
  const columns = resolveImportColumns(sheet.headers, mapping);
  return {
    format: source.format,
    columns: sheet.headers.map((header, index) => ({
      header,
      field: columns.fields[index] ?? null,
      samples: samples[index]!,
    })),
    missingRequired: columns.missingRequired,
  };
}
