import type { PatternTerms } from '../../../../shared/domain/pattern-terms';
import type { WorkPlanItem } from '../../../../shared/domain/work-plan-items';
import { formatIndonesianDate } from '../../../../shared/domain/calendar-date';
import type {
  AgreementDocument,
  AgreementKind,
  ArticleBlock,
  DocumentArticle,
  DocumentLogo,
  DocumentParty,
  DocumentWitness,
} from './agreement-document-model';
import {
  clauseBlocks,
  defaultClauseTemplates,
  fillClause,
  type ClauseKey,
  type ClauseOverrides,
} from './clause-templates';
import { clauseValuesOf } from './clause-values';
import { ordinalWord } from './document-words';
import { patternTermsBlocks } from './pattern-terms-article';
import { fundingBlocks, rightsAndObligationsBlocks, workPlanTableBlocks } from './work-plan-articles';

export interface AgreementDocumentInput {
  kind: AgreementKind;
  /** One of the four built-in patterns, or 'custom:…'. */
  pattern: string;
  patternName: string;
  subject: string;
  programme: string | null;
  numbers: { institution: string | null; partner: string | null };
  institution: {
    name: string;
    address: string | null;
    regencyName: string | null;
    npsn: string | null;
    logo: DocumentLogo | null;
  };
  partner: {
    name: string;
    address: string | null;
    regencyName: string | null;
    nib: string | null;
    npwp: string | null;
    cooperativeLegalNumber: string | null;
  };
  signatories: {
    institution: { name: string; position: string };
    partner: { name: string; position: string };
  };
  witnesses: DocumentWitness[];
  /** `date` is YYYY-MM-DD. */
  opening: { date: string; place: string };
  term: { startsOn: string; endsOn: string };
  /** Validated pattern terms; null for custom patterns. */
  terms: PatternTerms | null;
  /** May be empty for an MoU. */
  workPlanItems: WorkPlanItem[];
  /** The institution's clause library, by article key. */
  clauses: ClauseOverrides;
  parent: AgreementDocument['parent'];
  /** Addendum: the changed provisions in plain sentences. */
  changes: string[] | null;
  signatures: AgreementDocument['signatures'];
  certificate: AgreementDocument['certificate'];
  draft: boolean;
  /** Which addendum of the parent this is (1 = "ADENDUM PERTAMA"); default 1. */
  addendumSequence?: number;
}

const headings: Record<'mou' | 'pks', string> = {
  mou: 'NOTA KESEPAHAMAN',
  pks: 'PERJANJIAN KERJA SAMA',
};

function headingOf(input: AgreementDocumentInput): string {
  if (input.kind === 'mou' || input.kind === 'pks') return headings[input.kind];
  const parent = input.parent?.heading.trim() || headings.pks;
  if (input.kind === 'extension') return `PERPANJANGAN ${parent}`;
  return `ADENDUM ${ordinalWord(input.addendumSequence ?? 1).toUpperCase()} ${parent}`;
}

function subjectOf(subject: string): string {
  const upper = subject.trim().toLocaleUpperCase('id');
  return upper.startsWith('TENTANG ') ? upper : `TENTANG ${upper}`;
}

function institutionParty(input: AgreementDocumentInput['institution']): DocumentParty {
  return { name: input.name, address: input.address, identifiers: input.npsn ? [`NPSN ${input.npsn}`] : [] };
}

function partnerParty(input: AgreementDocumentInput['partner']): DocumentParty {
  const identifiers: string[] = [];
  if (input.nib) identifiers.push(`NIB ${input.nib}`);
  if (input.npwp) identifiers.push(`NPWP ${input.npwp}`);
  if (input.cooperativeLegalNumber)
    identifiers.push(`Badan Hukum Koperasi Nomor ${input.cooperativeLegalNumber}`);
  return { name: input.name, address: input.address, identifiers };
}

function parentReference(parent: NonNullable<AgreementDocument['parent']>): string {
  const number = parent.number ? ` Nomor ${parent.number}` : '';
  return `${parent.heading}${number} tanggal ${formatIndonesianDate(parent.date)}`;
}

