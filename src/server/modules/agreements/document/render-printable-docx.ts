import {
  AlignmentType,
  Document,
  Footer,
  Header,
  HeadingLevel,
  LevelFormat,
  Packer,
  PageNumber,
  Paragraph,
  TextRun,
  type Table,
} from 'docx';
import {
  bulletListReference,
  DocxBlocks,
  letterheadParagraphs,
  orderedListReference,
  signatureTable,
  witnessParagraphsAndTable,
} from './docx-parts';
import {
  certificateBlocks,
  certificateTitle,
  draftMarker,
  type PrintableDocument,
} from './printable-document';

/** A4 in twentieths of a point, and 2.5 cm margins. */
const a4 = { width: 11906, height: 16838 };
const margin = 1417;
const font = 'Arial';

function body(doc: PrintableDocument): (Paragraph | Table)[] {
  const blocks = new DocxBlocks();
  const children: (Paragraph | Table)[] = [...letterheadParagraphs(doc.letterhead)];
  for (const line of doc.titleLines) {
    children.push(
      new Paragraph({
        heading: HeadingLevel.HEADING_1,
        alignment: AlignmentType.CENTER,
        children: [new TextRun({ text: line, bold: true, size: 24 })],
      }),
    );
  }
  for (const line of doc.numberLines) children.push(blocks.paragraph(line, { center: true, size: 20 }));
  children.push(new Paragraph({ children: [] }));
  for (const section of doc.sections) {
    section.heading.forEach((line, index) =>
      children.push(
        new Paragraph({
          // Heading 2 puts "Pasal 1 …" in Word's navigation pane; its style is set plain below.
          heading: HeadingLevel.HEADING_2,
          alignment: AlignmentType.CENTER,
          keepNext: true,
          spacing: { before: index === 0 ? 240 : 0, after: index === section.heading.length - 1 ? 120 : 0 },
          children: [new TextRun({ text: line, bold: true })],
        }),
      ),
    );
    for (const block of section.blocks) children.push(...blocks.block(block));
  }
  children.push(new Paragraph({ keepNext: true, children: [] }), signatureTable(doc.signatureColumns));
  children.push(...witnessParagraphsAndTable(doc.witnesses));
  if (doc.certificate) {
    children.push(
      blocks.paragraph(certificateTitle, { bold: true, center: true, size: 24, pageBreakBefore: true }),
    );
    for (const block of certificateBlocks(doc.certificate)) children.push(...blocks.block(block, 14));
  }
  // Word expects the body to end with a paragraph, not a table.
  children.push(new Paragraph({ children: [] }));
  return children;
}

const listLevel = (format: (typeof LevelFormat)[keyof typeof LevelFormat], text: string) => ({
  level: 0,
  format,
  text,
  alignment: AlignmentType.LEFT,
  style: { paragraph: { indent: { left: 426, hanging: 426 } } },
});

/** Editable in Word and LibreOffice: real numbered lists, tables and a page-number field in the footer. */
export function renderPrintableDocx(doc: PrintableDocument): Promise<Buffer> {
  const document = new Document({
    title: doc.title,
    creator: 'Jalin',
    styles: {
      default: {
        document: { run: { font, size: 22 } },
        heading1: {
          run: { font, size: 24, bold: true, color: '000000' },
          paragraph: { spacing: { after: 0 } },
        },
        heading2: {
          run: { font, size: 22, bold: true, color: '000000' },
          paragraph: { spacing: { after: 0 } },
        },
      },
    },
    numbering: {
      config: [
        { reference: orderedListReference, levels: [listLevel(LevelFormat.DECIMAL, '%1.')] },
        { reference: bulletListReference, levels: [listLevel(LevelFormat.BULLET, '•')] },
      ],
    },
    sections: [
      {
        properties: {
          page: {
            size: a4,
            margin: { top: margin, bottom: margin, left: margin, right: margin, header: 600, footer: 600 },
          },
        },
        headers: doc.draft
          ? {
              default: new Header({
                children: [
                  new Paragraph({
                    alignment: AlignmentType.RIGHT,
                    children: [
                      new TextRun({ text: `${draftMarker} – belum berlaku`, color: 'B00020', size: 16 }),
                    ],
                  }),
                ],
              }),
            }
          : undefined,
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.CENTER,
                children: [
                  new TextRun({
                    size: 17,
                    children: ['Halaman ', PageNumber.CURRENT, ' dari ', PageNumber.TOTAL_PAGES],
                  }),
                ],
              }),
            ],
          }),
        },
        children: body(doc),
      },
    ],
  });
  return Packer.toBuffer(document);
}
