import type { z } from 'zod';
import type { witnessSchema } from '../../../shared/contracts/agreements';
import type { AgreementKind } from '../../../shared/domain/agreement-status';
import type { PatternTerms } from '../../../shared/domain/pattern-terms';
import type { AgreementDocument, ArticleBlock } from './document/agreement-document-model';

export type Witness = {
  name: string;
  position: string | null;
  party: z.output<typeof witnessSchema>['party'];
};

export interface AgreementSignatories {
  institution: { name: string; position: string; userId: string | null };
  partner: { name: string; position: string; contactId: string | null };
}

/** What `signatories_json` holds: both signatories and the witnesses. */
export interface StoredSignatories extends AgreementSignatories {
  witnesses: Witness[];
}

/**
 * The whole draft as one version stood: every field that goes into the document, and the articles
 * as they were composed then, so two versions compare even after the clause library changed.
 */
export interface AgreementContent {
  kind: AgreementKind;
  pattern: string | null;
  subject: string;
  place: string;
  startsOn: string;
  endsOn: string;
  datedOn: string | null;
  partnerNumber: string | null;
  signatories: AgreementSignatories;
  witnesses: Witness[];
  terms: PatternTerms | null;
  changes: string[] | null;
  clauseOverrides: Record<string, string>;
  articles: { title: string; text: string }[];
}

export function blockText(block: ArticleBlock): string {
  switch (block.kind) {
    case 'paragraph':
      return block.text;
    case 'list':
      return block.items
        .map((item, index) => (block.ordered ? `${index + 1}. ${item}` : `- ${item}`))
        .join('\n');
    case 'table':
      return [block.header, ...block.rows].map((row) => row.join(' | ')).join('\n');
  }
}

/** The articles of a composed document as plain text, one entry per article. */
export function articleTexts(doc: AgreementDocument): { title: string; text: string }[] {
  return doc.articles.map((article) => ({
    title: article.title,
    text: article.blocks.map(blockText).join('\n'),
  }));
}

export function parseContent(json: string): AgreementContent {
  return JSON.parse(json) as AgreementContent;
}
