import ExcelJS from 'exceljs';
import { PassThrough } from 'node:stream';
import type { PartnerImportIssue, PartnerImportRow } from '../../../../shared/contracts/partner-import';
import { fill } from '../../../../shared/i18n/catalog';
import { id as indonesian } from '../../../../shared/i18n/id';

const texts = indonesian.partnerImport;

export function describeImportIssue(issue: PartnerImportIssue): string {
  return fill(texts.issues[issue.code], { value: issue.value ?? '' });
}

/**
 * Every row of the import with its result and reasons in Indonesian, written with the streaming
 * writer (no whole workbook in memory). Cells are plain strings: nothing in a report is a formula.
 */
export async function buildImportReport(
  rows: PartnerImportRow[],
  partnerUrl: (id: string) => string,
): Promise<Buffer> {
  const output = new PassThrough();
  const chunks: Buffer[] = [];
  output.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    output.on('end', resolve);
    output.on('error', reject);
  });
  const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({
    stream: output,
    useStyles: true,
    useSharedStrings: false,
  });
  const sheet = workbook.addWorksheet(texts.report.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: texts.report.row, width: 8 },
    { header: texts.report.name, width: 36 },
    { header: texts.report.status, width: 20 },
    { header: texts.report.reasons, width: 80 },
    { header: texts.report.link, width: 50 },
  ];
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).commit();
  for (const row of rows) {
    sheet
      .addRow([
        row.row,
        row.name ?? '',
        texts.statuses[row.status],
        row.issues.map(describeImportIssue).join(' '),
        row.partnerId ? partnerUrl(row.partnerId) : '',
      ])
      .commit();
  }
  sheet.commit();
  await workbook.commit();
  await finished;
  return Buffer.concat(chunks);
}
