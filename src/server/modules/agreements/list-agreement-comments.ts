import type { z } from 'zod';
import type { agreementCommentSchema } from '../../../shared/contracts/agreements';
import type { Db } from '../../db/database';
import { toComment } from './agreement-mappers';
import { listCommentRows } from './agreements.repository';
import { getAgreementRow } from './get-agreement';

type Comment = z.input<typeof agreementCommentSchema>;

export async function listAgreementComments(
  db: Db,
  institutionId: string,
  agreementId: string,
): Promise<{ items: Comment[] }> {
  await getAgreementRow(db, institutionId, agreementId);
  return { items: (await listCommentRows(db, institutionId, agreementId)).map(toComment) };
}
