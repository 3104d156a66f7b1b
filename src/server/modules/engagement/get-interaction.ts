import type { Interaction } from '../../../shared/contracts/interactions';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { groupNamed, toInteraction } from './engagement-mappers';
import { toInteractionAttachment } from './interaction-attachment-mappers';
import { listAttachmentRows } from './interaction-attachments.repository';
import { findInteractionRow, listInteractionLinks, type InteractionRow } from './interactions.repository';

export async function getInteractionRow(db: Db, institutionId: string, id: string): Promise<InteractionRow> {
  const row = await findInteractionRow(db, institutionId, id);
  if (!row) throw new AppError('INTERACTION_NOT_FOUND');
  return row;
}

export async function getInteraction(db: Db, institutionId: string, id: string): Promise<Interaction> {
  const row = await getInteractionRow(db, institutionId, id);
  const [links, attachments] = await Promise.all([
    listInteractionLinks(db, institutionId, [id]),
    listAttachmentRows(db, institutionId, [id]),
  ]);
  return toInteraction(row, {
    partners: groupNamed(links.partners, 'interaction_id').get(id) ?? [],
    contacts: groupNamed(links.contacts, 'interaction_id').get(id) ?? [],
    attachments: attachments.map(toInteractionAttachment),
  });
}
