/**
 * The laporan monev as one model, composed once from the database and printed by both the PDF and
 * the DOCX renderer, so the two formats cannot say different things.
 */
export type MonevBlock =
  | { kind: 'heading'; text: string }
  | { kind: 'paragraph'; text: string }
  | { kind: 'list'; items: string[]; ordered?: boolean }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'chart'; svg: string; width: number; height: number; caption: string };

export interface MonevSection {
  /** "I. PENDAHULUAN"; empty for none (a one-part record). */
  title: string;
  blocks: MonevBlock[];
}

export interface MonevDocument {
  /** Document metadata title and the file name's stem. */
  title: string;
  /** YYYY-MM-DD: the creation date printed and stamped, so the same data gives the same bytes. */
  date: string;
  institutionName: string;
  institutionAddress: string | null;
  titleLines: string[];
  sections: MonevSection[];
  /** The closing line with place and date, then the two signers. */
  closing: string;
  /** A named signer gets name and position under the signature space, otherwise a dotted line. */
  signers: { label: string; organisation: string; name?: string; position?: string }[];
}
