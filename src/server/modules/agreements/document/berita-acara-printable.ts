import { agreementOpeningDate } from '../../../../shared/domain/terbilang';
import { numberLinesOf, signatureColumnsOf } from './agreement-printable';
import type { PrintableDocument } from './printable-document';
import type { BeritaAcaraDocument } from './record-document-model';

export function beritaAcaraPrintable(doc: BeritaAcaraDocument): PrintableDocument {
  const person = (party: 'institution' | 'partner') => {
    const signatory = doc.signatories[party];
    const label = party === 'institution' ? 'PIHAK PERTAMA' : 'PIHAK KEDUA';
    return `${signatory.name.trim()}, ${signatory.position.trim()}, ${doc.parties[party].name.trim()}, selanjutnya disebut ${label}.`;
  };
  return {
    title: doc.heading,
    date: doc.opening.date,
    letterhead: doc.letterhead,
    titleLines: [doc.heading],
    numberLines: numberLinesOf({ institution: doc.number, partner: null }),
    sections: [
      {
        heading: [],
        blocks: [
          {
            kind: 'paragraph',
            text: `${agreementOpeningDate(doc.opening.date)}, bertempat di ${doc.opening.place.trim()}, kami yang bertanda tangan di bawah ini:`,
          },
          { kind: 'list', ordered: true, items: [person('institution'), person('partner')] },
          ...doc.body,
          {
            kind: 'paragraph',
            text: 'Demikian berita acara ini dibuat dengan sebenarnya untuk dipergunakan sebagaimana mestinya.',
          },
        ],
      },
    ],
    signatureColumns: signatureColumnsOf(doc, false),
    witnesses: [],
    certificate: null,
    draft: doc.draft,
  };
}
