import type {
  ArticleBlock,
  DocumentLetterhead,
  DocumentParty,
  DocumentSignatory,
  SignatureMark,
} from './agreement-document-model';

export type BeritaAcaraKind = 'agreement_reached' | 'handover' | 'monitoring_visit';

/** A berita acara records that something happened: title, day/date/place, parties, what happened, signatures. */
export interface BeritaAcaraDocument {
  kind: BeritaAcaraKind;
  /** "BERITA ACARA KESEPAKATAN", … */
  heading: string;
  number: string | null;
  letterhead: DocumentLetterhead;
  /** `date` is YYYY-MM-DD. */
  opening: { date: string; place: string };
  parties: { institution: DocumentParty; partner: DocumentParty };
  body: ArticleBlock[];
  signatories: { institution: DocumentSignatory; partner: DocumentSignatory };
  signatures: { institution: SignatureMark | null; partner: SignatureMark | null };
  draft: boolean;
}
