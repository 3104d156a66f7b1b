import type {
  ArticleBlock,
  DocumentLetterhead,
  DocumentWitness,
  SignatureMark,
  SigningCertificate,
} from './agreement-document-model';

/** One signer's column of the signature block. */
export interface SignatureColumn {
  /** "PIHAK KEDUA" */
  label: string;
  organisation: string;
  name: string;
  position: string;
  signature: SignatureMark | null;
  /** A dashed box "Meterai Rp10.000" where the signature goes. */
  meterai: boolean;
}

export interface PrintableSection {
  /** Centered lines above the blocks, e.g. ["Pasal 1", "Maksud dan Tujuan"]; empty for none. */
  heading: string[];
  blocks: ArticleBlock[];
}

/**
 * What a page shows, whatever the document: agreements and berita acara both become this, and one
 * PDF and one DOCX renderer print it, so the two formats and the two kinds cannot drift apart.
 */
export interface PrintableDocument {
  /** Document metadata title. */
  title: string;
  /** YYYY-MM-DD: the PDF's creation date, so the same input gives the same bytes. */
  date: string;
  letterhead: DocumentLetterhead;
  /** Bold centered lines: heading, subject. */
  titleLines: string[];
  /** "Nomor: …" lines under the title. */
  numberLines: string[];
  sections: PrintableSection[];
  /** Left to right. */
  signatureColumns: SignatureColumn[];
  witnesses: DocumentWitness[];
  certificate: SigningCertificate | null;
  draft: boolean;
}

export const draftMarker = 'DRAF';
export const meteraiLabel = 'Meterai Rp10.000';
export const certificateTitle = 'LEMBAR PENGESAHAN ELEKTRONIK';

/** "Halaman 2 dari 5" */
export function pageNumberText(current: number | string, total: number | string): string {
  return `Halaman ${current} dari ${total}`;
}

const partyWords = { institution: 'PIHAK PERTAMA', partner: 'PIHAK KEDUA' } as const;
const methodWords = {
  drawn: 'Tanda tangan digambar',
  uploaded_scan: 'Pindaian dokumen bertanda tangan',
} as const;

/** "2027-02-01 02:15:00 UTC": an instant as plain UTC text, breakable at the space. */
function utcText(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return `${date.toISOString().slice(0, 10)} ${date.toISOString().slice(11, 19)} UTC`;
}

/** The certificate page: an introduction and one row per signing event. */
export function certificateBlocks(certificate: SigningCertificate): ArticleBlock[] {
  return [
    {
      kind: 'paragraph',
      text:
        `Dokumen ini ditandatangani secara elektronik melalui Jalin (UU ITE dan PP 71/2019). ` +
        `Identitas perjanjian: ${certificate.agreementId}, versi ${certificate.versionNumber}. ` +
        'Keutuhan berkas dapat diperiksa dengan mencocokkan nilai SHA-256 yang tersimpan di Jalin.',
    },
    {
      kind: 'table',
      header: ['Waktu (UTC)', 'Penandatangan', 'Cara', 'Alamat IP dan perangkat'],
      rows: certificate.events.map((event) => [
        utcText(event.at),
        `${event.name}\n${event.position}\n${partyWords[event.party]}`,
        methodWords[event.method],
        `${event.ipAddress ?? '-'}\n${event.userAgent ?? '-'}`,
      ]),
    },
  ];
}
