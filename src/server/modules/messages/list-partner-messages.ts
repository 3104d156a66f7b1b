import type { OutgoingMessage } from '../../../shared/contracts/messages';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { findRecipientPartner } from './message-context.repository';
import { toOutgoingMessage } from './message-mappers';
import { listPartnerMessageRows } from './outgoing-messages.repository';

const logLimit = 200;

export async function listPartnerMessages(
  db: Db,
  institutionId: string,
  partnerId: string,
): Promise<OutgoingMessage[]> {
  if (!(await findRecipientPartner(db, institutionId, partnerId))) throw new AppError('PARTNER_NOT_FOUND');
  return (await listPartnerMessageRows(db, institutionId, partnerId, logLimit)).map(toOutgoingMessage);
}
