import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../../../shared/contracts/auth';
import { fill } from '../../../shared/i18n/catalog';
import { documentFont, pdfMake } from '../agreements/index';
import { packWords } from './pack-words';

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

const numberColumns = new Set(Object.values(packWords).map((words) => words.numberColumn));

/**
 * A ruled table, header shaded and repeated on every page; cells are plain text, never markup. A
 * first column headed "No" (in either language) is kept narrow.
 */
export function packTable(header: string[], rows: string[][], widths?: (number | '*' | 'auto')[]): Content {
  const numbered = numberColumns.has(header[0] ?? '');
  return {
    table: {
      headerRows: 1,
      dontBreakRows: true,
      widths: widths ?? header.map((_, index) => (index === 0 && numbered ? 16 : '*')),
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
  locale: Locale,
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
      text: fill(packWords[locale].pageOf, { current: currentPage, total: pageCount }),
      alignment: 'center',
      fontSize: 8,
      margin: [0, 16, 0, 0],
    }),
  };
  return pdfMake().createPdf(definition).getBuffer();
}
