/**
 * The one model both renderers read, so the PDF and the DOCX of an agreement say the same thing.
 * Every string is literal text: renderers never interpret markup in it.
 */
export type AgreementKind = 'mou' | 'pks' | 'addendum' | 'extension';

export interface DocumentParty {
  name: string;
  address: string | null;
  /** e.g. "NIB 1234567890123" */
  identifiers: string[];
}

export interface DocumentSignatory {
  name: string;
  position: string;
  /** The organisation the signatory acts for. */
  party: 'institution' | 'partner';
}

export interface DocumentWitness {
  name: string;
  position: string | null;
}

export type ArticleBlock =
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; ordered: boolean; items: string[] }
  | { kind: 'table'; header: string[]; rows: string[][] };

/** Numbered "Pasal 1" … by its position in `articles`. */
export interface DocumentArticle {
  title: string;
  blocks: ArticleBlock[];
}

export interface DocumentLogo {
  bytes: Buffer;
  mediaType: 'image/png' | 'image/jpeg';
}

export interface DocumentLetterhead {
  institutionName: string;
  lines: string[];
  logo: DocumentLogo | null;
}

export interface SignatureMark {
  imagePng: Buffer;
  /** ISO-8601 */
  signedAt: string;
}

export interface SigningEvent {
  /** ISO-8601 */
  at: string;
  name: string;
  position: string;
  party: 'institution' | 'partner';
  method: 'drawn' | 'uploaded_scan';
  ipAddress: string | null;
  userAgent: string | null;
}

export interface SigningCertificate {
  events: SigningEvent[];
  agreementId: string;
  versionNumber: number;
}

export interface AgreementDocument {
  kind: AgreementKind;
  /** "NOTA KESEPAHAMAN" / "PERJANJIAN KERJA SAMA" / "ADENDUM PERTAMA …" / "PERPANJANGAN …" */
  heading: string;
  /** "TENTANG KERJA SAMA PELATIHAN DAN PRODUKSI TAS RAJUT" */
  subject: string;
  numbers: { institution: string | null; partner: string | null };
  letterhead: DocumentLetterhead;
  /** `date` is YYYY-MM-DD. */
  opening: { date: string; place: string };
  parties: { institution: DocumentParty; partner: DocumentParty };
  signatories: { institution: DocumentSignatory; partner: DocumentSignatory };
  recitals: string[];
  articles: DocumentArticle[];
  witnesses: DocumentWitness[];
  /** A dashed box "Meterai Rp10.000" over the partner's (second party's) signature line. */
  meteraiBox: boolean;
  signatures: { institution: SignatureMark | null; partner: SignatureMark | null };
  /** Present only on the final signed copy: one extra page "Lembar Pengesahan Elektronik". */
  certificate: SigningCertificate | null;
  /** "DRAF" watermark and header while not final. */
  draft: boolean;
  /** For an addendum or extension: the agreement it changes. */
  parent: { heading: string; number: string | null; date: string } | null;
}
