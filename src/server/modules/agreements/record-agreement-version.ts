import type { AppDeps } from '../../platform/app-deps';
import type { Db } from '../../db/database';
import { newId } from '../../platform/ids';
import { articleTexts, type AgreementContent } from './agreement-content';
import type { AgreementRow } from './agreements.repository';
import { insertVersionRow } from './agreements.repository';
import { buildAgreementDocumentInput, type AgreementFields } from './build-agreement-document-input';
import { composeAgreementDocument } from './document/compose-agreement-document';

/** The version's content: the fields and the articles as the engine composes them from those fields. */
export async function composeContent(
  deps: Pick<AppDeps, 'db' | 'files'>,
  institutionId: string,
  row: AgreementRow,
  fields: AgreementFields,
  now: Date,
): Promise<AgreementContent> {
  const input = await buildAgreementDocumentInput(deps, institutionId, row, fields, { now, draft: true });
  return { ...fields, articles: articleTexts(composeAgreementDocument(input)) };
}

export async function insertAgreementVersion(
  trx: Db,
  input: {
    institutionId: string;
    agreementId: string;
    number: number;
    content: AgreementContent;
    note: string | null;
    userId: string | null;
    at: string;
  },
): Promise<void> {
  await insertVersionRow(trx, {
    id: newId(),
    institution_id: input.institutionId,
    agreement_id: input.agreementId,
    number: input.number,
    content_json: JSON.stringify(input.content),
    note: input.note,
    created_by_user_id: input.userId,
    created_at: input.at,
  });
}
