import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { toMessageTemplate } from './message-mappers';
import { findTemplateRow, updateTemplateRow } from './message-templates.repository';

/** Archived, not deleted: sent messages keep naming the template they came from. */
export async function archiveMessageTemplate(
  deps: AppDeps,
  principal: Principal,
  id: string,
  version: number,
  requestId: string,
): Promise<void> {
  const institutionId = principal.institutionId;
  await deps.db.transaction().execute(async (trx) => {
    const row = await findTemplateRow(trx, institutionId, id);
    if (!row) throw new AppError('MESSAGE_TEMPLATE_NOT_FOUND');
    const now = deps.clock.now().toISOString();
    if (!(await updateTemplateRow(trx, institutionId, id, version, { archived_at: now, updated_at: now }))) {
      throw new AppError('VERSION_CONFLICT', { currentVersion: row.version });
    }
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'message_template.archived',
        entityType: 'message_template',
        entityId: id,
        before: toMessageTemplate(row),
      },
    );
  });
}
