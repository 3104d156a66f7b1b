import type { z } from 'zod';
import type { Page } from '../../../shared/contracts/common';
import type { Interaction, listInteractionsQuerySchema } from '../../../shared/contracts/interactions';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { decodeCursor, toPage } from '../../platform/http/cursor';
import { groupNamed, toInteraction } from './engagement-mappers';
import { groupAttachments } from './interaction-attachment-mappers';
import { listAttachmentRows } from './interaction-attachments.repository';
import { listInteractionLinks, listInteractionRows } from './interactions.repository';

/** The contact log, latest first, for a partner or a partnership (or the whole institution). */
export async function listInteractions(
  deps: AppDeps,
  principal: Principal,
  query: z.output<typeof listInteractionsQuerySchema>,
): Promise<Page<Interaction>> {
  const institutionId = principal.institutionId;
  const before = decodeCursor(query.cursor, 2) as [string, string] | null;
  const rows = await listInteractionRows(
    deps.db,
    { institutionId, partnerId: query.partnerId, partnershipId: query.partnershipId },
    { before, limit: query.limit },
  );
  const pageIds = rows.slice(0, query.limit).map((row) => row.id);
  const [links, attachmentRows] = await Promise.all([
    listInteractionLinks(deps.db, institutionId, pageIds),
    listAttachmentRows(deps.db, institutionId, pageIds),
  ]);
  const partners = groupNamed(links.partners, 'interaction_id');
  const contacts = groupNamed(links.contacts, 'interaction_id');
  const attachments = groupAttachments(attachmentRows);
  return toPage(
    rows,
    query.limit,
    (row) =>
      toInteraction(row, {
        partners: partners.get(row.id) ?? [],
        contacts: contacts.get(row.id) ?? [],
        attachments: attachments.get(row.id) ?? [],
      }),
    (row) => [row.occurred_at, row.id],
  );
}
