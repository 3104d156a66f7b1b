import { loadExcelJs } from '../../platform/files/load-exceljs';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import type { AppDeps } from '../../platform/app-deps';
import { documentFont, pdfMake, type RenderedFile } from '../agreements/index';
import { findInstitutionName, listFollowUpPlanRows } from './evaluations.repository';
import { checkPartnership, getEvaluationRow } from './get-evaluation';

export const followUpPlanHeaders = [
  'Kegiatan',
  'Target',
  'Waktu',
  'Penanggung Jawab',
  'Indikator Keberhasilan',
] as const;

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 60) || 'kemitraan'
  );
}

/** The RTL table (guide step 11) as XLSX or PDF, with the Indonesian column heads the guide uses. */
export async function renderFollowUpPlan(
  deps: AppDeps,
  institutionId: string,
  id: string,
  format: 'xlsx' | 'pdf',
): Promise<RenderedFile> {
  const row = await getEvaluationRow(deps.db, institutionId, id);
  const partnership = await checkPartnership(deps.db, institutionId, row.partnership_id);
  const rows = (await listFollowUpPlanRows(deps.db, institutionId, id)).map((rtl) => [
    rtl.activity,
    rtl.target,
    rtl.timing,
    rtl.person_responsible,
    rtl.success_indicator,
  ]);
  const title = `Rencana Tindak Lanjut (RTL) Kemitraan ${partnership.name}`;
  const subtitle = `Hasil evaluasi tahun ${row.cycle_year}, untuk tahun ${row.cycle_year + 1}`;
  const filename = `rtl-${slug(partnership.name)}-${row.cycle_year}.${format}`;
  if (format === 'xlsx') {
    const excel = await loadExcelJs();
    const workbook = new excel.Workbook();
    const sheet = workbook.addWorksheet('RTL', { views: [{ state: 'frozen', ySplit: 3 }] });
    sheet.addRow([title]).font = { bold: true, size: 13 };
    sheet.addRow([subtitle]);
    sheet.addRow(['No', ...followUpPlanHeaders]).font = { bold: true };
    // Every value is written as a plain string: an XLSX cell is a formula only when typed as one,
    // so a row that reads "=HYPERLINK(…)" stays text, as in the partner export.
    rows.forEach((cells, index) => sheet.addRow([index + 1, ...cells]));
    sheet.columns.forEach((column, index) => (column.width = index === 0 ? 5 : 28));
    return {
      bytes: Buffer.from(await workbook.xlsx.writeBuffer()),
      mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      filename,
    };
  }
  const stamp = deps.clock.now();
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: 'landscape',
    pageMargins: [40, 40, 40, 40],
    info: { title, creationDate: stamp, modDate: stamp },
    defaultStyle: { font: documentFont, fontSize: 10, lineHeight: 1.15 },
    content: [
      { text: await findInstitutionName(deps.db, institutionId), fontSize: 9, color: '#555555' },
      { text: title, bold: true, fontSize: 14, margin: [0, 4, 0, 2] },
      { text: subtitle, margin: [0, 0, 0, 12] },
      {
        table: {
          headerRows: 1,
          widths: [22, '*', '*', 90, 100, '*'],
          body: [
            ['No', ...followUpPlanHeaders].map((text) => ({ text, bold: true, fillColor: '#eeeeee' })),
            ...rows.map((cells, index) => [String(index + 1), ...cells].map((text) => ({ text }))),
          ],
        },
      },
    ],
  };
  return {
    bytes: Buffer.from(await pdfMake().createPdf(definition).getBuffer()),
    mediaType: 'application/pdf',
    filename,
  };
}
