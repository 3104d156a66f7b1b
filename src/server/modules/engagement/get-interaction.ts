import type { InteractionAttachment } from '../../../shared/contracts/interaction-attachments';
import type { Interaction } from '../../../shared/contracts/interactions';
import type { Db } from '../../db/database';
import { AppError } from '../../platform/http/app-error';
import { groupNamed, toInteraction } from './engagement-mappers';
import { toInteractionAttachment } from './interaction-attachment-mappers';
import { listAttachmentRows } from './interaction-attachments.repository';
import {
  findInteractionRow,
  listInteractionLinks,
  type InteractionRow,
  type NamedLink,
} from './interactions.repository';

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
  return interactionOf(row, links, attachments.map(toInteractionAttachment));
}

/**
 * An interaction just inserted, from the row the insert returned: only its links are read back, and
 * it has no attachments (they are added to a saved interaction). Two reads fewer than
 * `getInteraction`, each a round trip on PostgreSQL (S8).
 */
export async function getNewInteraction(db: Db, row: InteractionRow): Promise<Interaction> {
  const links = await listInteractionLinks(db, row.institution_id, [row.id]);
  return interactionOf(row, links, []);
}

function interactionOf(
  row: InteractionRow,
  links: { partners: NamedLink[]; contacts: NamedLink[] },
  attachments: InteractionAttachment[],
): Interaction {
  return toInteraction(row, {
    partners: groupNamed(links.partners, 'interaction_id').get(row.id) ?? [],
    contacts: groupNamed(links.contacts, 'interaction_id').get(row.id) ?? [],
    attachments,
  });
}
