import { PassThrough } from 'node:stream';
import yazl from 'yazl';
import type { PartnerImportRow } from '../../../../shared/contracts/partner-import';
import { fill } from '../../../../shared/i18n/catalog';
import { id as indonesian } from '../../../../shared/i18n/id';

const texts = indonesian.partnerImport;

export interface ImportReportWriter {
  /** Rows in row order, as they are decided; only the compressed file stays in memory. */
  add(rows: PartnerImportRow[]): void;
  finish(): Promise<Buffer>;
}

function describeImportIssue(issue: PartnerImportRow['issues'][number]): string {
  return fill(texts.issues[issue.code], { value: issue.value ?? '' });
}

const columns = [
  { header: texts.report.row, width: 8 },
  { header: texts.report.name, width: 36 },
  { header: texts.report.status, width: 20 },
  { header: texts.report.reasons, width: 80 },
  { header: texts.report.link, width: 50 },
];
const letters = ['A', 'B', 'C', 'D', 'E'];

const contentTypes =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/><Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/><Override PartName="/xl/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/></Types>';
const rootRels =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>';
const workbookRels =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>';
// Style 1 is the header's bold font; everything else is the default.
const styles =
  '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs><cellXfs count="2"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/><xf numFmtId="0" fontId="1" fillId="0" borderId="0" xfId="0" applyFont="1"/></cellXfs><cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles></styleSheet>';

// Characters XML 1.0 cannot hold at all (a CSV cell may carry them); they are dropped, not escaped.
// eslint-disable-next-line no-control-regex
const forbidden = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;
const escapes: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };

function escapeXml(value: string): string {
  return value.replace(forbidden, '').replace(/[&<>"]/g, (char) => escapes[char]!);
}

function textCell(reference: string, value: string, style = ''): string {
  if (value === '') return '';
  const space = /^\s|\s$/.test(value) ? ' xml:space="preserve"' : '';
  return `<c r="${reference}"${style} t="inlineStr"><is><t${space}>${escapeXml(value)}</t></is></c>`;
}

function sheetStart(): string {
  const cols = columns
    .map(
      (column, index) =>
        `<col min="${index + 1}" max="${index + 1}" width="${column.width}" customWidth="1"/>`,
    )
    .join('');
  const header = columns
    .map((column, index) => textCell(`${letters[index]}1`, column.header, ' s="1"'))
    .join('');
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols><sheetData><row r="1">${header}</row>`
  );
}

/**
 * The per-row import report (row, name, result, reasons in Indonesian, link to the partner) as an
 * XLSX written while the import runs: the sheet XML is deflated as rows arrive, so 100,000 rows
 * never sit in memory as objects. Cells are inline strings and numbers, never formulas.
 */
export function createImportReportWriter(partnerUrl: (id: string) => string): ImportReportWriter {
  const zip = new yazl.ZipFile();
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    zip.outputStream.on('data', (chunk: Buffer) => chunks.push(chunk));
    zip.outputStream.on('end', () => resolve(Buffer.concat(chunks)));
    zip.outputStream.on('error', reject);
  });
  const sheetName = texts.report.sheet.slice(0, 31);
  const workbook =
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">' +
    `<sheets><sheet name="${escapeXml(sheetName)}" sheetId="1" r:id="rId1"/></sheets></workbook>`;
  zip.addBuffer(Buffer.from(contentTypes), '[Content_Types].xml');
  zip.addBuffer(Buffer.from(rootRels), '_rels/.rels');
  zip.addBuffer(Buffer.from(workbook), 'xl/workbook.xml');
  zip.addBuffer(Buffer.from(workbookRels), 'xl/_rels/workbook.xml.rels');
  zip.addBuffer(Buffer.from(styles), 'xl/styles.xml');
  const sheet = new PassThrough();
  zip.addReadStream(sheet, 'xl/worksheets/sheet1.xml');
  zip.end();
  sheet.write(sheetStart());
  let line = 1;
  return {
    add(rows) {
      let xml = '';
      for (const row of rows) {
        line += 1;
        xml +=
          `<row r="${line}"><c r="A${line}"><v>${row.row}</v></c>` +
          textCell(`B${line}`, row.name ?? '') +
          textCell(`C${line}`, texts.statuses[row.status]) +
          textCell(`D${line}`, row.issues.map(describeImportIssue).join(' ')) +
          textCell(`E${line}`, row.partnerId ? partnerUrl(row.partnerId) : '') +
          '</row>';
      }
      if (xml) sheet.write(xml);
    },
    finish() {
      sheet.end('</sheetData></worksheet>');
      return done;
    },
  };
}
