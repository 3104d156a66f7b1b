import { diffWordsWithSpace } from 'diff';
import type { z } from 'zod';
import type {
  agreementVersionsResponseSchema,
  versionComparisonSchema,
} from '../../../shared/contracts/agreements';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { parseContent, type AgreementContent } from './agreement-content';
import { findVersionRow, listVersionRows } from './agreements.repository';
import { getAgreementRow } from './get-agreement';

type Comparison = z.input<typeof versionComparisonSchema>;
type ArticleComparison = Comparison['articles'][number];

export async function listAgreementVersions(
  db: Db,
  institutionId: string,
  agreementId: string,
): Promise<z.input<typeof agreementVersionsResponseSchema>> {
  await getAgreementRow(db, institutionId, agreementId);
  const rows = await listVersionRows(db, institutionId, agreementId);
  return {
    items: rows.map((row) => ({
      number: row.number,
      note: row.note,
      createdAt: row.created_at,
      createdByName: row.created_by_name,
    })),
  };
}

export async function getVersionContent(
  db: Db,
  institutionId: string,
  agreementId: string,
  number: number,
): Promise<AgreementContent> {
  const row = await findVersionRow(db, institutionId, agreementId, number);
  if (!row) throw new AppError('AGREEMENT_VERSION_NOT_FOUND', { versionNumber: number });
  return parseContent(row.content_json);
}

const comparedFields = [
  'subject',
  'place',
  'startsOn',
  'endsOn',
  'datedOn',
  'pattern',
  'partnerNumber',
  'signatories',
  'witnesses',
  'terms',
  'changes',
  'clauseOverrides',
] as const satisfies readonly (keyof AgreementContent)[];

function compareArticle(title: string, from: string | undefined, to: string | undefined): ArticleComparison {
  if (from === undefined) {
    return { title, change: 'added', parts: [{ value: to ?? '', added: true, removed: false }] };
  }
  if (to === undefined)
    return { title, change: 'removed', parts: [{ value: from, added: false, removed: true }] };
  if (from === to) return { title, change: 'same', parts: [{ value: from, added: false, removed: false }] };
  const parts = diffWordsWithSpace(from, to).map((part) => ({
    value: part.value,
    added: Boolean(part.added),
    removed: Boolean(part.removed),
  }));
  return { title, change: 'changed', parts };
}

/** Word-level differences per article (matched by title, in the newer version's order), and fields. */
export async function compareAgreementVersions(
  db: Db,
  institutionId: string,
  agreementId: string,
  fromNumber: number,
  toNumber: number,
): Promise<Comparison> {
  await getAgreementRow(db, institutionId, agreementId);
  const from = await getVersionContent(db, institutionId, agreementId, fromNumber);
  const to = await getVersionContent(db, institutionId, agreementId, toNumber);
  const fromTexts = new Map(from.articles.map((article) => [article.title, article.text]));
  const toTitles = new Set(to.articles.map((article) => article.title));
  const articles = to.articles.map((article) =>
    compareArticle(article.title, fromTexts.get(article.title), article.text),
  );
  for (const article of from.articles) {
    if (!toTitles.has(article.title)) articles.push(compareArticle(article.title, article.text, undefined));
  }
  const changedFields = comparedFields.filter(
    (field) => JSON.stringify(from[field] ?? null) !== JSON.stringify(to[field] ?? null),
  );
  return { from: fromNumber, to: toNumber, articles, changedFields };
}