/** Composes the agreement from plain data in the Indonesian legal order (domain-facts.md, Agreements). */
export function composeAgreementDocument(input: AgreementDocumentInput): AgreementDocument {
  const templates = { ...defaultClauseTemplates(input.kind), ...definedOverrides(input.clauses) };
  const values = clauseValuesOf(input);
  const clause = (key: ClauseKey): ArticleBlock[] => clauseBlocks(fillClause(templates[key], values));
  const article = (title: string, blocks: ArticleBlock[]): DocumentArticle => ({ title, blocks });
  const items = input.workPlanItems;
  const patternArticle = article('Pola Kemitraan', patternTermsBlocks(input.terms, input.patternName));

  const changesArticle = (): DocumentArticle => {
    const reference = input.parent ? parentReference(input.parent) : 'perjanjian sebelumnya';
    const changes = (input.changes ?? []).map((change) => change.trim()).filter(Boolean);
    return article('Perubahan', [
      {
        kind: 'paragraph',
        text: `PARA PIHAK sepakat mengubah ketentuan dalam ${reference} sebagai berikut:`,
      },
      changes.length > 0
        ? { kind: 'list', ordered: true, items: changes }
        : { kind: 'paragraph', text: 'Tidak ada ketentuan yang diubah selain jangka waktu.' },
    ]);
  };

  let articles: DocumentArticle[];
  switch (input.kind) {
    case 'mou':
      articles = [
        article('Maksud dan Tujuan', clause('purpose')),
        article('Ruang Lingkup', clause('mou_scope')),
        patternArticle,
        article('Tindak Lanjut', clause('mou_follow_up')),
        article('Pembiayaan', clause('funding')),
        article('Jangka Waktu', clause('term')),
        article('Penyelesaian Perselisihan', clause('disputes')),
        article('Penutup', clause('closing')),
      ];
      break;
    case 'pks':
      articles = [
        article('Maksud dan Tujuan', clause('purpose')),
        article('Ruang Lingkup', clause('scope')),
        article(
          'Hak dan Kewajiban',
          items.length > 0 ? rightsAndObligationsBlocks(items) : clause('rights_obligations'),
        ),
        article(
          'Pelaksanaan',
          items.length > 0
            ? [...workPlanTableBlocks(items), ...clause('implementation')]
            : clause('implementation'),
        ),
        patternArticle,
        article(
          'Pembiayaan',
          items.length > 0 ? [...fundingBlocks(items), ...clause('funding')] : clause('funding'),
        ),
        article('Jangka Waktu', clause('term')),
        article('Monitoring dan Evaluasi', clause('monitoring')),
        article('Keadaan Kahar', clause('force_majeure')),
        article('Penyelesaian Perselisihan', clause('disputes')),
        article('Adendum', clause('addendum')),
        article('Penutup', clause('closing')),
      ];
      break;
    case 'addendum':
      articles = [
        changesArticle(),
        article('Ketentuan Lain', clause('addendum_remaining')),
        article('Penutup', clause('closing')),
      ];
      break;
    case 'extension':
      articles = [
        article('Perpanjangan', clause('extension')),
        article('Jangka Waktu', clause('term')),
        ...(input.changes && input.changes.length > 0 ? [changesArticle()] : []),
        article('Ketentuan Lain', clause('addendum_remaining')),
        article('Penutup', clause('closing')),
      ];
      break;
  }

  const institution = institutionParty(input.institution);
  const letterLines = [input.institution.address, ...institution.identifiers].filter((line): line is string =>
    Boolean(line),
  );
  return {
    kind: input.kind,
    heading: headingOf(input),
    subject: subjectOf(input.subject),
    numbers: { ...input.numbers },
    letterhead: { institutionName: input.institution.name, lines: letterLines, logo: input.institution.logo },
    opening: { ...input.opening },
    parties: { institution, partner: partnerParty(input.partner) },
    signatories: {
      institution: { ...input.signatories.institution, party: 'institution' },
      partner: { ...input.signatories.partner, party: 'partner' },
    },
    recitals: recitalsOf(clause('recitals')),
    articles,
    witnesses: input.witnesses,
    meteraiBox: true,
    signatures: input.signatures,
    certificate: input.certificate,
    draft: input.draft,
    parent: input.parent,
  };
}

/** Blank overrides fall back to the default wording: an emptied article is a mistake, not a choice. */
function definedOverrides(overrides: ClauseOverrides): ClauseOverrides {
  return Object.fromEntries(Object.entries(overrides).filter(([, text]) => text && text.trim() !== ''));
}

function recitalsOf(blocks: ArticleBlock[]): string[] {
  return blocks.flatMap((block) => {
    if (block.kind === 'paragraph') return [block.text];
    if (block.kind === 'list') return block.items;
    return [];
  });
}
