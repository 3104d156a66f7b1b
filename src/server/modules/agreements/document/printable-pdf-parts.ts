import type { Column, Content, CustomTableLayout, TableCell } from 'pdfmake/interfaces';
import type { ArticleBlock, DocumentLetterhead, DocumentWitness } from './agreement-document-model';
import { meteraiLabel, type SignatureColumn } from './printable-document';

/** 2.5 cm in points. */
export const pageMargin = 70.87;
/** A4 width (595.28 pt) less the margins on both sides. */
export const contentWidth = 595.28 - 2 * pageMargin;

export function dataUrl(bytes: Buffer, mediaType: 'image/png' | 'image/jpeg'): string {
  return `data:${mediaType};base64,${bytes.toString('base64')}`;
}

const noLines: CustomTableLayout = {
  hLineWidth: () => 0,
  vLineWidth: () => 0,
  paddingLeft: () => 0,
  paddingRight: () => 0,
};

const dashed: CustomTableLayout = {
  hLineStyle: () => ({ dash: { length: 3, space: 2 } }),
  vLineStyle: () => ({ dash: { length: 3, space: 2 } }),
  hLineColor: () => '#666666',
  vLineColor: () => '#666666',
};

const grid: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#444444',
  vLineColor: () => '#444444',
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/**
 * Strings go in as `text` values, which pdfmake prints as they are: nothing in them is markup. Text
 * is set ragged-right: pdfmake justifies by widening every break opportunity, so "hal-hal" and
 * "</script>" would print with gaps inside them.
 */
export function blockContent(block: ArticleBlock, tableFontSize = 8.5): Content {
  switch (block.kind) {
    case 'paragraph':
      return { text: block.text, alignment: 'left', margin: [0, 0, 0, 6] };
    case 'list':
      return block.ordered
        ? { ol: block.items.map((item) => ({ text: item, alignment: 'left' })), margin: [0, 0, 0, 6] }
        : { ul: block.items.map((item) => ({ text: item, alignment: 'left' })), margin: [0, 0, 0, 6] };
    case 'table': {
      const width = (_: string, index: number) => (index === 0 && block.header[0] === 'No' ? 18 : '*');
      return {
        table: {
          headerRows: 1,
          dontBreakRows: true,
          widths: block.header.map(width),
          body: [
            block.header.map((cell): TableCell => ({ text: cell, bold: true, fillColor: '#eeeeee' })),
            ...block.rows.map((row) => row.map((cell): TableCell => ({ text: cell }))),
          ],
        },
        layout: grid,
        fontSize: tableFontSize,
        margin: [0, 2, 0, 8],
      };
    }
  }
}

export function letterheadContent(letterhead: DocumentLetterhead): Content[] {
  const text: Content = {
    stack: [
      { text: letterhead.institutionName, bold: true, fontSize: 14 },
      ...letterhead.lines.map((line): Content => ({ text: line, fontSize: 9 })),
    ],
    alignment: letterhead.logo ? 'left' : 'center',
  };
  const logo = letterhead.logo;
  return [
    logo
      ? {
          columns: [{ image: dataUrl(logo.bytes, logo.mediaType), fit: [56, 56], width: 64 }, text],
          columnGap: 10,
        }
      : text,
    {
      canvas: [{ type: 'line', x1: 0, y1: 4, x2: contentWidth, y2: 4, lineWidth: 1.5 }],
      margin: [0, 0, 0, 14],
    },
  ];
}

function signingSpace(column: SignatureColumn): TableCell {
  const image: Column = column.signature
    ? { image: dataUrl(column.signature.imagePng, 'image/png'), fit: [130, 56], alignment: 'center' }
    : { text: ' ' };
  if (!column.meterai) return { stack: [image], margin: [0, 4, 0, 4] };
  const meterai: Column = {
    table: {
      widths: [58],
      heights: [40],
      body: [[{ text: meteraiLabel, fontSize: 7, alignment: 'center', margin: [0, 10, 0, 0] }]],
    },
    layout: dashed,
    width: 64,
  };
  return { columns: [meterai, { ...image, width: '*' } as Column], columnGap: 4, margin: [0, 4, 0, 4] };
}

/**
 * Signer columns side by side in one table of three rows (who, the signing space, the name), so
 * names line up whatever wraps above them; never split over two pages.
 */
export function signatureContent(columns: SignatureColumn[]): Content {
  const who = (column: SignatureColumn): TableCell => ({
    stack: [
      { text: column.label, bold: true },
      { text: column.organisation, fontSize: 10 },
    ],
  });
  const name = (column: SignatureColumn): TableCell => ({
    stack: [
      { text: column.name, bold: true, decoration: 'underline' },
      { text: column.position, fontSize: 10 },
    ],
  });
  return {
    table: {
      widths: columns.map(() => '*'),
      heights: (row: number) => (row === 1 ? 66 : 'auto'),
      body: [columns.map(who), columns.map(signingSpace), columns.map(name)],
    },
    layout: noLines,
    alignment: 'center',
    unbreakable: true,
    margin: [0, 16, 0, 0],
  };
}

export function witnessContent(witnesses: DocumentWitness[]): Content[] {
  if (witnesses.length === 0) return [];
  const rows: TableCell[][] = [];
  for (let i = 0; i < witnesses.length; i += 2) {
    const pair = [witnesses[i]!, witnesses[i + 1]];
    rows.push(
      pair.map((witness, k): TableCell =>
        witness ? { text: `${i + k + 1}. ${witness.name}` } : { text: '' },
      ),
      pair.map((witness): TableCell => ({ text: witness?.position ?? '', fontSize: 9 })),
      pair.map((witness): TableCell => ({
        text: witness ? '(.................................)' : '',
        margin: [0, 24, 0, 8],
      })),
    );
  }
  return [
    {
      stack: [
        { text: 'SAKSI-SAKSI', bold: true, margin: [0, 16, 0, 6] },
        { table: { widths: ['*', '*'], body: rows }, layout: noLines },
      ],
      alignment: 'center',
      unbreakable: true,
    },
  ];
}
