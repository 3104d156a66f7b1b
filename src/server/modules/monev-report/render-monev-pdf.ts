import type { Content, CustomTableLayout, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import type { Locale } from '../../../shared/contracts/auth';
import { documentFont, pdfMake } from '../agreements/index';
import { chartPng } from './chart-png';
import type { MonevBlock, MonevDocument } from './monev-document-model';
import { monevWords } from './monev-words';

/** 2 cm in points: the report's tables need more width than an agreement's prose. */
const margin = 56.69;
const contentWidth = 595.28 - 2 * margin;

const grid: CustomTableLayout = {
  hLineWidth: () => 0.5,
  vLineWidth: () => 0.5,
  hLineColor: () => '#444444',
  vLineColor: () => '#444444',
  paddingTop: () => 2,
  paddingBottom: () => 2,
};

/** "No" / "No.": a table's narrow first column of row numbers. */
const numberColumn = /^No\.?$/;

/** Strings go in as `text` values, which pdfmake prints as they are: nothing in them is markup. */
function blockContent(block: MonevBlock, charts: Map<string, Buffer>): Content {
  switch (block.kind) {
    case 'heading':
      return { text: block.text, bold: true, margin: [0, 6, 0, 4] };
    case 'paragraph':
      return { text: block.text, alignment: 'left', margin: [0, 0, 0, 6] };
    case 'list':
      return block.ordered
        ? { ol: block.items.map((item) => ({ text: item, alignment: 'left' })), margin: [0, 0, 0, 6] }
        : { ul: block.items.map((item) => ({ text: item, alignment: 'left' })), margin: [0, 0, 0, 6] };
    case 'table':
      return {
        table: {
          headerRows: 1,
          keepWithHeaderRows: 1,
          dontBreakRows: true,
          widths: block.header.map((_, index) =>
            index === 0 && numberColumn.test(block.header[0]!) ? 16 : '*',
          ),
          body: [
            block.header.map((cell): TableCell => ({ text: cell, bold: true, fillColor: '#eeeeee' })),
            ...block.rows.map((row) => row.map((cell): TableCell => ({ text: cell }))),
          ],
        },
        layout: grid,
        fontSize: 8,
        margin: [0, 2, 0, 8],
      };
    case 'chart':
      return {
        stack: [
          {
            image: `data:image/png;base64,${charts.get(block.svg)!.toString('base64')}`,
            width: Math.min(block.width, contentWidth),
            alignment: 'center',
          },
          { text: block.caption, fontSize: 8, italics: true, alignment: 'center', margin: [0, 4, 0, 0] },
        ],
        unbreakable: true,
        margin: [0, 4, 0, 10],
      };
  }
}

/** Rows up to which a table moves whole to the next page with its heading rather than split. */
const shortTable = 8;

/**
 * A heading goes with what it heads (a chart, a paragraph, a short table), so no page ends on a
 * lone heading; a long table may split, its header row repeated.
 */
function keptTogether(blocks: MonevBlock[]): MonevBlock[][] {
  const groups: MonevBlock[][] = [];
  for (let i = 0; i < blocks.length; i += 1) {
    const block = blocks[i]!;
    const next = blocks[i + 1];
    const fits = next && (next.kind !== 'table' || next.rows.length <= shortTable);
    if (block.kind === 'heading' && next && fits) {
      groups.push([block, next]);
      i += 1;
    } else groups.push([block]);
  }
  return groups;
}

/** Label and organisation, then the signer's name and position under the space, or a dotted line. */
function signerContent(signer: MonevDocument['signers'][number]): Content[] {
  const head: Content[] = [
    { text: signer.label, bold: true },
    { text: signer.organisation, fontSize: 9 },
  ];
  if (!signer.name) return [...head, { text: '(.................................)', margin: [0, 48, 0, 0] }];
  return [
    ...head,
    { text: signer.name, bold: true, decoration: 'underline', margin: [0, 48, 0, 0] },
    ...(signer.position ? [{ text: signer.position, fontSize: 9 }] : []),
  ];
}

function bodyContent(doc: MonevDocument, charts: Map<string, Buffer>): Content[] {
  const content: Content[] = [
    {
      stack: [
        { text: doc.institutionName, bold: true, fontSize: 13 },
        ...(doc.institutionAddress ? [{ text: doc.institutionAddress, fontSize: 9 }] : []),
      ],
      alignment: 'center',
    },
    {
      canvas: [{ type: 'line', x1: 0, y1: 4, x2: contentWidth, y2: 4, lineWidth: 1.5 }],
      margin: [0, 0, 0, 14],
    },
    {
      stack: doc.titleLines.map((line): Content => ({ text: line, bold: true, fontSize: 12 })),
      alignment: 'center',
      margin: [0, 0, 0, 14],
    },
  ];
  for (const section of doc.sections) {
    const groups = keptTogether(section.blocks).map((group) =>
      group.length === 1
        ? blockContent(group[0]!, charts)
        : { stack: group.map((block) => blockContent(block, charts)), unbreakable: true },
    );
    const [first, ...rest] = groups;
    // A chapter title stranded at the foot of a page reads as a missing chapter.
    content.push({
      stack: [
        ...(section.title
          ? [{ text: section.title, bold: true, fontSize: 11, margin: [0, 10, 0, 4] } satisfies Content]
          : []),
        ...(first ? [first] : []),
      ],
      unbreakable: true,
    });
    content.push(...rest);
  }
  content.push({
    stack: [
      { text: doc.closing, margin: [0, 16, 0, 8] },
      {
        columns: doc.signers.map((signer) => ({
          stack: signerContent(signer),
          alignment: 'center',
        })),
      },
    ],
    unbreakable: true,
  });
  return content;
}

/** A4 with "Halaman X dari Y" ("Page X of Y") at the foot, set in the project's fonts. */
export async function renderMonevPdf(doc: MonevDocument, locale: Locale = 'id'): Promise<Buffer> {
  const page = monevWords[locale].page;
  const charts = new Map<string, Buffer>();
  for (const section of doc.sections) {
    for (const block of section.blocks) {
      if (block.kind === 'chart') charts.set(block.svg, await chartPng(block.svg));
    }
  }
  const definition: TDocumentDefinitions = {
    pageSize: 'A4',
    pageMargins: [margin, 50, margin, 50],
    info: {
      title: doc.title,
      creator: 'Jalin',
      producer: 'Jalin',
      creationDate: new Date(`${doc.date}T00:00:00Z`),
      modDate: new Date(`${doc.date}T00:00:00Z`),
    },
    defaultStyle: { font: documentFont, fontSize: 10, lineHeight: 1.2 },
    content: bodyContent(doc, charts),
    footer: (currentPage: number, pageCount: number) => ({
      text: `${page.page} ${currentPage} ${page.of} ${pageCount}`,
      alignment: 'center',
      fontSize: 8,
      margin: [0, 18, 0, 0],
    }),
  };
  return pdfMake().createPdf(definition).getBuffer();
}
