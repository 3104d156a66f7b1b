import {
  AlignmentType,
  BorderStyle,
  ImageRun,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  VerticalAlign,
  WidthType,
  type IBorderOptions,
} from 'docx';
import type { ArticleBlock, DocumentLetterhead, DocumentWitness } from './agreement-document-model';
import { fitInto, imageSize } from './image-size';
import { meteraiLabel, type SignatureColumn } from './printable-document';

export const orderedListReference = 'jalin-ordered';
export const bulletListReference = 'jalin-bullet';

const none: IBorderOptions = { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' };
const noBorders = { top: none, bottom: none, left: none, right: none };
const thin: IBorderOptions = { style: BorderStyle.SINGLE, size: 4, color: '444444' };
const dashed: IBorderOptions = { style: BorderStyle.DASHED, size: 6, color: '666666' };

/**
 * Each list gets its own numbering instance so every ordered list starts again at 1. Text goes into
 * TextRun as plain strings, which the docx library XML-escapes; nothing in them is markup.
 */
export class DocxBlocks {
  private lists = 0;

  paragraph(
    text: string,
    options: { bold?: boolean; center?: boolean; size?: number; pageBreakBefore?: boolean } = {},
  ) {
    return new Paragraph({
      alignment: options.center ? AlignmentType.CENTER : AlignmentType.JUSTIFIED,
      spacing: { after: 120 },
      pageBreakBefore: options.pageBreakBefore,
      children: [new TextRun({ text, bold: options.bold, size: options.size })],
    });
  }

  block(block: ArticleBlock, size?: number): (Paragraph | Table)[] {
    switch (block.kind) {
      case 'paragraph':
        return [this.paragraph(block.text)];
      case 'list': {
        this.lists += 1;
        const instance = this.lists;
        return block.items.map(
          (item) =>
            new Paragraph({
              alignment: AlignmentType.JUSTIFIED,
              spacing: { after: 60 },
              numbering: {
                reference: block.ordered ? orderedListReference : bulletListReference,
                level: 0,
                instance,
              },
              children: [new TextRun(item)],
            }),
        );
      }
      case 'table':
        return [
          gridTable(block.header, block.rows, size ?? 17),
          new Paragraph({ spacing: { after: 120 }, children: [] }),
        ];
    }
  }
}

function cellParagraph(text: string, options: { bold?: boolean; size: number; center?: boolean }): Paragraph {
  return new Paragraph({
    alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT,
    children: text.split('\n').map(
      (line, index) =>
        new TextRun({
          text: line,
          bold: options.bold,
          size: options.size,
          break: index > 0 ? 1 : undefined,
        }),
    ),
  });
}

function gridTable(header: string[], rows: string[][], size: number): Table {
  const borders = { top: thin, bottom: thin, left: thin, right: thin };
  const row = (cells: string[], heading: boolean) =>
    new TableRow({
      tableHeader: heading,
      cantSplit: true,
      children: cells.map(
        (text) =>
          new TableCell({
            borders,
            shading: heading ? { type: ShadingType.CLEAR, color: 'auto', fill: 'EEEEEE' } : undefined,
            margins: { top: 40, bottom: 40, left: 80, right: 80 },
            children: [cellParagraph(text, { bold: heading, size })],
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

export function letterheadParagraphs(letterhead: DocumentLetterhead): Paragraph[] {
  const logo = letterhead.logo;
  const logoRun = logo
    ? [
        new ImageRun({
          type: logo.mediaType === 'image/png' ? 'png' : 'jpg',
          data: logo.bytes,
          transformation: fitInto(imageSize(logo.bytes), { width: 72, height: 72 }),
        }),
      ]
    : [];
  return [
    ...(logoRun.length > 0 ? [new Paragraph({ alignment: AlignmentType.CENTER, children: logoRun })] : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: letterhead.institutionName, bold: true, size: 28 })],
    }),
    ...letterhead.lines.map((line) => cellParagraph(line, { size: 18, center: true })),
    new Paragraph({
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 4 } },
      spacing: { after: 240 },
      children: [],
    }),
  ];
}

function signingSpace(column: SignatureColumn): Paragraph | Table {
  const signature = column.signature
    ? new Paragraph({
        alignment: AlignmentType.CENTER,
        children: [
          new ImageRun({
            type: 'png',
            data: column.signature.imagePng,
            transformation: fitInto(imageSize(column.signature.imagePng), { width: 170, height: 70 }),
          }),
        ],
      })
    : new Paragraph({ children: [] });
  if (!column.meterai) return signature;
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        children: [
          new TableCell({
            width: { size: 1400, type: WidthType.DXA },
            borders: { top: dashed, bottom: dashed, left: dashed, right: dashed },
            verticalAlign: VerticalAlign.CENTER,
            children: [cellParagraph(meteraiLabel, { size: 14, center: true })],
          }),
          new TableCell({ borders: noBorders, children: [signature] }),
        ],
      }),
    ],
  });
}

/** Who signs, the signing space (image, meterai box) and the name, in rows so the columns line up. */
export function signatureTable(columns: SignatureColumn[]): Table {
  const cell = (children: (Paragraph | Table)[]) =>
    new TableCell({ borders: noBorders, verticalAlign: VerticalAlign.CENTER, children });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [
      new TableRow({
        cantSplit: true,
        children: columns.map((column) =>
          cell([
            cellParagraph(column.label, { bold: true, size: 22, center: true }),
            cellParagraph(column.organisation, { size: 20, center: true }),
          ]),
        ),
      }),
      new TableRow({
        cantSplit: true,
        height: { value: 1500, rule: 'atLeast' },
        children: columns.map((column) => cell([signingSpace(column), new Paragraph({ children: [] })])),
      }),
      new TableRow({
        cantSplit: true,
        children: columns.map((column) =>
          cell([
            new Paragraph({
              alignment: AlignmentType.CENTER,
              children: [new TextRun({ text: column.name, bold: true, underline: {} })],
            }),
            cellParagraph(column.position, { size: 20, center: true }),
          ]),
        ),
      }),
    ],
  });
}

export function witnessParagraphsAndTable(witnesses: DocumentWitness[]): (Paragraph | Table)[] {
  if (witnesses.length === 0) return [];
  const rows: TableRow[] = [];
  for (let i = 0; i < witnesses.length; i += 2) {
    const pair = [witnesses[i], witnesses[i + 1]];
    rows.push(
      new TableRow({
        cantSplit: true,
        children: pair.map(
          (witness, k) =>
            new TableCell({
              borders: noBorders,
              children: witness
                ? [
                    cellParagraph(`${i + k + 1}. ${witness.name}`, { size: 22, center: true }),
                    cellParagraph(witness.position ?? '', { size: 18, center: true }),
                    new Paragraph({
                      spacing: { before: 480 },
                      alignment: AlignmentType.CENTER,
                      children: [new TextRun('(.................................)')],
                    }),
                  ]
                : [new Paragraph({ children: [] })],
            }),
        ),
      }),
    );
  }
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 360, after: 120 },
      keepNext: true,
      children: [new TextRun({ text: 'SAKSI-SAKSI', bold: true })],
    }),
    new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows }),
  ];
}
