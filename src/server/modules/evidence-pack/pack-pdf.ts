import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { documentFont, pdfMake } from '../agreements/index';

const margin = 42.52;
export const packContentWidth = 595.28 - 2 * margin;

const grid: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#444444',
  vLineColor: () => '#444444',
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** A ruled table, header shaded and repeated on every page; cells are plain text, never markup. */
export function packTable(header: string[], rows: string[][], widths?: (number | '*' | 'auto')[]): Content {
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: widths ?? header.map((_, index) => (index === 0 && header[0] === 'No' ? 16 : '*')),
      body: [
        header.map((cell): TableCell => ({ text: cell, bold: true, fillColor: '#eeeeee' })),
        ...rows.map((row) => row.map((cell): TableCell => ({ text: cell }))),
      ],
    },
    layout: grid,
    fontSize: 8,
    margin: [0, 2, 0, 10],
  };
}

export function packHeading(text: string): Content {
  return { text, bold: true, fontSize: 11, margin: [0, 8, 0, 4] };
}

/** A4 (landscape for wide tables) with page numbers, in the project's fonts; dated for stable bytes. */
export function renderPackPdf(
  title: string,
  date: string,
  content: Content[],
  orientation: 'portrait' | 'landscape' = 'portrait',
): Promise<Buffer> {
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageOrientation: orientation,
    pageMargins: [margin, 42, margin, 42],
    info: {
      title,
      creator: 'Jalin',
      producer: 'Jalin',
      creationDate: new Date(`${date}T00:00:00Z`),
      modDate: new Date(`${date}T00:00:00Z`),
    },
    defaultStyle: { font: documentFont, fontSize: 9.5, lineHeight: 1.15 },
    content,
    footer: (currentPage: number, pageCount: number) => ({
      text: `Halaman ${currentPage} dari ${pageCount}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 16, 0, 0],
    }),
  };
  return pdfMake().createPdf(definition).getBuffer();
}
