import type { z } from 'zod';
import type { createMessageTemplateRequestSchema, MessageTemplate } from '../../../shared/contracts/messages';
import type { AppDeps } from '../../platform/app-deps';
import type { Principal } from '../../platform/auth/principal';
import { writeAudit } from '../../platform/audit/audit-writer';
import { newId } from '../../platform/ids';
import { checkTemplatePlaceholders } from './check-template-placeholders';
import { toMessageTemplate } from './message-mappers';
import { findTemplateRow, insertTemplateRow } from './message-templates.repository';

type CreateInput = z.output<typeof createMessageTemplateRequestSchema>;

export async function createMessageTemplate(
  deps: AppDeps,
  principal: Principal,
  input: CreateInput,
  requestId: string,
): Promise<MessageTemplate> {
  checkTemplatePlaceholders([input.body, input.subject]);
  const institutionId = principal.institutionId;
  const id = newId();
  const now = deps.clock.now().toISOString();
  return deps.db.transaction().execute(async (trx) => {
    await insertTemplateRow(trx, {
      id,
      institution_id: institutionId,
      purpose: input.purpose,
      // Only a greeting is for an occasion.
      occasion_key: input.purpose === 'greeting' ? (input.occasionKey ?? null) : null,
      name: input.name,
      subject: input.subject ?? null,
      body: input.body,
      archived_at: null,
      version: 1,
      created_at: now,
      updated_at: now,
    });
    const template = toMessageTemplate((await findTemplateRow(trx, institutionId, id))!);
    await writeAudit(
      trx,
      deps,
      { principal, requestId },
      {
        institutionId,
        action: 'message_template.created',
        entityType: 'message_template',
        entityId: id,
        after: template,
      },
    );
    return template;
  });
}
