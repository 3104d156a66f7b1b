import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  ImageRun,
  Packer,
  PageNumber,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';
import type { Locale } from '../../../shared/contracts/auth';
import { chartPng } from './chart-png';
import type { MonevBlock, MonevDocument } from './monev-document-model';
import { monevWords } from './monev-words';

const font = 'Arial';
/** A4 in twentieths of a point, 2 cm margins. */
const a4 = { width: 11906, height: 16838 };
const margin = 1134;
const line = { style: BorderStyle.SINGLE, size: 4, color: '444444' };

/** Cell text keeps its line breaks as separate runs: Word does not break on "\n". */
function cellParagraph(text: string, bold = false): Paragraph {
  const lines = text.split('\n');
  return new Paragraph({
    children: lines.map(
      (part, index) => new TextRun({ text: part, bold, size: 16, break: index > 0 ? 1 : 0 }),
    ),
  });
}

function table(header: string[], rows: string[][]): Table {
  const row = (cells: string[], head: boolean) =>
    new TableRow({
      tableHeader: head,
      cantSplit: true,
      children: cells.map(
        (cell) =>
          new TableCell({
            children: [cellParagraph(cell, head)],
            shading: head ? { type: ShadingType.CLEAR, fill: 'EEEEEE', color: 'auto' } : undefined,
            borders: { top: line, bottom: line, left: line, right: line },
          }),
      ),
    });
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: [row(header, true), ...rows.map((cells) => row(cells, false))],
  });
}

async function chartParagraphs(block: Extract<MonevBlock, { kind: 'chart' }>): Promise<Paragraph[]> {
  const png = await chartPng(block.svg);
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [
        new ImageRun({
          type: 'png',
          data: png,
          transformation: { width: block.width * 1.3, height: block.height * 1.3 },
        }),
      ],
    }),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { after: 160 },
      children: [new TextRun({ text: block.caption, italics: true, size: 16 })],
    }),
  ];
}

async function blockParts(block: MonevBlock): Promise<(Paragraph | Table)[]> {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({
          spacing: { before: 120, after: 80 },
          children: [new TextRun({ text: block.text, bold: true })],
        }),
      ];
    case 'paragraph':
      return [new Paragraph({ spacing: { after: 120 }, children: [new TextRun(block.text)] })];
    case 'list':
      // Numbered as text: Word's own numbering needs a numbering definition for one short list.
      return block.items.map((item, index) =>
        block.ordered
          ? new Paragraph({
              indent: { left: 360, hanging: 360 },
              children: [new TextRun(`${index + 1}. ${item}`)],
            })
          : new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }),
      );
    case 'table':
      return [table(block.header, block.rows), new Paragraph({ spacing: { after: 80 }, children: [] })];
    case 'chart':
      return chartParagraphs(block);
  }
}

/** The signer's name and position under the signature space, or a dotted line to write it on. */
function signatureLines(signer: MonevDocument['signers'][number]): Paragraph[] {
  if (!signer.name) {
    return [
      new Paragraph({
        alignment: AlignmentType.CENTER,
        spacing: { before: 960 },
        children: [new TextRun('(.................................)')],
      }),
    ];
  }
  return [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 960 },
      children: [new TextRun({ text: signer.name, bold: true, underline: {} })],
    }),
    ...(signer.position
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: signer.position, size: 18 })],
          }),
        ]
      : []),
  ];
}

async function body(doc: MonevDocument): Promise<(Paragraph | Table)[]> {
  const children: (Paragraph | Table)[] = [
    new Paragraph({
      alignment: AlignmentType.CENTER,
      children: [new TextRun({ text: doc.institutionName, bold: true, size: 26 })],
    }),
    ...(doc.institutionAddress
      ? [
          new Paragraph({
            alignment: AlignmentType.CENTER,
            children: [new TextRun({ text: doc.institutionAddress, size: 18 })],
          }),
        ]
      : []),
    new Paragraph({
      border: { bottom: { style: BorderStyle.SINGLE, size: 12, color: '000000', space: 1 } },
      spacing: { after: 240 },
      children: [],
    }),
    ...doc.titleLines.map(
      (text) =>
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [new TextRun({ text, bold: true, size: 24 })],
        }),
    ),
  ];
  for (const section of doc.sections) {
    if (section.title) {
      children.push(
        new Paragraph({
          keepNext: true,
          spacing: { before: 240, after: 120 },
          children: [new TextRun({ text: section.title, bold: true, size: 22 })],
        }),
      );
    }
    for (const block of section.blocks) children.push(...(await blockParts(block)));
  }
  children.push(
    new Paragraph({ spacing: { before: 240, after: 120 }, children: [new TextRun(doc.closing)] }),
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      borders: {
        top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
        insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
      },
      rows: [
        new TableRow({
          children: doc.signers.map(
            (signer) =>
              new TableCell({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [new TextRun({ text: signer.label, bold: true })],
                  }),
                  new Paragraph({
                    alignment: AlignmentType.CENTER,
                    children: [new TextRun({ text: signer.organisation, size: 18 })],
                  }),
                  ...signatureLines(signer),
                ],
              }),
          ),
        }),
      ],
    }),
  );
  return children;
}

/** The same model as the PDF, as an editable Word file. */
export async function renderMonevDocx(doc: MonevDocument, locale: Locale = 'id'): Promise<Buffer> {
  const page = monevWords[locale].page;
  const document = new Document({
    title: doc.title,
    creator: 'Jalin',
    styles: { default: { document: { run: { font, size: 20 } } } },
    sections: [
      {
        properties: {
          page: { size: a4, margin: { top: margin, bottom: margin, left: margin, right: margin } },
        },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    children: [`${page.page} `, PageNumber.CURRENT, ` ${page.of} `, PageNumber.TOTAL_PAGES],
                    size: 16,
                  }),
                ],
              }),
            ],
          }),
        },
        children: await body(doc),
      },
    ],
  });
  return Packer.toBuffer(document);
}
