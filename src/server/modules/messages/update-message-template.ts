import type { z } from 'zod';
import type { MessageTemplate, updateMessageTemplateRequestSchema } from '../../../shared/contracts/messages';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { AppError } from '../../platform/http/app-error';
import { checkTemplatePlaceholders } from './check-template-placeholders';
import { toMessageTemplate } from './message-mappers';
import { findTemplateRow, updateTemplateRow } from './message-templates.repository';

type UpdateInput = z.output<typeof updateMessageTemplateRequestSchema>;

export async function updateMessageTemplate(
  deps: AppDeps,
  principal: Principal,
  id: string,
  input: UpdateInput,
  requestId: string,
): Promise<MessageTemplate> {
  const institutionId = principal.institutionId;
  return deps.db.transaction().execute(async (trx) => {
    const row = await findTemplateRow(trx, institutionId, id);
    if (!row) throw new AppError('MESSAGE_TEMPLATE_NOT_FOUND');
    const before = toMessageTemplate(row);
    const purpose = input.purpose ?? before.purpose;
    const subject = input.subject === undefined ? before.subject : input.subject;
    const body = input.body ?? before.body;
    checkTemplatePlaceholders([body, subject]);
    const occasionKey = input.occasionKey === undefined ? before.occasionKey : input.occasionKey;
    const changes = {
      purpose,
      occasion_key: purpose === 'greeting' ? occasionKey : null,
      name: input.name ?? before.name,
      subject,
      body,
      updated_at: deps.clock.now().toISOString(),
    };
    if (!(await updateTemplateRow(trx, institutionId, id, input.version, changes))) {
      throw new AppError('VERSION_CONFLICT', { currentVersion: before.version });
    }
    const after = toMessageTemplate((await findTemplateRow(trx, institutionId, id))!);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'message_template.updated',
        entityType: 'message_template',
        entityId: id,
        before,
        after,
      },
    );
    return after;
  });
}
