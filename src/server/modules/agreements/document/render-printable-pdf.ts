import type { Content, TDocumentDefinitions } from 'pdfmake/interfaces';
import { withOpaqueImages } from './opaque-images';
import { documentFont, pdfMake } from './pdfmake-instance';
import {
  certificateBlocks,
  certificateTitle,
  draftMarker,
  pageNumberText,
  type PrintableDocument,
} from './printable-document';
import {
  blockContent,
  letterheadContent,
  pageMargin as margin,
  signatureContent,
  witnessContent,
} from './printable-pdf-parts';

function bodyContent(doc: PrintableDocument): Content[] {
  const content: Content[] = [...letterheadContent(doc.letterhead)];
  content.push({
    stack: [
      ...doc.titleLines.map((line): Content => ({ text: line, bold: true, fontSize: 12 })),
      ...doc.numberLines.map((line): Content => ({ text: line, fontSize: 10 })),
    ],
    alignment: 'center',
    margin: [0, 0, 0, 14],
  });
  for (const section of doc.sections) {
    const blocks = section.blocks.map((block) => blockContent(block));
    if (section.heading.length === 0) {
      content.push(...blocks);
      continue;
    }
    const heading: Content = {
      stack: section.heading.map((line): Content => ({ text: line, bold: true })),
      alignment: 'center',
      margin: [0, 8, 0, 4],
    };
    // A title stranded at the foot of a page, its text on the next, reads as a missing article.
    const first = section.blocks[0];
    if (first && first.kind === 'paragraph') {
      content.push({ stack: [heading, blocks[0]!], unbreakable: true }, ...blocks.slice(1));
    } else content.push(heading, ...blocks);
  }
  // Signatures and witnesses are one act: never split over two pages.
  content.push({
    stack: [signatureContent(doc.signatureColumns), ...witnessContent(doc.witnesses)],
    unbreakable: true,
  });
  if (doc.certificate) {
    content.push(
      {
        text: certificateTitle,
        bold: true,
        fontSize: 12,
        alignment: 'center',
        pageBreak: 'before',
        margin: [0, 0, 0, 10],
      },
      ...certificateBlocks(doc.certificate).map((block) => blockContent(block, 7.5)),
    );
  }
  return content;
}

/**
 * A4 with 2.5 cm margins and "Halaman X dari Y" at the foot; the creation date is the document's
 * own date so the same document gives the same bytes (its hash is what signing records).
 */
export async function renderPrintablePdf(printable: PrintableDocument): Promise<Buffer> {
  const doc = await withOpaqueImages(printable);
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [margin, 56, margin, 56],
    info: {
      title: doc.title,
      creator: 'Jalin',
      producer: 'Jalin',
      creationDate: new Date(`${doc.date}T00:00:00Z`),
      modDate: new Date(`${doc.date}T00:00:00Z`),
    },
    defaultStyle: { font: documentFont, fontSize: 10.5, lineHeight: 1.2 },
    content: bodyContent(doc),
    header: doc.draft
      ? () => ({
          text: `${draftMarker} – belum berlaku`,
          alignment: 'right',
          fontSize: 8,
          color: '#b00020',
          margin: [0, 24, margin, 0],
        })
      : undefined,
    watermark: doc.draft ? { text: draftMarker, opacity: 0.08, bold: true, fontSize: 120 } : undefined,
    footer: (currentPage: number, pageCount: number) => ({
      text: pageNumberText(currentPage, pageCount),
      alignment: 'center',
      fontSize: 8.5,
      margin: [0, 20, 0, 0],
    }),
  };
  return pdfMake().createPdf(definition).getBuffer();
}
