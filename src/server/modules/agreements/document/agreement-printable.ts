import { agreementOpeningDate } from '../../../../shared/domain/terbilang';
import type { AgreementDocument, DocumentParty, DocumentSignatory } from './agreement-document-model';
import { documentNameOf } from './clause-templates';
import type { PrintableDocument, PrintableSection, SignatureColumn } from './printable-document';

const labels = { institution: 'PIHAK PERTAMA', partner: 'PIHAK KEDUA' } as const;

function komparisi(signatory: DocumentSignatory, party: DocumentParty): string {
  const identifiers = party.identifiers.length > 0 ? `, ${party.identifiers.join(', ')}` : '';
  const seat = party.address ? `, berkedudukan di ${party.address.trim()}` : '';
  return (
    `${signatory.name.trim()}, ${signatory.position.trim()}, dalam hal ini bertindak untuk dan atas nama ` +
    `${party.name.trim()}${identifiers}${seat}, selanjutnya disebut ${labels[signatory.party]}.`
  );
}

/** The opening sentence, komparisi and recitals, as the section before Pasal 1. */
function preamble(doc: AgreementDocument): PrintableSection {
  const { institution, partner } = doc.signatories;
  const name = documentNameOf(doc.kind);
  return {
    heading: [],
    blocks: [
      {
        kind: 'paragraph',
        text: `${agreementOpeningDate(doc.opening.date)}, bertempat di ${doc.opening.place.trim()}, yang bertanda tangan di bawah ini:`,
      },
      {
        kind: 'list',
        ordered: true,
        items: [komparisi(institution, doc.parties.institution), komparisi(partner, doc.parties.partner)],
      },
      { kind: 'paragraph', text: 'PIHAK PERTAMA dan PIHAK KEDUA secara bersama-sama disebut PARA PIHAK.' },
      ...(doc.recitals.length > 0
        ? [
            {
              kind: 'paragraph' as const,
              text: 'Para Pihak menerangkan terlebih dahulu hal-hal sebagai berikut:',
            },
            { kind: 'list' as const, ordered: true, items: doc.recitals },
          ]
        : []),
      {
        kind: 'paragraph',
        text: `Berdasarkan hal-hal tersebut di atas, PARA PIHAK sepakat membuat ${name.replace(/ ini$/, '')} dengan ketentuan sebagai berikut:`,
      },
    ],
  };
}

/** PIHAK KEDUA on the left, PIHAK PERTAMA on the right, as Indonesian agreements sign. */
export function signatureColumnsOf(
  doc: Pick<AgreementDocument, 'signatories' | 'parties' | 'signatures'>,
  meterai: boolean,
): SignatureColumn[] {
  const column = (party: 'institution' | 'partner'): SignatureColumn => ({
    label: labels[party],
    organisation: doc.parties[party].name,
    name: doc.signatories[party].name,
    position: doc.signatories[party].position,
    signature: doc.signatures[party],
    meterai: meterai && party === 'partner',
  });
  return [column('partner'), column('institution')];
}

export function numberLinesOf(numbers: { institution: string | null; partner: string | null }): string[] {
  const lines: string[] = [];
  if (numbers.institution) lines.push(`Nomor: ${numbers.institution}`);
  if (numbers.partner) lines.push(`Nomor: ${numbers.partner}`);
  return lines;
}

export function agreementPrintable(doc: AgreementDocument): PrintableDocument {
  return {
    title: `${doc.heading} ${doc.subject}`,
    date: doc.opening.date,
    letterhead: doc.letterhead,
    titleLines: [doc.heading, doc.subject],
    numberLines: numberLinesOf(doc.numbers),
    sections: [
      preamble(doc),
      ...doc.articles.map((article, index) => ({
        heading: [`Pasal ${index + 1}`, article.title],
        blocks: article.blocks,
      })),
    ],
    signatureColumns: signatureColumnsOf(doc, doc.meteraiBox),
    witnesses: doc.witnesses,
    certificate: doc.certificate,
    draft: doc.draft,
  };
}
